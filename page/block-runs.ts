/**
 * Reads a page's visible text the way a reader sees it: block by block, with the inline runs inside
 * one block joined, so that a phrase split by markup (`US <a>export controls</a>`,
 * `Deep<b>Seek</b>`) is one string whose offsets map back to (text node, offset) pairs.
 *
 * DOM reading only: no matching, no browser APIs beyond the DOM, so it runs in happy-dom too.
 */

/** Elements that start and end a block of text. Anything else is inline and joins its neighbours. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'br',
  'option',
  'center',
]);

/**
 * Elements whose text is never a mention: code, form fields, scripts, media, and anything the page
 * lets the reader edit. Their whole subtree is skipped.
 */
const SKIPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'head',
  'title',
  'button',
]);

/**
 * Stands between two runs of text that must not join (an inline element that is skipped, such as
 * `<code>`): not white space and not a word character, so no alias can match across it.
 */
export const RUN_SEPARATOR = '\uFFFC';

/** One block's joined text and where each part of it lives in the page. */
export interface BlockRun {
  /** The nearest block-level ancestor (or the root) that holds this text. */
  block: Element;
  /** The joined text of the run's text nodes, with RUN_SEPARATOR where a skipped element sat. */
  text: string;
  /** The text nodes, in order. `starts[i]` is where `nodes[i]` begins in `text`. */
  nodes: Text[];
  starts: number[];
}

export interface BlockRunOptions {
  /** Extra test for elements to skip with their subtree (e.g. Caveat's own shadow host). */
  skip?: (element: Element) => boolean;
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/** Whether an element's subtree is never scanned. */
export function isSkippedElement(element: Element, extra?: (element: Element) => boolean): boolean {
  return (
    SKIPPED_ELEMENTS.has(element.localName) || extra?.(element) === true || isSkippedByAttributes(element)
  );
}

/** The attribute-based skip rules: hidden, editable, a text box. */
function isSkippedByAttributes(element: Element): boolean {
  // Most elements of a page carry no attribute at all: one call answers the three tests below,
  // which matters on a walk that visits every element.
  if (!element.hasAttributes()) return false;
  return element.hasAttribute('hidden') || isEditable(element) || element.getAttribute('role') === 'textbox';
}

export function isBlockElement(element: Element): boolean {
  return BLOCK_ELEMENTS.has(element.localName);
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Yields the runs of text under `root`, in document order. The generator keeps its place between
 * calls, so a caller can stop after a time budget and resume later without re-walking.
 * Runs that are only white space are not yielded.
 */
export function* blockRuns(root: Node, options: BlockRunOptions = {}): Generator<BlockRun, void, undefined> {
  const skip = options.skip;
  const blocks: Element[] = [];
  const rootBlock = root.nodeType === ELEMENT_NODE ? (root as Element) : root.parentElement;
  if (!rootBlock) return;
  blocks.push(rootBlock);
  let block: Element = rootBlock;

  let text = '';
  let nodes: Text[] = [];
  let starts: number[] = [];
  let hasWords = false;

  /**
   * Ends the current run: returns it when it has words, and starts an empty one. A plain function
   * rather than a nested generator, and only called when the run holds text: a page has thousands
   * of blocks, and most closings have nothing to yield.
   */
  const closeRun = (): BlockRun | null => {
    const run = hasWords ? { block, text, nodes, starts } : null;
    text = '';
    nodes = [];
    starts = [];
    hasWords = false;
    return run;
  };

  // A run ends where a block starts or ends.
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (!hasWords && data.trim().length > 0) hasWords = true;
        nodes.push(node as Text);
        starts.push(text.length);
        text += data;
      }
    } else if (type === ELEMENT_NODE) {
      const element = node as Element;
      // The tag name is read once for both tests: each read crosses into the browser.
      const name = element.localName;
      const isBlock = BLOCK_ELEMENTS.has(name);
      if (SKIPPED_ELEMENTS.has(name) || skip?.(element) || isSkippedByAttributes(element)) {
        if (text.length > 0 && !isBlock) text += RUN_SEPARATOR;
        else if (nodes.length > 0) {
          const run = closeRun();
          if (run) yield run;
        }
      } else {
        if (isBlock) {
          if (nodes.length > 0) {
            const run = closeRun();
            if (run) yield run;
          }
          blocks.push(element);
          block = element;
        }
        descend = true;
      }
    }

    if (descend) {
      const first: Node | null = node.firstChild;
      if (first) {
        node = first;
        continue;
      }
    }
    // Leave this node and every ancestor that has no next sibling, closing the blocks we leave.
    let next: Node | null = null;
    while (node && node !== root) {
      if (node === block && node !== rootBlock) {
        if (nodes.length > 0) {
          const run = closeRun();
          if (run) yield run;
        }
        blocks.pop();
        block = blocks[blocks.length - 1] as Element;
      }
      next = node.nextSibling;
      if (next) break;
      node = node.parentNode;
    }
    node = next;
  }
  if (nodes.length > 0 && hasWords) yield { block, text, nodes, starts };
}

/** Finds the text node and offset for a UTF-16 offset into a run's joined text. */
export function locateInRun(
  run: BlockRun,
  offset: number,
  preferEnd: boolean,
): { node: Text; offset: number } {
  const { starts, nodes } = run;
  // Binary search for the last node that starts at or before `offset`.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  // An end offset that falls exactly on a node boundary belongs to the node before it.
  if (preferEnd && low > 0 && starts[low] === offset) low -= 1;
  const node = nodes[low] as Text;
  const within = Math.min(Math.max(offset - (starts[low] as number), 0), node.data.length);
  return { node, offset: within };
}
