/**
 * Finds mentions in a page: walks its text block by block (block-runs.ts), asks the matcher about
 * each block, and turns matches into ranges across text nodes. Works in chunks with a time budget so
 * that a huge page never blocks the main thread for long, and rescans only the blocks that changed.
 */
import type { Matcher } from '../lib/matcher';
import { type BlockRun, blockRuns, locateInRun } from './block-runs';

/** One mention of a topic in the page. */
export interface Mention {
  readonly id: number;
  readonly topicId: string;
  /** The page's own text of the mention. */
  readonly text: string;
  /** The knowledge-base alias that matched. */
  readonly alias: string;
  /** For a gated alias: the term in the same block that allowed it. */
  readonly contextTerm?: string;
  readonly range: AbstractRange;
  /** The block the mention sits in; its text gives the sentence around the mention. */
  readonly block: Element;
  readonly blockText: string;
  /** UTF-16 offsets of the mention in `blockText`. */
  readonly start: number;
  readonly end: number;
}

export type RangeFactory = (
  startNode: Text,
  startOffset: number,
  endNode: Text,
  endOffset: number,
) => AbstractRange;

/** StaticRange where the browser has it (no cost on later DOM changes), a live Range otherwise. */
export function defaultRangeFactory(doc: Document): RangeFactory {
  const view = doc.defaultView as (Window & { StaticRange?: typeof StaticRange }) | null;
  const Static = view?.StaticRange;
  if (Static) {
    return (startContainer, startOffset, endContainer, endOffset) =>
      new Static({ startContainer, startOffset, endContainer, endOffset });
  }
  return (startNode, startOffset, endNode, endOffset) => {
    const range = doc.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  };
}

export interface ScannerOptions {
  matcher: Matcher;
  /** Called with the mentions found in each chunk of work, in document order within a chunk. */
  onAdd: (mentions: readonly Mention[]) => void;
  /** Called with mentions that no longer exist (their block changed or the scan was cleared). */
  onRemove: (mentions: readonly Mention[]) => void;
  /** Extra elements to skip with their subtree (Caveat's own UI). */
  skip?: (element: Element) => boolean;
  createRange?: RangeFactory;
  /** Whether a block is rendered; blocks with mentions only are asked. */
  isVisible?: (block: Element) => boolean;
  /** Longest stretch of scanning before giving the page its main thread back. */
  budgetMs?: number;
  /** Resolves when the page has had a chance to run; a test may resolve at once. */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
}

/**
 * Default work budget per chunk: comfortably under the 50 ms that counts as a long task, so input
 * stays responsive while a multi-megabyte page is scanned.
 */
export const SCAN_BUDGET_MS = 8;

function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function defaultIsVisible(block: Element): boolean {
  const check = (block as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return check ? check.call(block) : true;
}

export class MentionScanner {
  private readonly options: ScannerOptions;
  private readonly byBlock = new Map<Element, Mention[]>();
  private nextId = 1;
  /** Bumped by clear(): a chunked scan that sees a newer generation stops. */
  private generation = 0;
  private createRange: RangeFactory | undefined;

  constructor(options: ScannerOptions) {
    this.options = options;
    this.createRange = options.createRange;
  }

  /** Scans everything under `root`, in chunks. Resolves when done or when cleared meanwhile. */
  scan(root: Node): Promise<void> {
    return this.runChunked(blockRuns(root, { skip: this.options.skip }));
  }

  /**
   * Forgets the mentions inside the given blocks and scans those blocks again. Blocks nested in
   * another given block are scanned once.
   */
  async rescan(blocks: Iterable<Element>): Promise<void> {
    const roots = outermost(blocks);
    const removed: Mention[] = [];
    for (const [block, mentions] of this.byBlock) {
      if (!block.isConnected || withinAny(block, roots)) {
        removed.push(...mentions);
        this.byBlock.delete(block);
      }
    }
    if (removed.length > 0) this.options.onRemove(removed);
    const skip = this.options.skip;
    const runs = (function* () {
      for (const root of roots) yield* blockRuns(root, { skip });
    })();
    await this.runChunked(runs);
  }

  /** Every current mention, in document order. */
  mentions(): Mention[] {
    const blocks = [...this.byBlock.keys()].filter((block) => block.isConnected);
    blocks.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
    return blocks.flatMap((block) => this.byBlock.get(block) ?? []);
  }

  /** Drops every mention and stops a scan in progress. */
  clear(): void {
    this.generation += 1;
    const removed = [...this.byBlock.values()].flat();
    this.byBlock.clear();
    if (removed.length > 0) this.options.onRemove(removed);
  }

  private async runChunked(runs: Generator<BlockRun, void, undefined>): Promise<void> {
    const generation = this.generation;
    const budget = this.options.budgetMs ?? SCAN_BUDGET_MS;
    const now = this.options.now ?? (() => performance.now());
    const yieldToPage = this.options.yieldToPage ?? defaultYield;
    for (;;) {
      const deadline = now() + budget;
      const found: Mention[] = [];
      let done = false;
      for (;;) {
        const next = runs.next();
        if (next.done) {
          done = true;
          break;
        }
        this.collect(next.value, found);
        if (now() >= deadline) break;
      }
      if (found.length > 0) this.options.onAdd(found);
      if (done) return;
      await yieldToPage();
      if (generation !== this.generation) return;
    }
  }

  private collect(run: BlockRun, found: Mention[]): void {
    const matches = this.options.matcher.findMentions(run.text);
    if (matches.length === 0) return;
    const isVisible = this.options.isVisible ?? defaultIsVisible;
    if (!isVisible(run.block)) return;
    if (!this.createRange) {
      this.createRange = defaultRangeFactory(run.block.ownerDocument);
    }
    const list = this.byBlock.get(run.block) ?? [];
    for (const match of matches) {
      const from = locateInRun(run, match.start, false);
      const to = locateInRun(run, match.end, true);
      const mention: Mention = {
        id: this.nextId++,
        topicId: match.topicId,
        text: match.text,
        alias: match.alias,
        ...(match.contextTerm === undefined ? {} : { contextTerm: match.contextTerm }),
        range: this.createRange(from.node, from.offset, to.node, to.offset),
        block: run.block,
        blockText: run.text,
        start: match.start,
        end: match.end,
      };
      list.push(mention);
      found.push(mention);
    }
    this.byBlock.set(run.block, list);
  }
}

/** Whether `element` is one of `roots` or inside one (walks up: cost is the tree depth). */
function withinAny(element: Element, roots: ReadonlySet<Element>): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (roots.has(node)) return true;
  }
  return false;
}

/** The connected elements that no other element of the list contains. */
function outermost(elements: Iterable<Element>): Set<Element> {
  const all = new Set([...elements].filter((element) => element.isConnected));
  const result = new Set<Element>();
  for (const element of all) {
    if (!element.parentElement || !withinAny(element.parentElement, all)) result.add(element);
  }
  return result;
}
