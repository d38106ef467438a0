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
import type { Verdict } from '../data/schema';
import type { HighlightStyle } from '../lib/settings/index';
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

/**
 * The highlight name for a topic's mentions whose sentence repeats a claim of this verdict
 * (page/verdict-marks.ts): highlights.css draws each verdict with its own line style and colour, in
 * both highlight styles. The name keeps the colour slot, as the topic's own highlight does.
 */
export function verdictHighlightName(verdict: Verdict, slot: number): string {
  return `caveat-verdict-${verdict}-${slot}`;
}

/** What the highlighter asks of the verdict marks: a mention's mark, and when marks change. */
export interface MarkSource {
  /** The verdict of the claim the mention's sentence repeats, or undefined. */
  markOf(mention: Mention): Verdict | undefined;
  /** Calls `listener` with the mentions whose mark changed; returns the function that stops it. */
  subscribe(listener: (mentions: readonly Mention[]) => void): () => void;
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

/**
 * The browser's registry, read when the first highlight is registered: the first reading of
 * `CSS.highlights` costs a page about half a millisecond, and a page that mentions nothing never
 * registers one.
 */
export function browserHighlightApi(): HighlightApi {
  return {
    get registry() {
      return CSS.highlights;
    },
    create: () => new Highlight(),
  };
}

export interface HighlighterOptions {
  source: MentionSource;
  style: HighlightStyle;
  /** The colour slot of a topic. */
  slot: (topicId: string) => number;
  highlights?: HighlightApi;
  /** Verdict marks: a marked mention is painted in its verdict's highlight instead of its topic's. */
  marks?: MarkSource;
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
  private readonly marks: MarkSource | null;
  /** The highlights in use, by key: a topic's colour slot (`0`…) or a verdict (`verdict:…`). */
  private readonly byKey = new Map<string, Highlight>();
  /** The key each painted mention is in. */
  private readonly painted = new Map<Mention, string>();
  private active: Highlight | null = null;
  /** Blocks within VIEWPORT_MARGIN of the viewport: their mentions are registered. */
  private readonly near = new Set<Element>();
  private readonly observed = new Set<Element>();
  private readonly observer: IntersectionObserver | null;
  private readonly stops: (() => void)[];
  private style: HighlightStyle;
  private destroyed = false;

  constructor(options: HighlighterOptions) {
    this.source = options.source;
    this.api = options.highlights ?? browserHighlightApi();
    this.slot = options.slot;
    this.marks = options.marks ?? null;
    this.style = options.style;
    const onIntersect: IntersectionObserverCallback = (entries) => this.onIntersect(entries);
    this.observer =
      options.createObserver === null ? null : (options.createObserver ?? defaultObserver)(onIntersect);
    this.stops = [this.source.subscribe((change) => this.update(change))];
    if (this.marks) this.stops.push(this.marks.subscribe((mentions) => this.remark(mentions)));
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
    const before = this.style;
    this.style = style;
    for (const [key, highlight] of this.byKey) {
      if (!isSlotKey(key)) continue;
      this.api.registry.delete(this.nameOf(key, before));
      this.api.registry.set(this.nameOf(key, style), highlight);
    }
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
    for (const stop of this.stops) stop();
    this.observer?.disconnect();
    for (const key of this.byKey.keys()) this.api.registry.delete(this.nameOf(key, this.style));
    if (this.active) this.api.registry.delete(ACTIVE_HIGHLIGHT);
    this.active = null;
    this.byKey.clear();
    this.painted.clear();
    this.near.clear();
    this.observed.clear();
  }

  private update({ added, removed }: MentionChange): void {
    if (this.destroyed) return;
    const emptied = new Set<string>();
    for (const mention of removed) {
      const key = this.unpaint(mention);
      if (key !== undefined) emptied.add(key);
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
      if (this.near.has(block)) emptied.delete(this.paint(mention));
    }
    for (const key of emptied) this.unregisterIfEmpty(key);
  }

  /** Mentions whose mark changed move to their verdict's highlight, or back to their topic's. */
  private remark(mentions: readonly Mention[]): void {
    if (this.destroyed) return;
    const emptied = new Set<string>();
    for (const mention of mentions) {
      if (!this.painted.has(mention)) continue;
      const before = this.unpaint(mention);
      const after = this.paint(mention);
      if (before !== undefined && before !== after) emptied.add(before);
    }
    for (const key of emptied) this.unregisterIfEmpty(key);
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
        const keys = new Set<string>();
        for (const mention of inBlock) {
          const key = this.unpaint(mention);
          if (key !== undefined) keys.add(key);
        }
        for (const key of keys) this.unregisterIfEmpty(key);
      }
    }
  }

  /** Paints a mention in its verdict's highlight when it has a mark, its topic's otherwise. */
  private paint(mention: Mention): string {
    const verdict = this.marks?.markOf(mention);
    const slot = this.slot(mention.topicId);
    const key = verdict === undefined ? String(slot) : `${VERDICT_KEY}${verdict}:${slot}`;
    let highlight = this.byKey.get(key);
    if (!highlight) {
      highlight = this.api.create();
      this.byKey.set(key, highlight);
      this.api.registry.set(this.nameOf(key, this.style), highlight);
    }
    highlight.add(mention.range);
    this.painted.set(mention, key);
    return key;
  }

  /** Takes a mention out of the highlight it is painted in; returns that highlight's key. */
  private unpaint(mention: Mention): string | undefined {
    const key = this.painted.get(mention);
    if (key === undefined) return undefined;
    this.painted.delete(mention);
    this.byKey.get(key)?.delete(mention.range);
    return key;
  }

  private nameOf(key: string, style: HighlightStyle): string {
    return isSlotKey(key)
      ? highlightName(Number(key), style)
      : verdictHighlightName(
          key.slice(VERDICT_KEY.length, key.lastIndexOf(':')) as Verdict,
          Number(key.slice(key.lastIndexOf(':') + 1)),
        );
  }

  /** A highlight with nothing left to show leaves the registry. */
  private unregisterIfEmpty(key: string): void {
    const highlight = this.byKey.get(key);
    if (!highlight || highlight.size > 0) return;
    this.byKey.delete(key);
    this.api.registry.delete(this.nameOf(key, this.style));
  }
}

const VERDICT_KEY = 'verdict:';

function isSlotKey(key: string): boolean {
  return !key.startsWith(VERDICT_KEY);
}
