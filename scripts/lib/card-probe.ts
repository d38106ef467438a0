/**
 * Where a page can see Caveat's card without reaching into its closed shadow root. The card opens
 * below or above the sentence around the mention (docs/decisions/0019-compact-card-beside-the-sentence.md)
 * and starts under the mention, so it crosses the vertical line through the mention's start: a
 * column of points on that line, from the top of the window to the bottom, finds it wherever the
 * sentence ends. `document.elementFromPoint` there returns the card's host while the card shows.
 * The benchmark and the Firefox tests time the card this way.
 */

/** The distance between two probe points: less than the height of the smallest card. */
export const CARD_PROBE_STEP_PX = 24;

/**
 * The probe points for a mention: `x` a little inside its start, `viewportHeight` the window's
 * height. Points on the mention's own line (`top` to `bottom`) are left out: the mention is there.
 */
export function cardProbes(line: {
  x: number;
  top: number;
  bottom: number;
  viewportHeight: number;
}): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  for (let y = CARD_PROBE_STEP_PX / 2; y < line.viewportHeight; y += CARD_PROBE_STEP_PX) {
    if (y >= line.top && y <= line.bottom) continue;
    points.push({ x: line.x, y });
  }
  return points;
}
