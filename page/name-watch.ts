/**
 * Waiting for a name: what the content script does on a page before it may hold a mention
 * (docs/decisions/0030-the-matcher-loads-on-a-name.md). It reads the page's text once, in slices,
 * and then the text that appears or changes, and asks the presence test (lib/match/presence.ts)
 * whether a mention may be there; the first yes is reported once and everything stops.
 *
 * Text is tested as the page holds it, each text node after the other without separators, and a
 * slice carries the end of the one before it: the test is a superset test, so joining can only let
 * more through, never hide a name.
 */

export interface NameWatchOptions {
  readonly doc: Document;
  /** The presence test: true when `text` may hold a mention. */
  readonly mayMention: (text: string) => boolean;
  /** Called once, when the page first shows text that may hold a mention. */
  readonly onFound: () => void;
  /** Stops the watch. */
  readonly signal: AbortSignal;
  /** Longest run of the first reading before it yields to the page (ms). */
  readonly sliceMs?: number;
}

/** How many code units of text one test takes at most. */
const CHUNK_LENGTH = 32_768;
/**
 * How much of a chunk's end the next chunk repeats: more than any alias with its separators, so a
 * name cut by a chunk's end is still read whole.
 */
const OVERLAP = 256;
/** Upper bound on how long changed text waits for its test when the page keeps changing. */
const CHANGE_WAIT_MS = 250;

/**
 * Starts watching `doc`. Returns the function that stops it (as aborting `signal` does); after
 * `onFound`, it has stopped itself.
 */
export function watchForName(options: NameWatchOptions): () => void {
  const { doc, mayMention, signal } = options;
  const view = doc.defaultView ?? globalThis;
  const sliceMs = options.sliceMs ?? 8;
  let stopped = false;
  let sliceTimer: ReturnType<typeof setTimeout> | undefined;
  let changeTimer: ReturnType<typeof setTimeout> | undefined;
  const changed = new Set<Node>();

  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    view.clearTimeout(sliceTimer);
    view.clearTimeout(changeTimer);
    changed.clear();
    signal.removeEventListener('abort', stop);
  };
  const found = () => {
    stop();
    options.onFound();
  };

  // Changes are watched from the start, so text added while the first reading runs is not missed.
  const observer = new view.MutationObserver((records) => {
    for (const record of records) {
      const parent = record.type === 'characterData' ? record.target.parentNode : record.target;
      if (!parent) continue;
      if (parent !== doc.body && parent !== doc.documentElement) {
        // A changed or added node may complete a name with its neighbours: its parent's whole
        // text is tested.
        changed.add(parent);
      } else if (record.type === 'characterData') {
        changed.add(record.target);
      } else {
        // The page's body is not read again whole for every node added to it: each added node is
        // read, with the text nodes either side of it.
        for (const added of record.addedNodes) changed.add(added);
      }
    }
    if (changed.size > 0 && changeTimer === undefined) changeTimer = view.setTimeout(testChanged, 0);
  });
  let lastChangeTest = Number.NEGATIVE_INFINITY;
  const testChanged = () => {
    changeTimer = undefined;
    if (stopped) return;
    // A page that changes without pause is tested at most every CHANGE_WAIT_MS.
    const now = view.performance.now();
    if (now - lastChangeTest < CHANGE_WAIT_MS) {
      changeTimer = view.setTimeout(testChanged, CHANGE_WAIT_MS - (now - lastChangeTest));
      return;
    }
    lastChangeTest = now;
    const nodes = [...changed];
    changed.clear();
    for (const node of nodes) {
      if (node.isConnected && mayMention(textAround(node))) return found();
    }
  };

  const root = doc.documentElement;
  if (signal.aborted || !root) {
    stopped = true;
    return () => undefined;
  }
  signal.addEventListener('abort', stop, { once: true });
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  // The first reading: every text node once, in slices that yield to the page.
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let carried = '';
  const readSlice = () => {
    sliceTimer = undefined;
    if (stopped) return;
    const started = view.performance.now();
    let chunk = carried;
    let fresh = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Never scanned, and often long: the code and styles of the page.
      const parent = node.parentNode?.nodeName;
      if (parent === 'SCRIPT' || parent === 'STYLE') continue;
      chunk += (node as Text).data;
      fresh = true;
      if (chunk.length < CHUNK_LENGTH) continue;
      if (mayMention(chunk)) return found();
      carried = chunk.slice(-OVERLAP);
      chunk = carried;
      fresh = false;
      if (view.performance.now() - started >= sliceMs) {
        sliceTimer = view.setTimeout(readSlice, 0);
        return;
      }
    }
    if (fresh && mayMention(chunk)) found();
  };
  readSlice();
  return stop;
}

/**
 * `node`'s text; for a node directly in the page's body, with the text nodes either side of it,
 * which a name may run on into.
 */
function textAround(node: Node): string {
  const own = node.textContent ?? '';
  const parent = node.parentNode;
  if (!parent || (parent !== node.ownerDocument?.body && parent !== node.ownerDocument?.documentElement)) {
    return own;
  }
  const before = node.previousSibling?.nodeType === 3 ? (node.previousSibling as Text).data : '';
  const after = node.nextSibling?.nodeType === 3 ? (node.nextSibling as Text).data : '';
  return before.slice(-OVERLAP) + own + after.slice(0, OVERLAP);
}
