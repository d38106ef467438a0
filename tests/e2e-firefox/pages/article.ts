/**
 * A page object for a news page with Caveat running on it in Firefox: what is highlighted, where a
 * mention is, and what the card shows. Everything is read from the page as a script of the page
 * would see it (`CSS.highlights`, the card's shadow root), with puppeteer-core.
 */
import type { Page } from 'puppeteer-core';
import { cardProbes } from '../../../scripts/lib/card-probe';
import { inClosedShadowRoot } from '../../../scripts/lib/firefox';
import { CardReader, type CardState, readCardState } from '../../e2e/card-state';
import { MARK_OF_HIGHLIGHT, type MarkedText, readMarks, TOPIC_OF_HIGHLIGHT } from '../../e2e/highlight-names';

export type { CardState } from '../../e2e/card-state';

export interface HighlightedText {
  topic: string;
  text: string;
}

export class ArticlePage extends CardReader {
  constructor(readonly page: Page) {
    super();
  }

  /**
   * The open card, or `null`. Caveat's shadow root is closed; it is read over WebDriver BiDi
   * (scripts/lib/firefox.ts), as the browser's developer tools read it.
   */
  card(): Promise<CardState | null> {
    return inClosedShadowRoot(this.page, 'caveat-card', readCardState);
  }

  /** Every highlighted range in `CSS.highlights`, in document order. */
  highlights(): Promise<HighlightedText[]> {
    return this.page.evaluate((topicOf: Record<string, string>) => {
      const found: { topic: string; text: string; range: Range }[] = [];
      for (const [name, highlight] of CSS.highlights) {
        const topic = topicOf[name];
        if (!topic) continue;
        for (const abstract of highlight) {
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

  /** Waits until at least `count` ranges are highlighted. */
  async waitForHighlights(count: number): Promise<HighlightedText[]> {
    await this.page.waitForFunction(
      (min: number) => {
        let total = 0;
        for (const [name, highlight] of CSS.highlights) {
          if (name.startsWith('caveat-') && name !== 'caveat-active') total += highlight.size;
        }
        return total >= min;
      },
      { timeout: 15_000, polling: 50 },
      count,
    );
    return this.highlights();
  }

  /** The centre of the `nth` highlighted range whose text is `text`, scrolled into view. */
  async pointOf(text: string, nth = 0): Promise<{ x: number; y: number }> {
    const point = await this.page.evaluate(
      (wanted: string, index: number) => {
        const ranges: Range[] = [];
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('caveat-') || name === 'caveat-active') continue;
          for (const abstract of highlight) {
            const range = document.createRange();
            range.setStart(abstract.startContainer, abstract.startOffset);
            range.setEnd(abstract.endContainer, abstract.endOffset);
            if (range.toString() === wanted) ranges.push(range);
          }
        }
        ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
        const range = ranges[index];
        if (!range) return null;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      },
      text,
      nth,
    );
    if (!point) throw new Error(`No highlighted mention "${text}" (#${nth}) on the page`);
    return point;
  }

  /** Moves the pointer onto a mention (from a little above and left of it). */
  async pointAt(text: string, nth = 0): Promise<{ x: number; y: number }> {
    const { x, y } = await this.pointOf(text, nth);
    await this.page.mouse.move(x - 40, y - 40);
    await this.page.mouse.move(x, y, { steps: 4 });
    return { x, y };
  }

  /** Moves the pointer onto a mention and waits for its card. */
  async hover(text: string, nth = 0): Promise<CardState> {
    await this.pointAt(text, nth);
    return this.waitForCard();
  }

  /**
   * Starts timing the card in the page itself, free of the test's round trips: when the pointer last
   * moved, and on which frame the card was first seen open and then closed again. The page cannot
   * look into the card, so it looks for it where it shows: at `probes`, with `elementFromPoint`.
   */
  async startCardTiming(probes: { x: number; y: number }[]): Promise<void> {
    await this.page.evaluate((points: { x: number; y: number }[]) => {
      const timing = { lastMove: 0, moveBeforeOpen: 0, moveBeforeClose: 0, opened: 0, closed: 0 };
      (window as unknown as { cardTiming: typeof timing }).cardTiming = timing;
      document.addEventListener('pointermove', () => (timing.lastMove = performance.now()), true);
      const isOpen = () =>
        points.some(({ x, y }) => document.elementFromPoint(x, y)?.localName === 'caveat-card');
      let wasOpen = isOpen();
      const frame = () => {
        const open = isOpen();
        if (open && !wasOpen && !timing.opened) {
          timing.opened = performance.now();
          timing.moveBeforeOpen = timing.lastMove;
        }
        if (!open && wasOpen && !timing.closed) {
          timing.closed = performance.now();
          timing.moveBeforeClose = timing.lastMove;
        }
        wasOpen = open;
        if (!timing.closed) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, probes);
  }

  /** Where the card of a mention shows: just below it, or just above when the card flips. */
  async besideMention(text: string, nth = 0): Promise<{ x: number; y: number }[]> {
    const { x, y } = await this.pointOf(text, nth);
    // `pointOf` gives the mention's centre, on a line about 16 px tall.
    const viewportHeight = await this.page.evaluate(() => window.innerHeight);
    return cardProbes({ x, top: y - 8, bottom: y + 8, viewportHeight });
  }

  /**
   * Since `startCardTiming()`: how long the pointer had rested when the card opened, and how long
   * after the pointer's last move it closed (`null` for what has not happened).
   */
  async cardTiming(
    waitFor: 'opened' | 'closed',
  ): Promise<{ restedBeforeOpen: number | null; afterLeaving: number | null }> {
    // The page samples on animation frames; give it the frame after the change the test saw.
    await this.page
      .waitForFunction(
        (key: string) =>
          ((window as unknown as { cardTiming: Record<string, number> }).cardTiming[key] ?? 0) > 0,
        { timeout: 2_000, polling: 50 },
        waitFor,
      )
      .catch(() => undefined);
    return this.page.evaluate(() => {
      const timing = (
        window as unknown as {
          cardTiming: { moveBeforeOpen: number; moveBeforeClose: number; opened: number; closed: number };
        }
      ).cardTiming;
      return {
        restedBeforeOpen: timing.opened ? timing.opened - timing.moveBeforeOpen : null,
        afterLeaving: timing.closed ? timing.closed - timing.moveBeforeClose : null,
      };
    });
  }

  /** The local name of the page's focused element. */
  activeElement(): Promise<string | undefined> {
    return this.page.evaluate(() => document.activeElement?.localName);
  }

  /** Presses a shortcut such as `Alt+Shift+K` in the page. */
  async press(shortcut: string): Promise<void> {
    const keys = shortcut.split('+');
    const key = keys.pop() as string;
    for (const modifier of keys) await this.page.keyboard.down(modifier as 'Alt' | 'Shift');
    await this.page.keyboard.press(
      key.length === 1 ? (`Key${key.toUpperCase()}` as 'KeyK') : (key as 'Escape'),
    );
    for (const modifier of keys.reverse()) await this.page.keyboard.up(modifier as 'Alt' | 'Shift');
  }
}
