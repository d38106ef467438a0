/**
 * Chooses the card's theme for "auto": dark on a page whose own background is dark, whatever the
 * system setting says, so the card never glares on a dark news site (and the reverse).
 */

/** Relative luminance (0 black … 1 white) of an `rgb()`/`rgba()` colour, or null if transparent. */
export function luminanceOf(color: string): number | null {
  const parts = color.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) return null;
  if (parts.length >= 4 && (parts[3] as number) < 0.5) return null;
  const [r, g, b] = parts.map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `dark` when the page paints a dark background, otherwise the system preference. */
export function pageTheme(doc: Document): 'light' | 'dark' {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const luminance = luminanceOf(view.getComputedStyle(element).backgroundColor);
    if (luminance !== null) return luminance < 0.2 ? 'dark' : 'light';
  }
  return view.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
