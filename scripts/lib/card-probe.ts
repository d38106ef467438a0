/**
 * Where a page can see Caveat's card without reaching into its closed shadow root: the points
 * just below a mention's line, where the card opens, and just above it, where it opens when it
 * flips. `document.elementFromPoint` there returns the card's host while the card shows. The
 * benchmark and the Firefox tests time the card this way.
 */

/** The gap between a mention and its card (`CARD_OFFSET_PX` in entrypoints/card/card-view.tsx), plus a margin inside the card. */
export const CARD_PROBE_PX = 6 + 16;

/** The probe points for a mention's line: `x` inside the card, the line from `top` to `bottom`. */
export function cardProbes(line: { x: number; top: number; bottom: number }): { x: number; y: number }[] {
  return [
    { x: line.x, y: line.bottom + CARD_PROBE_PX },
    { x: line.x, y: line.top - CARD_PROBE_PX },
  ];
}
