/**
 * The content script's later stages, each a file of its own, loaded into the content script's own
 * world on first need:
 *
 * - `mentions.js` — the matcher, the look-alike gates, the page session and the highlights, loaded
 *   when the page's text first shows a name (docs/decisions/0030-the-matcher-loads-on-a-name.md);
 * - `card.js` — the card's code (React, Floating UI, the claims and the ranker), loaded when the
 *   pointer starts to rest on a mention, or on the keyboard command
 *   (docs/decisions/0016-lean-first-stage.md).
 *
 * A page that mentions nothing loads neither. Both are web-accessible resources with
 * `use_dynamic_url`: Chromium serves them only at an address that changes every session, so a page
 * cannot probe for Caveat by fetching them. Once evaluated, a file registers what it exports on the
 * content script's global object, which the page's scripts cannot see (each extension's content
 * scripts have a world of their own).
 */
/**
 * The browser's own `chrome` namespace (Firefox has it beside `browser`). `loadModuleFile` names it
 * as a global on purpose: addons.mozilla.org's linter accepts a dynamic import only of
 * `chrome.runtime.getURL(…)` or `browser.runtime.getURL(…)` written out, and the `browser` imported
 * from wxt/browser is renamed by the minifier, which leaves a global as it is.
 */
declare const chrome: { runtime: { getURL(path: string): string } };

/** A file of the extension that registers a module when evaluated. */
export interface ModuleFile {
  /** Its path in the extension. */
  readonly path: string;
  /** The key it registers under on the content script's global object. */
  readonly key: string;
}

/** The card's file (entrypoints/card/index.ts). */
export const CARD_FILE: ModuleFile = { path: '/card.js', key: '__caveatCardModule' };
/** The finding of mentions (entrypoints/mentions/index.ts). */
export const MENTIONS_FILE: ModuleFile = { path: '/mentions.js', key: '__caveatMentionsModule' };

/** The paths a manifest lists as web-accessible: every module file. */
export const MODULE_FILE_PATHS = [CARD_FILE.path, MENTIONS_FILE.path].map((path) => path.slice(1));

/** Called by a module file when it is evaluated: makes `module` what `loadModuleFile` resolves with. */
export function registerModule(file: ModuleFile, module: unknown): void {
  (globalThis as unknown as Record<string, unknown>)[file.key] = module;
}

/**
 * Loads `file` and resolves with what it registered. The browser evaluates a module once per
 * address, so a second call costs no second evaluation; a failed load rejects, and the next call
 * tries again.
 */
export async function loadModuleFile<T>(file: ModuleFile): Promise<T> {
  await import(/* @vite-ignore */ chrome.runtime.getURL(file.path));
  const module = (globalThis as unknown as Record<string, unknown>)[file.key];
  if (module === undefined) throw new Error(`${file.path} registered nothing`);
  return module as T;
}
