/**
 * Where the open card sits against the text it explains. The sentence is found the way a reader
 * reads it — the mention's paragraph, split into sentences by the browser's own `Intl.Segmenter` —
 * independently of how Caveat finds it. Page-side functions are self-contained (they are sent to
 * the page as source text) and serve the Chromium and the Firefox tests alike.
 */

import { expect } from 'vitest';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MentionLines {
  /** The line boxes of the highlighted mention. */
  mention: Box[];
  /** The line boxes of the sentence around it. */
  sentence: Box[];
  /** The sentence's text, for messages. */
  text: string;
  viewport: { width: number; height: number };
}

/**
 * Runs in the page: the line boxes of the `nth` highlighted mention whose text is `text`, and of
 * its sentence. With `scrollTo`, first scrolls the mention's paragraph to that place in the window.
 */
export function mentionLines(arg: {
  text: string;
  nth: number;
  scrollTo?: 'start' | 'center' | 'end';
}): MentionLines | null {
  const ranges: Range[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('caveat-') || name === 'caveat-active') continue;
    for (const abstract of highlight) {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      if (range.toString() === arg.text) ranges.push(range);
    }
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const mention = ranges[arg.nth];
  if (!mention) return null;
  const block = mention.startContainer.parentElement?.closest(
    'p, li, h1, h2, h3, h4, blockquote, figcaption, td',
  );
  if (!block) return null;
  if (arg.scrollTo) block.scrollIntoView({ block: arg.scrollTo });

  // The mention's offset in the paragraph's text, then the sentence that holds it.
  const before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(mention.startContainer, mention.startOffset);
  const at = before.toString().length;
  const text = block.textContent ?? '';
  let start = 0;
  let end = text.length;
  for (const { index, segment } of new Intl.Segmenter(undefined, { granularity: 'sentence' }).segment(text)) {
    if (index <= at && at < index + segment.length) {
      start = index;
      end = index + segment.trimEnd().length;
      break;
    }
  }
  // Back from text offsets to (node, offset) pairs.
  const sentence = document.createRange();
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (seen <= start && start <= seen + length) sentence.setStart(node, start - seen);
    if (seen <= end && end <= seen + length) {
      sentence.setEnd(node, end - seen);
      break;
    }
    seen += length;
  }
  const boxes = (range: Range) =>
    [...range.getClientRects()]
      .filter((rect) => rect.width > 0 && rect.height > 0)
      .map((rect) => ({ x: rect.x, y: rect.y, width: rect.width, height: rect.height }));
  return {
    mention: boxes(mention),
    sentence: boxes(sentence),
    text: sentence.toString(),
    viewport: { width: window.innerWidth, height: window.innerHeight },
  };
}

/** Runs in the page, given the card's shadow root: how far the open card can scroll inside itself. */
export function cardScroll(root: ShadowRoot | null): { scrollHeight: number; clientHeight: number } | null {
  const card = root?.querySelector<HTMLElement>('.caveat-card');
  if (!card) return null;
  return { scrollHeight: card.scrollHeight, clientHeight: card.clientHeight };
}

/** Whether two boxes share any area (touching edges do not count). */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The lines of `lines` that `box` covers, for a message that says which. */
export function coveredLines(box: Box, lines: MentionLines): Box[] {
  return [...lines.mention, ...lines.sentence].filter((line) => intersects(box, line));
}

/**
 * Asserts that the open card's box covers neither the mention's line nor its sentence's lines and
 * lies inside the window; `what` names the case in a failure.
 */
export function expectBeside(card: { box: Box }, lines: MentionLines, what: string): void {
  expect(lines.sentence.length, `${what}: the sentence has line boxes`).toBeGreaterThan(0);
  expect(coveredLines(card.box, lines), `${what}: the card covers a line of "${lines.text}"`).toEqual([]);
  expect(card.box.y, `${what}: card top inside the window`).toBeGreaterThanOrEqual(0);
  expect(card.box.y + card.box.height, `${what}: card bottom inside the window`).toBeLessThanOrEqual(
    lines.viewport.height,
  );
}
