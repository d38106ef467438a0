/**
 * The icon sizes Caveat ships, rendered from public/icon/icon.svg by scripts/make-icons.ts: the
 * sizes the Chrome Web Store and addons.mozilla.org ask for (16, 32, 48, 96 and 128 px).
 */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** The toolbar button's sizes: 16 px at 1x, 32 and 48 px on high-density screens. */
export const ACTION_ICON_SIZES = [16, 32, 48] as const;

/** `{ "16": "icon/16.png", … }` for the given sizes, as the manifest names them. */
export function iconPaths(sizes: readonly number[]): Record<string, string> {
  return Object.fromEntries(sizes.map((size) => [String(size), `icon/${size}.png`]));
}
