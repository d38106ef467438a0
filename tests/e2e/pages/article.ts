/**
 * A page object for a news page with Caveat running on it: what is highlighted, where a mention
 * is, and the card.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { inClosedShadowRoot } from '../../../scripts/lib/chromium';
import {
  CardReader,
  type CardState,
  cardMarkup,
  pollCard,
  readCardState,
  revealCardButton,
} from '../card-state';
import { MARK_OF_HIGHLIGHT, type MarkedText, readMarks, TOPIC_OF_HIGHLIGHT } from '../highlight-names';

export type { CardState } from '../card-state';

export interface HighlightedText {
  topic: string;
  text: string;
}

export class ArticlePage extends CardReader {
  constructor(readonly page: Page) {
    super();
  }

  /**
   * The open card, or `null`. Caveat's shadow root is closed, so no locator reaches into it: it is
   * read through the DevTools protocol (scripts/lib/chromium.ts), as the Elements panel reads it.
   */
  card(): Promise<CardState | null> {
    return inClosedShadowRoot(this.page, 'caveat-card', readCardState);
  }

  /** Clicks a button of the open card with the real pointer, as a reader does. */
  async clickInCard(name: string): Promise<void> {
    const card = await this.waitForCard();
    // Scrolling the button into view can move the card (it follows its mention): click where it rests.
    let button = await inClosedShadowRoot(this.page, 'caveat-card', revealCardButton, name);
    for (let tries = 0; button && tries < 20; tries++) {
      await this.page.waitForTimeout(50);
      const again = await inClosedShadowRoot(this.page, 'caveat-card', revealCardButton, name);
      const settled = again?.x === button.x && again?.y === button.y;
      button = again;
      if (settled) break;
    }
    if (!button) {
      throw new Error(
        `The card has no button "${name}" (it has ${card.buttons.map((b) => b.name).join(', ')})`,
      );
    }
    await this.page.mouse.click(button.x, button.y);
  }

  /**
   * Serious and critical accessibility violations in the open card. axe-core cannot enter a closed
   * shadow root, so the card's markup and styles, as rendered, are shown again in an open shadow
   * root of a blank page of the same size, and checked there.
   */
  async cardAxeViolations(): Promise<string[]> {
    const markup = await inClosedShadowRoot(this.page, 'caveat-card', cardMarkup);
    if (!markup) throw new Error('No card to check');
    const copy = await this.page.context().newPage();
    try {
      const size = this.page.viewportSize();
      if (size) await copy.setViewportSize(size);
      await copy.setContent(
        '<!doctype html><html lang="en"><title>card</title><div id="card-copy"></div></html>',
      );
      await copy.evaluate((html) => {
        const host = document.getElementById('card-copy') as HTMLElement;
        host.attachShadow({ mode: 'open' }).innerHTML = html;
      }, markup);
      const results = await new AxeBuilder({ page: copy }).include('#card-copy').analyze();
      return results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.help}`);
    } finally {
      await copy.close();
    }
  }

  /**
   * Every highlighted range, read from the page's `CSS.highlights` registry (shared by the page and
   * the content script), in document order.
   */
  async highlights(): Promise<HighlightedText[]> {
    return this.page.evaluate((topicOf) => {
      const found: { topic: string; text: string; range: Range }[] = [];
      for (const [name, highlight] of CSS.highlights) {
        const topic = topicOf[name];
        if (!topic) continue;
        for (const abstract of highlight) {
          // A range whose text the page has just removed waits for the next rescan to be dropped.
          if (!abstract.startContainer.isConnected) continue;
          const range = document.createRange();
          range.setStart(abstract.startContainer, abstract.startOffset);
          range.setEnd(abstract.endContainer, abstract.endOffset);
          found.push({ topic, text: range.toString(), range });
        }
      }
      found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      return found.map(({ topic, text }) => ({ topic, text }));
    }, TOPIC_OF_HIGHLIGHT);
  }

  /** Every highlighted mention in document order, with the verdict mark it carries and its paragraph. */
  marks(): Promise<MarkedText[]> {
    return this.page.evaluate(readMarks, MARK_OF_HIGHLIGHT);
  }

  /** Waits until at least `count` ranges are highlighted and the count has settled. */
  async waitForHighlights(count: number): Promise<HighlightedText[]> {
    await this.page.waitForFunction(
      (min) => {
        let total = 0;
        for (const [name, highlight] of CSS.highlights)
          if (name.startsWith('caveat-')) total += highlight.size;
        return total >= min;
      },
      count,
      { timeout: 15_000 },
    );
    return this.highlights();
  }

  /** The centre of the `nth` highlighted range whose text is `text` (in viewport coordinates). */
  async pointOf(text: string, nth = 0): Promise<{ x: number; y: number }> {
    const point = await this.page.evaluate(
      ({ text, nth }) => {
        const ranges: Range[] = [];
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('caveat-') || name === 'caveat-active') continue;
          for (const abstract of highlight) {
            const range = document.createRange();
            range.setStart(abstract.startContainer, abstract.startOffset);
            range.setEnd(abstract.endContainer, abstract.endOffset);
            if (range.toString() === text) ranges.push(range);
          }
        }
        ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
        const range = ranges[nth];
        if (!range) return null;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      },
      { text, nth },
    );
    if (!point) throw new Error(`No highlighted mention "${text}" (#${nth}) on the page`);
    return point;
  }

  /** Moves the pointer onto a mention and waits for its card. */
  async hover(text: string, nth = 0): Promise<CardState> {
    return (await this.hoverTimed(text, nth)).card;
  }

  /**
   * Moves the pointer onto a mention, waits for its card, and says how long after the pointer
   * started towards the mention the card was seen: never less than the time the card really took,
   * because the page hears the pointer only after the clock started.
   */
  async hoverTimed(text: string, nth = 0): Promise<{ card: CardState; openedAfterMs: number }> {
    const { x, y } = await this.pointOf(text, nth);
    await this.page.mouse.move(x - 40, y - 40);
    const started = Date.now();
    await this.page.mouse.move(x, y, { steps: 4 });
    await pollCard(
      () => this.card(),
      (state) => state !== null,
      5_000,
    );
    const openedAfterMs = Date.now() - started;
    return { card: await this.waitForCard(), openedAfterMs };
  }

  /** Samples whether the card is visible every few milliseconds for `ms`; true if it ever was. */
  async cardSeenWithin(ms: number): Promise<boolean> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if ((await this.card()) !== null) return true;
      await this.page.waitForTimeout(15);
    }
    return false;
  }
}
