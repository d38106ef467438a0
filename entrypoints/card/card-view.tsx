/**
 * The card's home in the page: a WXT shadow-root UI (Caveat's only node in the page, added the
 * first time a card opens), a React tree inside it, and Floating UI to place the card beside the
 * mention, flipping at the viewport's edges. It holds the whole knowledge base (built-in and the
 * reader's own, kept live) and ranks a topic's claims against the text around the mention.
 * Loaded with the card's code (card.js), never on a page that has nothing to show.
 */
import { autoUpdate, useFloating } from '@floating-ui/react-dom';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import {
  besideSentence,
  type SentenceAnchor,
  SHEET_BELOW_WIDTH_PX,
  sentenceReference,
  sheetAwayFromSentence,
} from '../../components/card-placement';
import { FactCard } from '../../components/FactCard';
import cardCss from '../../components/fact-card.css?inline';
import { type Freshness, FreshnessContext } from '../../components/freshness';
import { Localized } from '../../components/localized';
import { type Texts, textsIn } from '../../components/texts';
import type { Claim, KnowledgeBase, Topic } from '../../data/schema';
import { createMentionClaimRanker, type MentionClaimRanker } from '../../lib/rank/index';
import { DEFAULT_STALE_AFTER_MONTHS } from '../../lib/settings/index';
import { sentenceAround } from '../../lib/text/index';
import { CARD_HOST_NAME, type LoadedCardView } from '../../page/lazy-card-view';
import type { CardAnchor, CardRequest } from '../../page/page-session';
import { acceptOnlyTrustedInput } from '../../page/trusted-input';
import { browserMessages } from '../../platform/i18n';
import { openKnowledgeBase } from '../../platform/knowledge-base';
import { provideBuiltInTopicIndexes } from '../../platform/ranker-indexes';

/** What the card shows for one mention. */
export interface CardModel {
  mentionId: number;
  topic: Pick<Topic, 'id' | 'name' | 'summary'>;
  claims: readonly Claim[];
  /** "none": no claim matches the mention's sentence closely; `claims` are the topic's key claims. */
  fit: 'close' | 'none';
  /** The claim the mention's sentence repeats, with verdict marks on (lib/rank/repeats.ts). */
  repeats: string | null;
  why: CardRequest['why'];
  theme: 'light' | 'dark';
}

interface OpenCard {
  /** What the page session asked for: the same request again opens the card made for it. */
  request: CardRequest;
  model: CardModel;
  /** The mention and the sentence it sits in, on screen. */
  anchor: SentenceAnchor;
  focus: boolean;
  /** Counts the openings: each opening starts the card's own state afresh, as a new card would. */
  opening: number;
  /** The reader's staleness threshold when the card was made. */
  freshness: Freshness;
}

/**
 * What the layer shows: `closed`, mounted but not laid out or placed (the last card, kept for the
 * next one); `made`, laid out and placed out of sight during the hover delay; `open`, on screen.
 */
type CardPhase = 'closed' | 'made' | 'open';

interface CardLayerProps {
  card: OpenCard;
  phase: CardPhase;
  texts: Texts;
  onClose: () => void;
  onNotRelevant: (topicId: string) => void;
}

/** Whether the window is narrow enough for the card to be a sheet; follows the window's width. */
function useNarrowWindow(): boolean {
  const query = `(max-width: ${SHEET_BELOW_WIDTH_PX - 0.02}px)`;
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const follow = () => setNarrow(list.matches);
    follow();
    list.addEventListener('change', follow);
    return () => list.removeEventListener('change', follow);
  }, [query]);
  return narrow;
}

function CardLayer({ card, phase, texts, onClose, onNotRelevant }: CardLayerProps) {
  const open = phase === 'open';
  const placed = phase !== 'closed';
  const narrow = useNarrowWindow();
  const { refs, floatingStyles, middlewareData } = useFloating({
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: narrow ? sheetAwayFromSentence() : besideSentence(),
    whileElementsMounted: autoUpdate,
  });
  const wrapper = useRef<HTMLDivElement | null>(null);
  // The same element while the card is the same: opening a card made during the delay, or placing
  // it, renders the layer and not the card.
  const body = useMemo(
    () => (
      <Localized texts={texts}>
        <FreshnessContext value={card.freshness}>
          <FactCard
            key={card.opening}
            dialog
            theme={card.model.theme}
            topic={card.model.topic}
            claims={card.model.claims}
            fit={card.model.fit}
            repeats={card.model.repeats}
            why={card.model.why}
            onClose={onClose}
            onNotRelevant={() => onNotRelevant(card.model.topic.id)}
            pageLanguage={document.documentElement.lang}
          />
        </FreshnessContext>
      </Localized>
    ),
    [card, texts, onClose, onNotRelevant],
  );

  useLayoutEffect(() => {
    refs.setReference(sentenceReference(card.anchor, document.body));
  }, [card, refs]);

  useEffect(() => {
    if (!open || !card.focus) return;
    const dialog = wrapper.current?.querySelector<HTMLElement>('[role="dialog"]');
    dialog?.focus({ preventScroll: true });
  }, [card, open]);

  return (
    <div
      ref={(element) => {
        wrapper.current = element;
        // A closed card is not placed: Floating UI's listeners (scroll, resize) stop until the next
        // card is made.
        refs.setFloating(placed ? element : null);
      }}
      className="caveat-floating"
      hidden={!placed}
      aria-hidden={open ? undefined : true}
      data-sheet={narrow ? (middlewareData.sheet?.edge ?? 'bottom') : undefined}
      // The card itself scrolls inside --caveat-available-height, the room beside the sentence. When
      // the sentence has scrolled out of view, so has the card.
      style={{
        ...floatingStyles,
        // A card made during the hover delay is laid out and placed but out of sight: no pixel, no
        // pointer target, not in the accessibility tree, until it opens.
        ...(middlewareData.hide?.referenceHidden || !open ? { visibility: 'hidden' } : {}),
        ...(placed ? {} : { display: 'none' }),
      }}
    >
      {body}
    </div>
  );
}

export interface ShadowCardViewOptions {
  ctx: ContentScriptContext;
  onClose: () => void;
  onNotRelevant: (topicId: string) => void;
  /** The reader's staleness threshold, read each time a card opens. */
  freshness?: () => Freshness;
}

/** A CardView that renders into a shadow root created on first use. */
export class ShadowCardView implements LoadedCardView {
  private ui: ShadowRootContentScriptUi<Root> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<Root>> | null = null;
  /** The card last made, kept mounted (hidden) after it closes, so the next one updates it. */
  private card: OpenCard | null = null;
  private phase: CardPhase = 'closed';
  private openings = 0;
  private readonly options: ShadowCardViewOptions;
  private kb: KnowledgeBase;
  private ranker: MentionClaimRanker;
  /** Resolves once the reader's own topics have been read from storage. */
  private readonly ready: Promise<unknown>;
  /** Counts `show` and `hide` calls, so that a card asked for before `ready` is not shown after a hide. */
  private asked = 0;
  /** The card's texts in the reader's language, read once: the browser's language does not change under a page. */
  private readonly texts: Texts = textsIn(browserMessages);

  constructor(options: ShadowCardViewOptions) {
    this.options = options;
    provideBuiltInTopicIndexes();
    const knowledgeBase = openKnowledgeBase(options.ctx.signal);
    this.kb = knowledgeBase.current().kb;
    this.ranker = createMentionClaimRanker(this.kb);
    const use = (kb: KnowledgeBase) => {
      if (kb === this.kb) return;
      this.kb = kb;
      this.ranker = createMentionClaimRanker(kb);
    };
    this.ready = knowledgeBase.ready.then((state) => use(state.kb));
    knowledgeBase.subscribe((state) => use(state.kb));
  }

  show(request: CardRequest, anchor: CardAnchor, options: { focus: boolean }): void {
    const asked = ++this.asked;
    const made = this.phase === 'made' ? this.card : null;
    void this.ready.then(() => {
      if (asked !== this.asked) return;
      if (made && made === this.card && made.request === request && !options.focus) {
        // Made during the hover delay: opening it is a change of style, the card is laid out.
        this.open('open');
        return;
      }
      const card = this.cardFor(request, anchor, options.focus);
      if (!card) return;
      this.card = card;
      this.open('open');
    });
  }

  /** Makes the card of `request` out of sight, laid out and placed, for the `show` that may follow. */
  preview(request: CardRequest, anchor: CardAnchor): void {
    const asked = ++this.asked;
    void this.ready.then(() => {
      // A show or hide came since, or a card is open (the keyboard's, which the pointer does not replace).
      if (asked !== this.asked || this.phase === 'open') return;
      const card = this.cardFor(request, anchor, false);
      if (!card) return;
      this.card = card;
      this.open('made');
    });
  }

  hide(): void {
    this.asked += 1;
    if (this.phase === 'closed') return;
    this.phase = 'closed';
    this.render();
  }

  prepare(topicIds: readonly string[]): void {
    void this.ready.then(() => {
      for (const topicId of topicIds) this.ranker.prepare(topicId);
    });
  }

  contains(target: EventTarget): boolean {
    return this.ui !== null && (target === this.ui.shadowHost || target === this.ui.shadow);
  }

  isOwnElement(element: Element): boolean {
    return element.localName === CARD_HOST_NAME;
  }

  private open(phase: 'made' | 'open'): void {
    this.phase = phase;
    if (this.ui) this.render();
    else void this.ensureUi().then(() => this.render());
  }

  /** A new opening of the card for `request`; `null` for a topic no longer known. */
  private cardFor(request: CardRequest, anchor: CardAnchor, focus: boolean): OpenCard | null {
    const model = this.modelFor(request);
    if (!model) return null;
    this.openings += 1;
    const { text, start, end } = request.context;
    const sentence = sentenceAround(text, start, end);
    return {
      request,
      model,
      anchor: { mention: anchor.mention, lines: () => anchor.lines(sentence.start, sentence.end) },
      focus,
      opening: this.openings,
      freshness: this.options.freshness?.() ?? { staleAfterMonths: DEFAULT_STALE_AFTER_MONTHS },
    };
  }

  /** The topic's best claims for the text around the mention; `null` for a topic no longer known. */
  private modelFor(request: CardRequest): CardModel | null {
    const topic = this.kb.find((candidate) => candidate.id === request.topic.id);
    if (!topic) return null;
    const { text, start, end } = request.context;
    const ranking = this.ranker.rank(topic.id, text, start, end);
    return {
      mentionId: request.mentionId,
      topic: { id: topic.id, name: topic.name, summary: topic.summary },
      claims: ranking.claims.map((ranked) => ranked.claim),
      fit: ranking.fit,
      repeats: request.marks ? (ranking.repeats?.id ?? null) : null,
      why: request.why,
      theme: request.theme,
    };
  }

  destroy(): void {
    this.ui?.remove();
    this.ui = null;
  }

  private ensureUi(): Promise<ShadowRootContentScriptUi<Root>> {
    this.creating ??= createShadowRootUi<Root>(this.options.ctx, {
      name: CARD_HOST_NAME,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      // Closed: a page script gets no reference into the card, so it can neither read nor rewrite
      // it, nor press its buttons. Only the content script, which made it, holds `ui.shadow`.
      mode: 'closed',
      css: cardCss,
      onMount: (container, shadow) => {
        acceptOnlyTrustedInput(shadow, this.options.ctx.signal);
        return createRoot(container);
      },
      onRemove: (root) => root?.unmount(),
    }).then((ui) => {
      ui.mount();
      this.ui = ui;
      return ui;
    });
    return this.creating;
  }

  /**
   * Renders at once (`flushSync`), not in a later task as React schedules a root's update: the
   * card is in the page's next frame (docs/decisions/0022-the-floor-of-every-page.md).
   */
  private render(): void {
    const root = this.ui?.mounted;
    const card = this.card;
    if (!root || !card) return;
    const phase = this.phase;
    flushSync(() =>
      root.render(
        <CardLayer
          card={card}
          phase={phase}
          texts={this.texts}
          onClose={this.options.onClose}
          onNotRelevant={this.options.onNotRelevant}
        />,
      ),
    );
  }
}
