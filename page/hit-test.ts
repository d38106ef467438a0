/**
 * Which mention is under a point. Uses `document.highlightsFromPoint` where the browser has it and
 * otherwise the caret position under the point, checked against the mention's own rectangles (the
 * caret snaps to the nearest character even beside the text).
 */
import { type BlockRun, BlockWalker, locateInRun } from './block-runs';
import type { Mention } from './scanner';

type HighlightHit = { highlight: Highlight; ranges: AbstractRange[] };
type DocumentWithHitTests = Document & {
  highlightsFromPoint?: (x: number, y: number) => HighlightHit[];
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** A live Range covering the same text as `range` (StaticRanges have no geometry). */
export function toLiveRange(range: AbstractRange, doc: Document): Range {
  const LiveRange = doc.defaultView?.Range;
  if (LiveRange && range instanceof LiveRange) return range;
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

function caretAt(doc: DocumentWithHitTests, x: number, y: number): { node: Node; offset: number } | null {
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function pointInRects(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

export interface HitTestSource {
  /** The mention painted with this range, if it is one of ours. */
  byRange(range: AbstractRange): Mention | undefined;
  /** Mentions in the block that holds this node (fallback path). */
  near(node: Node): readonly Mention[];
}

/** The mention under the viewport point (x, y), or null. */
export function mentionAtPoint(doc: Document, x: number, y: number, source: HitTestSource): Mention | null {
  const hitDoc = doc as DocumentWithHitTests;
  if (typeof hitDoc.highlightsFromPoint === 'function') {
    for (const hit of hitDoc.highlightsFromPoint(x, y)) {
      for (const range of hit.ranges) {
        const mention = source.byRange(range);
        if (mention) return mention;
      }
    }
    return null;
  }
  const caret = caretAt(hitDoc, x, y);
  if (!caret) return null;
  for (const mention of source.near(caret.node)) {
    if (pointInRects(toLiveRange(mention.range, doc), x, y)) return mention;
  }
  return null;
}

/** The rectangle of the line of `mention` nearest to the point, for positioning its card. */
export function mentionRect(mention: Mention, doc: Document, near?: { x: number; y: number }): DOMRect {
  const live = toLiveRange(mention.range, doc);
  const rects = [...live.getClientRects()];
  if (rects.length === 0) return live.getBoundingClientRect();
  if (!near) return rects[0] as DOMRect;
  let best = rects[0] as DOMRect;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const rect of rects) {
    const dx = Math.max(rect.left - near.x, 0, near.x - rect.right);
    const dy = Math.max(rect.top - near.y, 0, near.y - rect.bottom);
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      best = rect;
      bestDistance = distance;
    }
  }
  return best;
}

/** The run of `mention.block` that the mention was found in, read again; null if the page changed it. */
function runOf(mention: Mention, skip: (element: Element) => boolean): BlockRun | null {
  const start = mention.range.startContainer;
  const walker = new BlockWalker(mention.block, { skip });
  for (let run = walker.next(); run; run = walker.next()) {
    if (run.nodes.includes(start as Text)) return run.text === mention.blockText ? run : null;
  }
  return null;
}

/**
 * For a mention's card: the line boxes of a stretch of the mention's block text (its sentence).
 * The block is read again once, on the first call, and the stretch kept as a live Range, so asking
 * again on every scroll frame costs only `getClientRects()`.
 */
export function textLines(
  mention: Mention,
  doc: Document,
  skip: (element: Element) => boolean,
): (start: number, end: number) => DOMRect[] {
  let kept: { start: number; end: number; range: Range | null } | null = null;
  return (start, end) => {
    if (kept?.start !== start || kept.end !== end) {
      const run = mention.block.isConnected ? runOf(mention, skip) : null;
      let range: Range | null = null;
      if (run && start < end) {
        const from = locateInRun(run, start, false);
        const to = locateInRun(run, end, true);
        range = doc.createRange();
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
      }
      kept = { start, end, range };
    }
    if (!kept.range?.startContainer.isConnected) return [];
    return [...kept.range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  };
}
