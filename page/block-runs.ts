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
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
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
  /**
   * Extra test for elements to skip with their subtree: Caveat's own shadow host. Asked only about
   * custom elements (a hyphen in the name), as the host is one: asking about every element would
   * cost a call for each element of the page.
   */
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

/** A character that is not white space (what `trim()` keeps), found without copying the text. */
const NOT_SPACE = /\S/;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Walks the runs of text under `root`, in document order, one `next()` at a time, so a caller can
 * stop after a time budget and resume later without re-walking. Runs that are only white space are
 * not returned.
 *
 * Between two calls the page may change. `reanchor()` checks that the place the walk paused at is
 * still under `root`; when the page detached it (or moved it elsewhere), the walk resumes from the
 * deepest block of its path that is still in place and skips the runs it already returned, so a
 * removed paragraph never ends a scan early.
 */
export class BlockWalker {
  private readonly root: Node;
  private readonly rootBlock: Element | null;
  private readonly skip: ((element: Element) => boolean) | undefined;
  /** The open blocks, outermost first; the last one holds the current run. */
  private blocks: Element[] = [];
  private block: Element;
  /** The node to enter next, or (when `leaving`) the node being left. Null when the walk is done. */
  private node: Node | null;
  private leaving = false;
  private text = '';
  private nodes: Text[] = [];
  private starts: number[] = [];
  private hasWords = false;
  /** The first text node of every run returned: after re-anchoring, those runs are not returned again. */
  private readonly returned = new WeakSet<Text>();
  private reanchored = false;
  private readonly rootWasConnected: boolean;

  constructor(root: Node, options: BlockRunOptions = {}) {
    this.root = root;
    this.skip = options.skip;
    this.rootBlock = root.nodeType === ELEMENT_NODE ? (root as Element) : root.parentElement;
    this.block = this.rootBlock as Element;
    if (this.rootBlock) this.blocks.push(this.rootBlock);
    this.node = this.rootBlock ? root.firstChild : null;
    this.rootWasConnected = root.isConnected;
  }

  /** The next run, or null when the walk is done. */
  next(): BlockRun | null {
    for (;;) {
      const run = this.step();
      if (run === undefined) return null;
      if (run === null) continue;
      const first = run.nodes[0] as Text;
      if (this.reanchored && this.returned.has(first)) continue;
      this.returned.add(first);
      return run;
    }
  }

  /**
   * Makes sure the walk resumes inside `root`: when the node it paused at, or one of its open
   * blocks, has left `root` since the last `next()`, resumes from the deepest open block still in
   * place. Cost: the depth of the tree. Returns whether it had to move.
   */
  reanchor(): boolean {
    if (this.node === null || this.rootBlock === null) return false;
    if (this.rootWasConnected && !this.root.isConnected) {
      // The page removed the whole subtree being walked: nothing of it is left to read.
      this.node = null;
      this.resetRun();
      return true;
    }
    const path = this.pathToRoot(this.node);
    if (path && this.blocks.every((open) => path.has(open))) return false;
    // The deepest open block that is still under the root, with the open blocks that hold it.
    for (let index = this.blocks.length - 1; index >= 0; index -= 1) {
      const candidate = this.blocks[index] as Element;
      const candidatePath =
        candidate === this.rootBlock ? new Set<Node>([candidate]) : this.pathToRoot(candidate);
      if (!candidatePath) continue;
      this.blocks = this.blocks.slice(0, index + 1).filter((open) => candidatePath.has(open));
      this.block = candidate;
      this.resetRun();
      this.reanchored = true;
      const first = candidate === this.rootBlock ? this.root.firstChild : candidate.firstChild;
      this.node = first ?? candidate;
      this.leaving = first === null;
      if (this.leaving && candidate === this.rootBlock) this.node = null;
      return true;
    }
    this.node = null;
    return true;
  }

  /** The node and its ancestors up to the root, or null when the node is no longer under it. */
  private pathToRoot(node: Node): Set<Node> | null {
    const path = new Set<Node>();
    for (let current: Node | null = node; current; current = current.parentNode) {
      path.add(current);
      if (current === this.root) {
        if (this.rootBlock) path.add(this.rootBlock);
        return path;
      }
    }
    return null;
  }

  private resetRun(): void {
    this.text = '';
    this.nodes = [];
    this.starts = [];
    this.hasWords = false;
  }

  /**
   * Ends the current run: returns it when it has words, and starts an empty one. Only called when
   * the run holds text: a page has thousands of blocks, and most closings have nothing to return.
   */
  private closeRun(): BlockRun | null {
    const run = this.hasWords
      ? { block: this.block, text: this.text, nodes: this.nodes, starts: this.starts }
      : null;
    this.resetRun();
    return run;
  }

  /**
   * One step of the walk: enters or leaves one node. Returns a run when one closed, null when none
   * did, undefined when the walk is over.
   */
  private step(): BlockRun | null | undefined {
    const node = this.node;
    if (node === null) {
      if (this.nodes.length > 0) return this.closeRun() ?? undefined;
      return undefined;
    }
    if (this.leaving) {
      // Leave this node and go to its next sibling, or keep leaving upwards; a run ends with its block.
      if (node === this.root) {
        this.node = null;
        return null;
      }
      let run: BlockRun | null = null;
      if (node === this.block && node !== this.rootBlock) {
        if (this.nodes.length > 0) run = this.closeRun();
        this.blocks.pop();
        this.block = this.blocks[this.blocks.length - 1] as Element;
      }
      const next = node.nextSibling;
      if (next) {
        this.node = next;
        this.leaving = false;
      } else {
        this.node = node.parentNode;
      }
      return run;
    }

    let run: BlockRun | null = null;
    let descend = false;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (!this.hasWords && NOT_SPACE.test(data)) this.hasWords = true;
        this.nodes.push(node as Text);
        this.starts.push(this.text.length);
        this.text += data;
      }
    } else if (type === ELEMENT_NODE) {
      const element = node as Element;
      // The tag name is read once for both tests: each read crosses into the browser.
      const name = element.localName;
      const isBlock = BLOCK_ELEMENTS.has(name);
      if (
        SKIPPED_ELEMENTS.has(name) ||
        (this.skip !== undefined && name.includes('-') && this.skip(element)) ||
        isSkippedByAttributes(element)
      ) {
        if (this.text.length > 0 && !isBlock) this.text += RUN_SEPARATOR;
        else if (this.nodes.length > 0) run = this.closeRun();
      } else {
        if (isBlock) {
          if (this.nodes.length > 0) run = this.closeRun();
          this.blocks.push(element);
          this.block = element;
        }
        descend = true;
      }
    }
    const first = descend ? node.firstChild : null;
    if (first) this.node = first;
    else this.leaving = true;
    return run;
  }
}

/**
 * Yields the runs of text under `root`, in document order (a BlockWalker as a generator, for a
 * caller that reads a document in one go).
 */
export function* blockRuns(root: Node, options: BlockRunOptions = {}): Generator<BlockRun, void, undefined> {
  const walker = new BlockWalker(root, options);
  for (let run = walker.next(); run; run = walker.next()) yield run;
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
