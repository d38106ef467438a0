/**
 * Watches the page for text that appears or changes after load (live blogs, infinite scroll,
 * single-page apps) and reports the blocks to rescan, batched into one report per idle period.
 */
import { isBlockElement, isSkippedElement } from './block-runs';

/**
 * The nearest block that holds `node`, or null when the node sits inside a region that is never
 * scanned (code, form fields, editable text, Caveat's own UI).
 */
export function closestScannableBlock(node: Node, skip?: (element: Element) => boolean): Element | null {
  let element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  let block: Element | null = null;
  for (; element; element = element.parentElement) {
    if (isSkippedElement(element, skip)) return null;
    if (!block && isBlockElement(element)) block = element;
  }
  return block;
}

export interface MutationWatcherOptions {
  skip?: (element: Element) => boolean;
  /** Receives the changed blocks, at most once per idle period. */
  onChange: (blocks: Set<Element>) => void;
  /** Longest wait before a report even when the page never goes idle. */
  maxWaitMs?: number;
  /** Runs a callback when the page is idle, or after the timeout (requestIdleCallback by default). */
  whenIdle?: (callback: () => void, timeoutMs: number) => void;
}

function defaultWhenIdle(callback: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: timeoutMs });
  else setTimeout(callback, 0);
}

/**
 * Upper bound on how long new text waits for its highlights when the page never idles: long
 * enough to batch a burst of mutations into one rescan, short enough that late paragraphs are
 * marked before a reader reaches them.
 */
export const MUTATION_MAX_WAIT_MS = 250;

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private pending = new Set<Element>();
  private scheduled = false;
  private destroyed = false;
  private readonly options: MutationWatcherOptions;

  constructor(root: Node, options: MutationWatcherOptions) {
    this.options = options;
    const Observer = (root.ownerDocument?.defaultView ?? globalThis).MutationObserver;
    this.observer = new Observer((records) => this.collect(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private collect(records: MutationRecord[]): void {
    const { skip } = this.options;
    for (const record of records) {
      if (record.type === 'characterData') {
        this.add(closestScannableBlock(record.target, skip));
        continue;
      }
      for (const added of record.addedNodes) {
        if (added.nodeType === 1 && isSkippedElement(added as Element, skip)) continue;
        this.add(closestScannableBlock(added, skip));
      }
      if (record.removedNodes.length > 0) this.add(closestScannableBlock(record.target, skip));
    }
    this.schedule();
  }

  private add(block: Element | null): void {
    if (block) this.pending.add(block);
  }

  private schedule(): void {
    if (this.scheduled || this.pending.size === 0) return;
    this.scheduled = true;
    const flush = () => {
      this.scheduled = false;
      if (this.destroyed) return;
      const blocks = this.pending;
      this.pending = new Set();
      if (blocks.size > 0) this.options.onChange(blocks);
    };
    (this.options.whenIdle ?? defaultWhenIdle)(flush, this.options.maxWaitMs ?? MUTATION_MAX_WAIT_MS);
  }

  destroy(): void {
    this.destroyed = true;
    this.observer.disconnect();
    this.pending.clear();
  }
}
