/**
 * Paints the mentions of a MentionSource with the CSS Custom Highlight API: one Highlight per colour
 * slot, registered in `CSS.highlights` and styled by `::highlight(...)` rules in highlights.css. The
 * page's DOM is never touched.
 *
 * The registry is shared with the page, which can read it. So a highlight is registered only while
 * it holds something to show, the active highlight only while a card is open, and names carry a
 * colour slot, not a topic id: a page learns from the registry no more than a reader sees on screen
 * (which text is underlined, in which colour), not which topics are on, dismissed or imported.
 *
 * Only mentions near the viewport are registered. After any change to any highlight, Chromium's next
 * frame revisits every registered range, so a long page with thousands of registered mentions would
 * make opening a card, or a page's own mutation, cost a frame of 100 ms and more. An
 * IntersectionObserver on the blocks that hold mentions adds their ranges as they come within
 * VIEWPORT_MARGIN of the screen and removes them as they leave, so the cost of a frame depends on
 * what is near the screen, not on the length of the page. See docs/decisions/0007.
 */
import type { HighlightStyle } from '../lib/settings';
import type { MentionChange, MentionSource } from './mention-store';
import type { Mention } from './scanner';

export type { HighlightStyle };

/** How many topic colours highlights.css defines; topics beyond share them in turn. */
export const HIGHLIGHT_SLOTS = 6;

/** The colour slot of the topic at `index` in the knowledge base. */
export function slotOf(index: number): number {
  return index % HIGHLIGHT_SLOTS;
}

/** The highlight name for a colour slot and style; highlights.css has a rule for each. */
export function highlightName(slot: number, style: HighlightStyle): string {
  return `caveat-${style}-${slot}`;
}

/** The mention whose card is open is drawn on top of its topic's highlight. */
export const ACTIVE_HIGHLIGHT = 'caveat-active';

/**
 * How far beyond the viewport mentions are registered: two screens above and below, so that even
 * a fast scroll finds them painted before they appear.
 */
export const VIEWPORT_MARGIN = '200% 0px';

/** Where highlights are registered and how one is made (the browser's, or a test's). */
export interface HighlightApi {
  registry: HighlightRegistry;
  create(): Highlight;
}

export function browserHighlightApi(): HighlightApi {
  return { registry: CSS.highlights, create: () => new Highlight() };
}

export interface HighlighterOptions {
  source: MentionSource;
  style: HighlightStyle;
  /** The colour slot of a topic. */
  slot: (topicId: string) => number;
  highlights?: HighlightApi;
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
  private readonly source: MentionSource;
  private readonly api: HighlightApi;
  private readonly slot: (topicId: string) => number;
  private readonly bySlot = new Map<number, Highlight>();
  private active: Highlight | null = null;
  /** Blocks within VIEWPORT_MARGIN of the viewport: their mentions are registered. */
  private readonly near = new Set<Element>();
  private readonly observed = new Set<Element>();
  private readonly observer: IntersectionObserver | null;
  private readonly stop: () => void;
  private style: HighlightStyle;
  private destroyed = false;

  constructor(options: HighlighterOptions) {
    this.source = options.source;
    this.api = options.highlights ?? browserHighlightApi();
    this.slot = options.slot;
    this.style = options.style;
    const onIntersect: IntersectionObserverCallback = (entries) => this.onIntersect(entries);
    this.observer =
      options.createObserver === null ? null : (options.createObserver ?? defaultObserver)(onIntersect);
    this.stop = this.source.subscribe((change) => this.update(change));
    this.update({ added: this.source.mentions(), removed: [] });
  }

  /** Marks the mention whose card is open (or none: then nothing is registered for it). */
  setActive(mention: Mention | null): void {
    if (this.destroyed) return;
    if (!mention) {
      if (this.active) this.api.registry.delete(ACTIVE_HIGHLIGHT);
      this.active = null;
      return;
    }
    const active = this.api.create();
    active.priority = 1;
    active.add(mention.range);
    this.active = active;
    this.api.registry.set(ACTIVE_HIGHLIGHT, active);
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.style || this.destroyed) return;
    for (const [slot, highlight] of this.bySlot) {
      this.api.registry.delete(highlightName(slot, this.style));
      this.api.registry.set(highlightName(slot, style), highlight);
    }
    this.style = style;
  }

  /** How many mentions are painted per topic, near the viewport or not (for tests and the benchmark). */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const mention of this.source.mentions())
      counts[mention.topicId] = (counts[mention.topicId] ?? 0) + 1;
    return counts;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.stop();
    this.observer?.disconnect();
    for (const slot of this.bySlot.keys()) this.api.registry.delete(highlightName(slot, this.style));
    if (this.active) this.api.registry.delete(ACTIVE_HIGHLIGHT);
    this.active = null;
    this.bySlot.clear();
    this.near.clear();
    this.observed.clear();
  }

  private update({ added, removed }: MentionChange): void {
    if (this.destroyed) return;
    const emptied = new Set<number>();
    for (const mention of removed) {
      const slot = this.slot(mention.topicId);
      const highlight = this.bySlot.get(slot);
      if (highlight?.delete(mention.range) && highlight.size === 0) emptied.add(slot);
      if (this.active?.has(mention.range)) this.setActive(null);
      if (this.observed.has(mention.block) && this.source.inBlock(mention.block).length === 0) {
        this.observed.delete(mention.block);
        this.near.delete(mention.block);
        this.observer?.unobserve(mention.block);
      }
    }
    for (const mention of added) {
      const block = mention.block;
      if (!this.observed.has(block)) {
        this.observed.add(block);
        if (this.observer) this.observer.observe(block);
        else this.near.add(block);
      }
      if (this.near.has(block)) {
        this.paint(mention);
        emptied.delete(this.slot(mention.topicId));
      }
    }
    for (const slot of emptied) this.unregisterIfEmpty(slot);
  }

  private onIntersect(entries: readonly IntersectionObserverEntry[]): void {
    if (this.destroyed) return;
    for (const entry of entries) {
      const block = entry.target;
      if (!this.observed.has(block)) continue;
      const inBlock = this.source.inBlock(block);
      if (entry.isIntersecting && !this.near.has(block)) {
        this.near.add(block);
        for (const mention of inBlock) this.paint(mention);
      } else if (!entry.isIntersecting && this.near.has(block)) {
        this.near.delete(block);
        const slots = new Set<number>();
        for (const mention of inBlock) {
          const slot = this.slot(mention.topicId);
          this.bySlot.get(slot)?.delete(mention.range);
          slots.add(slot);
        }
        for (const slot of slots) this.unregisterIfEmpty(slot);
      }
    }
  }

  private paint(mention: Mention): void {
    const slot = this.slot(mention.topicId);
    let highlight = this.bySlot.get(slot);
    if (!highlight) {
      highlight = this.api.create();
      this.bySlot.set(slot, highlight);
      this.api.registry.set(highlightName(slot, this.style), highlight);
    }
    highlight.add(mention.range);
  }

  /** A highlight with nothing left to show leaves the registry. */
  private unregisterIfEmpty(slot: number): void {
    const highlight = this.bySlot.get(slot);
    if (!highlight || highlight.size > 0) return;
    this.bySlot.delete(slot);
    this.api.registry.delete(highlightName(slot, this.style));
  }
}
