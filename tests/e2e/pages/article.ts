/**
 * A page object for a news page with Caveat running on it: what is highlighted, where a mention
 * is, and the card.
 */
import type { Locator, Page } from 'playwright-core';
import { TOPIC_OF_HIGHLIGHT } from '../highlight-names';

export interface HighlightedText {
  topic: string;
  text: string;
}

export class ArticlePage {
  constructor(readonly page: Page) {}

  /** The card dialog inside Caveat's shadow root (Playwright locators pierce open shadow roots). */
  get card(): Locator {
    return this.page.locator('caveat-card [role="dialog"]');
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
  async hover(text: string, nth = 0): Promise<Locator> {
    return (await this.hoverTimed(text, nth)).card;
  }

  /**
   * Moves the pointer onto a mention, waits for its card, and says how long after the pointer
   * started towards the mention the card was seen: never less than the time the card really took,
   * because the page hears the pointer only after the clock started.
   */
  async hoverTimed(text: string, nth = 0): Promise<{ card: Locator; openedAfterMs: number }> {
    const { x, y } = await this.pointOf(text, nth);
    await this.page.mouse.move(x - 40, y - 40);
    const started = Date.now();
    await this.page.mouse.move(x, y, { steps: 4 });
    await this.card.waitFor({ state: 'visible', timeout: 5_000 });
    return { card: this.card, openedAfterMs: Date.now() - started };
  }

  /** Samples whether the card is visible every few milliseconds for `ms`; true if it ever was. */
  async cardSeenWithin(ms: number): Promise<boolean> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (await this.card.isVisible()) return true;
      await this.page.waitForTimeout(15);
    }
    return false;
  }
}
