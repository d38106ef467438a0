/**
 * Where the card goes: beside the sentence it is about, never over it
 * (docs/decisions/0019-compact-card-beside-the-sentence.md).
 *
 * The reference Floating UI places against is the box around the sentence's line boxes (and the
 * mention's), so the card sits below the sentence's last line or above its first, flipping at the
 * viewport's edges, and is then moved sideways to start under the mention. On a narrow window the
 * card is a sheet the width of the window along the edge farther from the sentence. Either way the
 * room left beside the sentence becomes `--caveat-available-height`, the most the card may grow to
 * before it scrolls inside itself.
 */
import {
  flip,
  hide,
  type Middleware,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/react-dom';

/** Gap between the sentence and the card, and the least distance kept from the viewport's edges. */
export const CARD_OFFSET_PX = 6;
export const VIEWPORT_PADDING_PX = 8;
/** Below this width the card is a sheet along the top or bottom edge. */
export const SHEET_BELOW_WIDTH_PX = 480;
/** The least height the card is given when neither side of the sentence has more room. */
const LEAST_HEIGHT_PX = 120;

/** What the card is placed beside. */
export interface SentenceAnchor {
  /** The mention's line box. */
  mention(): DOMRect;
  /** The sentence's line boxes (empty when unknown: the mention stands for its sentence). */
  lines(): DOMRect[];
}

/** The smallest box holding every rectangle (the first one when there is only one). */
export function unionOf(rects: readonly DOMRectReadOnly[]): DOMRect {
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const rect of rects) {
    left = Math.min(left, rect.left);
    top = Math.min(top, rect.top);
    right = Math.max(right, rect.right);
    bottom = Math.max(bottom, rect.bottom);
  }
  if (!Number.isFinite(left)) return new DOMRect(0, 0, 0, 0);
  return new DOMRect(left, top, right - left, bottom - top);
}

/** Floating UI's reference: the box around the sentence's lines, carrying the mention's line box. */
interface SentenceReference extends VirtualElement {
  mention(): DOMRect;
}

/** The reference for Floating UI: the box around the sentence's lines and the mention. */
export function sentenceReference(anchor: SentenceAnchor, contextElement: Element): SentenceReference {
  return {
    getBoundingClientRect: () => unionOf([anchor.mention(), ...anchor.lines()]),
    contextElement,
    mention: () => anchor.mention(),
  };
}

function setAvailableHeight(floating: HTMLElement, height: number): boolean {
  const value = `${Math.max(LEAST_HEIGHT_PX, Math.floor(height))}px`;
  if (floating.style.getPropertyValue('--caveat-available-height') === value) return false;
  floating.style.setProperty('--caveat-available-height', value);
  return true;
}

/**
 * Starts the card under (or over) the mention rather than at the sentence's left edge. The mention
 * is read from the current reference: Floating UI keeps the first of two middlewares whose code is
 * the same, so a middleware must not hold the card it was made for.
 */
const alignWithMention: Middleware = {
  name: 'alignWithMention',
  fn: ({ x, placement, elements }) => {
    const reference = elements.reference as Partial<SentenceReference>;
    if (!reference.mention || !(placement.startsWith('top') || placement.startsWith('bottom'))) return { x };
    return { x: reference.mention().left };
  },
};

/** Below the sentence, or above it when there is more room there; never over its lines. */
export function besideSentence(): Middleware[] {
  return [
    offset(CARD_OFFSET_PX),
    flip({ padding: VIEWPORT_PADDING_PX, crossAxis: false, fallbackPlacements: ['top-start'] }),
    alignWithMention,
    shift({ padding: VIEWPORT_PADDING_PX }),
    size({
      padding: VIEWPORT_PADDING_PX,
      apply({ availableHeight, elements }) {
        setAvailableHeight(elements.floating, availableHeight);
      },
    }),
    hide({ strategy: 'referenceHidden' }),
  ];
}

/**
 * On a narrow window: a sheet the window's width along the bottom edge, or the top edge when the
 * sentence sits where the sheet would be. It takes at most the room between the sentence and that
 * edge.
 */
export function sheetAwayFromSentence(): Middleware[] {
  const sheet: Middleware = {
    name: 'sheet',
    fn({ rects, elements, middlewareData }) {
      const view = elements.floating.ownerDocument.defaultView;
      const viewportHeight = view?.innerHeight ?? 0;
      const sentence = rects.reference;
      const below = viewportHeight - (sentence.y + sentence.height) - CARD_OFFSET_PX;
      const above = sentence.y - CARD_OFFSET_PX;
      const height = rects.floating.height;
      const atBottom = below >= height || (above < height && below >= above);
      const room = atBottom ? below : above;
      const resized = setAvailableHeight(elements.floating, room);
      // The height just set changes the card's own: measure once more before it is placed.
      if (resized && !middlewareData.sheet?.measured)
        return { data: { measured: true }, reset: { rects: true } };
      return {
        x: 0,
        y: atBottom ? viewportHeight - Math.min(height, Math.max(room, LEAST_HEIGHT_PX)) : 0,
        data: { edge: atBottom ? 'bottom' : 'top' },
      };
    },
  };
  return [sheet, hide({ strategy: 'referenceHidden' })];
}
