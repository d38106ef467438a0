// @vitest-environment happy-dom
/**
 * The card made during the hover delay (docs/decisions/0028-the-card-made-during-the-delay.md): the
 * session asks its card view to make the card when the pointer starts to rest on a mention, shows
 * that same card when the delay elapses, and drops it when the pointer leaves first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CardAnchor, CardRequest } from '../../../page/page-session';
import { RecordingCard, type SessionUnderTest, startSession, trusted } from './session-fixture';

/** A card view that also records what it was asked to make out of sight. */
class PreviewingCard extends RecordingCard {
  previews: { request: CardRequest; anchor: CardAnchor }[] = [];
  shownWith: { request: CardRequest; anchor: CardAnchor }[] = [];
  hides = 0;
  preview(request: CardRequest, anchor: CardAnchor): void {
    this.previews.push({ request, anchor });
  }
  override show(request: CardRequest, anchor?: CardAnchor): void {
    super.show(request);
    if (anchor) this.shownWith.push({ request, anchor });
  }
  override hide(): void {
    this.hides += 1;
    super.hide();
  }
}

const DELAY_MS = 300;

describe('the card made during the hover delay', () => {
  let under: SessionUnderTest;
  let card: PreviewingCard;

  afterEach(() => {
    under?.session.destroy();
    delete (document as { highlightsFromPoint?: unknown }).highlightsFromPoint;
  });

  /** A page with one Nvidia mention, and a hit test that finds it wherever `over()` says the pointer is. */
  async function pageWithOneMention() {
    document.body.innerHTML = '<p>Nvidia shares moved.</p>';
    card = new PreviewingCard();
    under = startSession({ card, hoverDelayMs: DELAY_MS });
    await under.session.start();
    await under.settle();
    const [mention] = under.session.mentions();
    if (!mention) throw new Error('the page has no mention');
    let onMention = false;
    Object.assign(document, {
      highlightsFromPoint: () => (onMention ? [{ highlight: null, ranges: [mention.range] }] : []),
    });
    const move = (over: boolean) => {
      onMention = over;
      document.dispatchEvent(
        trusted(
          new PointerEvent('pointermove', { clientX: 10, clientY: 10, pointerType: 'mouse', bubbles: true }),
        ),
      );
      under.timers.frame();
    };
    return { mention, move };
  }

  it('is made when the pointer starts to rest on a mention, and that same card is shown when the delay elapses', async () => {
    const { mention, move } = await pageWithOneMention();
    expect(card.previews).toHaveLength(0);
    move(true);
    expect(card.previews).toHaveLength(1);
    expect(card.previews[0]?.request.mentionId).toBe(mention.id);
    expect(card.opened).toHaveLength(0);
    move(true);
    // Still resting on the same mention: nothing is made again.
    expect(card.previews).toHaveLength(1);
    under.timers.advance(DELAY_MS);
    expect(card.opened).toHaveLength(1);
    expect(card.shownWith[0]?.request).toBe(card.previews[0]?.request);
    expect(card.shownWith[0]?.anchor).toBe(card.previews[0]?.anchor);
  });

  it('is dropped when the pointer leaves before the delay elapses, and nothing opens', async () => {
    const { move } = await pageWithOneMention();
    move(true);
    expect(card.previews).toHaveLength(1);
    const hidesBefore = card.hides;
    move(false);
    expect(card.hides).toBe(hidesBefore + 1);
    under.timers.advance(DELAY_MS * 2);
    expect(card.opened).toHaveLength(0);
  });

  it('is not what the keyboard opens: the keyboard’s card is made for focus', async () => {
    const { move } = await pageWithOneMention();
    move(true);
    under.session.nextMention();
    expect(card.opened).toHaveLength(1);
    expect(card.shownWith[0]?.request).not.toBe(card.previews[0]?.request);
  });
});
