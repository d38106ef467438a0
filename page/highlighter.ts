/**
 * Paints mentions with the CSS Custom Highlight API: one Highlight per topic, registered in
 * `CSS.highlights` and styled by `::highlight(...)` rules in highlights.css. The page's DOM is never
 * touched.
 *
 * Only mentions near the viewport are registered. After any change to any highlight, Chromium's next
 * frame revisits every registered range, so a long page with thousands of registered mentions would
 * make opening a card, or a page's own mutation, cost a frame of 100 ms and more. An
 * IntersectionObserver on the blocks that hold mentions adds their ranges as they come within
 * VIEWPORT_MARGIN of the screen and removes them as they leave, so the cost of a frame depends on
 * what is near the screen, not on the length of the page. See docs/decisions/0007.
 */
import type { HighlightStyle } from '../lib/settings';
import type { Mention } from './scanner';

export type { HighlightStyle };

/** The highlight name for a topic and style; highlights.css has a rule for each built-in topic. */
export function highlightName(topicId: string, style: HighlightStyle): string {
  return `caveat-${style}-${topicId}`;
}

/** The mention whose card is open is drawn on top of its topic's highlight. */
export const ACTIVE_HIGHLIGHT = 'caveat-active';

/**
 * How far beyond the viewport mentions are registered: two screens above and below, so that even
 * a fast scroll finds them painted before they appear.
 */
export const VIEWPORT_MARGIN = '200% 0px';

export interface HighlighterOptions {
  registry?: HighlightRegistry;
  /**
   * Builds the observer that reports blocks coming near the viewport. Without one (or where the
   * browser has no IntersectionObserver) every mention is registered at once.
   */
  createObserver?: ((callback: IntersectionObserverCallback) => IntersectionObserver) | null;
}

function defaultObserver(callback: IntersectionObserverCallback): IntersectionObserver | null {
  if (typeof IntersectionObserver !== 'function') return null;
  return new IntersectionObserver(callback, { rootMargin: VIEWPORT_MARGIN });
}

export class MentionHighlighter {
  private readonly registry: HighlightRegistry;
  private readonly byTopic = new Map<string, Highlight>();
  private readonly active = new Highlight();
  /** Every painted mention, by the block it sits in. */
  private readonly tracked = new Map<Element, Set<Mention>>();
  /** Blocks within VIEWPORT_MARGIN of the viewport: their mentions are registered. */
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver | null;
  private style: HighlightStyle;

  constructor(style: HighlightStyle, options: HighlighterOptions = {}) {
    this.registry = options.registry ?? CSS.highlights;
    this.style = style;
    this.active.priority = 1;
    this.registry.set(ACTIVE_HIGHLIGHT, this.active);
    const onIntersect: IntersectionObserverCallback = (entries) => this.onIntersect(entries);
    this.observer =
      options.createObserver === null ? null : (options.createObserver ?? defaultObserver)(onIntersect);
  }

  add(mentions: readonly Mention[]): void {
    for (const mention of mentions) {
      let inBlock = this.tracked.get(mention.block);
      if (!inBlock) {
        inBlock = new Set();
        this.tracked.set(mention.block, inBlock);
        if (this.observer) this.observer.observe(mention.block);
        else this.near.add(mention.block);
      }
      inBlock.add(mention);
      if (this.near.has(mention.block)) this.highlightFor(mention.topicId).add(mention.range);
    }
  }

  remove(mentions: readonly Mention[]): void {
    for (const mention of mentions) {
      this.byTopic.get(mention.topicId)?.delete(mention.range);
      this.active.delete(mention.range);
      const inBlock = this.tracked.get(mention.block);
      if (!inBlock) continue;
      inBlock.delete(mention);
      if (inBlock.size === 0) {
        this.tracked.delete(mention.block);
        this.near.delete(mention.block);
        this.observer?.unobserve(mention.block);
      }
    }
  }

  /** Marks the mention whose card is open (or none). */
  setActive(mention: Mention | null): void {
    this.active.clear();
    if (mention) this.active.add(mention.range);
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    for (const [topicId, highlight] of this.byTopic) {
      this.registry.delete(highlightName(topicId, this.style));
      this.registry.set(highlightName(topicId, style), highlight);
    }
    this.style = style;
  }

  /** How many mentions are painted per topic, near the viewport or not (for tests and the benchmark). */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const inBlock of this.tracked.values()) {
      for (const mention of inBlock) counts[mention.topicId] = (counts[mention.topicId] ?? 0) + 1;
    }
    return counts;
  }

  destroy(): void {
    this.observer?.disconnect();
    for (const topicId of this.byTopic.keys()) this.registry.delete(highlightName(topicId, this.style));
    this.registry.delete(ACTIVE_HIGHLIGHT);
    this.byTopic.clear();
    this.tracked.clear();
    this.near.clear();
  }

  private onIntersect(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const block = entry.target;
      const inBlock = this.tracked.get(block);
      if (!inBlock) continue;
      if (entry.isIntersecting && !this.near.has(block)) {
        this.near.add(block);
        for (const mention of inBlock) this.highlightFor(mention.topicId).add(mention.range);
      } else if (!entry.isIntersecting && this.near.has(block)) {
        this.near.delete(block);
        for (const mention of inBlock) this.byTopic.get(mention.topicId)?.delete(mention.range);
      }
    }
  }

  private highlightFor(topicId: string): Highlight {
    let highlight = this.byTopic.get(topicId);
    if (!highlight) {
      highlight = new Highlight();
      this.byTopic.set(topicId, highlight);
      this.registry.set(highlightName(topicId, this.style), highlight);
    }
    return highlight;
  }
}
