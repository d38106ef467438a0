/**
 * The one place mentions live. A MentionSet holds mentions by the block they sit in and tells its
 * subscribers what was added and removed; everything that needs to know what is on the page — the
 * highlighter, the hit test, the toolbar badge, the popup's "On this page" — reads it or listens to
 * it, instead of keeping its own copy in step.
 *
 * The page session keeps two: `found` (everything the scan found) and `shown` (what the reader
 * sees). With "first mention only" a FirstMentionFilter keeps `shown` at the first mention of each
 * topic in document order; otherwise `shown` is `found` itself.
 */
import type { Mention } from './scanner';

export interface MentionChange {
  readonly added: readonly Mention[];
  readonly removed: readonly Mention[];
}

export type MentionListener = (change: MentionChange) => void;

/** Read access to a set of mentions, and its changes. */
export interface MentionSource {
  readonly size: number;
  /** The mentions in one block (empty when none). */
  inBlock(block: Element): readonly Mention[];
  /** The mention painted with this range, if it is in the set. */
  byRange(range: AbstractRange): Mention | undefined;
  has(mention: Mention): boolean;
  /** Every mention, in document order. */
  mentions(): Mention[];
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: MentionListener): () => void;
}

const NONE: readonly Mention[] = Object.freeze([]);

/** Document order of two blocks (a block before its descendants). */
function compareBlocks(a: Element, b: Element): number {
  if (a === b) return 0;
  // DOCUMENT_POSITION_FOLLOWING (4): b comes after a.
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

/** Mentions by block, with added/removed notifications. */
export class MentionSet implements MentionSource {
  private readonly byBlock = new Map<Element, Mention[]>();
  private readonly ranges = new WeakMap<AbstractRange, Mention>();
  private readonly listeners = new Set<MentionListener>();
  private count = 0;
  /** `mentions()` as last computed, until the next change. */
  private ordered: readonly Mention[] | null = null;

  get size(): number {
    return this.count;
  }

  inBlock(block: Element): readonly Mention[] {
    return this.byBlock.get(block) ?? NONE;
  }

  byRange(range: AbstractRange): Mention | undefined {
    const mention = this.ranges.get(range);
    return mention && this.has(mention) ? mention : undefined;
  }

  has(mention: Mention): boolean {
    return this.byBlock.get(mention.block)?.includes(mention) ?? false;
  }

  /** Blocks that hold mentions, in no particular order. */
  blocks(): IterableIterator<Element> {
    return this.byBlock.keys();
  }

  mentions(): Mention[] {
    if (!this.ordered) {
      // The scan adds blocks in document order, so the map's order is usually right already:
      // checking it costs one comparison per block, sorting a large page's thousands of blocks far
      // more (and the keyboard command asks for this order).
      const blocks = [...this.byBlock.keys()];
      const inOrder = blocks.every(
        (block, index) => index === 0 || compareBlocks(blocks[index - 1] as Element, block) < 0,
      );
      if (!inOrder) blocks.sort(compareBlocks);
      this.ordered = blocks.flatMap((block) => this.byBlock.get(block) ?? []);
    }
    return [...this.ordered];
  }

  subscribe(listener: MentionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds mentions (of one chunk of work) and notifies once. */
  add(mentions: readonly Mention[]): void {
    if (mentions.length === 0) return;
    for (const mention of mentions) {
      const list = this.byBlock.get(mention.block);
      if (list) list.push(mention);
      else this.byBlock.set(mention.block, [mention]);
      this.ranges.set(mention.range, mention);
    }
    this.count += mentions.length;
    this.emit({ added: mentions, removed: NONE });
  }

  /** Removes these mentions (those in the set) and notifies once. */
  remove(mentions: readonly Mention[]): void {
    const removed: Mention[] = [];
    for (const mention of mentions) {
      const list = this.byBlock.get(mention.block);
      const index = list?.indexOf(mention) ?? -1;
      if (!list || index < 0) continue;
      list.splice(index, 1);
      if (list.length === 0) this.byBlock.delete(mention.block);
      removed.push(mention);
    }
    this.count -= removed.length;
    if (removed.length > 0) this.emit({ added: NONE, removed });
  }

  /** Removes the mentions of every block that `test` picks, and notifies once. */
  removeBlocks(test: (block: Element) => boolean): Mention[] {
    const removed: Mention[] = [];
    for (const [block, list] of this.byBlock) {
      if (!test(block)) continue;
      removed.push(...list);
      this.byBlock.delete(block);
    }
    this.count -= removed.length;
    if (removed.length > 0) this.emit({ added: NONE, removed });
    return removed;
  }

  /** Removes everything and notifies once. */
  clear(): void {
    this.removeBlocks(() => true);
  }

  private emit(change: MentionChange): void {
    this.ordered = null;
    for (const listener of this.listeners) listener(change);
  }
}

/**
 * Keeps `shown` at the first mention of each topic in `found`, in document order: a later mention
 * found earlier in the page takes the place of the one shown, and when the shown one goes, the next
 * one takes its place.
 */
export class FirstMentionFilter {
  private readonly found: MentionSource;
  private readonly shown: MentionSet;
  private readonly first = new Map<string, Mention>();
  private readonly stop: () => void;

  constructor(found: MentionSource, shown: MentionSet) {
    this.found = found;
    this.shown = shown;
    this.stop = found.subscribe((change) => this.update(change));
  }

  destroy(): void {
    this.stop();
  }

  private update({ added, removed }: MentionChange): void {
    const hide: Mention[] = [];
    const show: Mention[] = [];
    const vacated = new Set<string>();
    for (const mention of removed) {
      if (this.first.get(mention.topicId) !== mention) continue;
      this.first.delete(mention.topicId);
      hide.push(mention);
      vacated.add(mention.topicId);
    }
    for (const mention of added) {
      const current = this.first.get(mention.topicId);
      if (current && !precedes(mention, current)) continue;
      // The one shown so far goes (if it is only about to be shown, the filter below drops it).
      if (current) hide.push(current);
      this.first.set(mention.topicId, mention);
      show.push(mention);
      vacated.delete(mention.topicId);
    }
    if (vacated.size > 0) {
      // The next mention of the topic in document order takes the place of the one that went.
      for (const mention of this.found.mentions()) {
        if (!vacated.has(mention.topicId)) continue;
        vacated.delete(mention.topicId);
        this.first.set(mention.topicId, mention);
        show.push(mention);
        if (vacated.size === 0) break;
      }
    }
    this.shown.remove(hide);
    this.shown.add([...new Set(show)].filter((mention) => this.first.get(mention.topicId) === mention));
  }
}

/** Whether mention `a` comes before mention `b` in the page. */
function precedes(a: Mention, b: Mention): boolean {
  if (a.block === b.block) return a.start < b.start;
  return compareBlocks(a.block, b.block) < 0;
}
