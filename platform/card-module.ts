/**
 * The card's code — React, Floating UI, the claims and the ranker — lives in its own file,
 * `card.js`, loaded into the content script's own world on first need (the pointer starting to
 * rest on a mention, or the keyboard command). A page with no mention never loads it
 * (docs/decisions/0016-lean-first-stage.md).
 *
 * `card.js` is a web-accessible resource with `use_dynamic_url`: Chromium serves it only at an
 * address that changes every session, so a page cannot probe for Caveat by fetching it. Once
 * evaluated, it registers what it exports on the content script's global object, which the page's
 * scripts cannot see (each extension's content scripts have a world of their own).
 */
/**
 * The browser's own `chrome` namespace (Firefox has it beside `browser`). `loadCardModule` names it
 * as a global on purpose: addons.mozilla.org's linter accepts a dynamic import only of
 * `chrome.runtime.getURL(…)` or `browser.runtime.getURL(…)` written out, and the `browser` imported
 * from wxt/browser is renamed by the minifier, which leaves a global as it is.
 */
declare const chrome: { runtime: { getURL(path: string): string } };

/** The path of the card's file in the extension (entrypoints/card/index.ts). */
export const CARD_MODULE_PATH = '/card.js';
const REGISTRY_KEY = '__caveatCardModule';

type Registry = Record<typeof REGISTRY_KEY, unknown>;

/** Called by `card.js` when it is evaluated: makes `module` what `loadCardModule` resolves with. */
export function registerCardModule(module: unknown): void {
  (globalThis as unknown as Registry)[REGISTRY_KEY] = module;
}

/**
 * Loads `card.js` and resolves with what it registered. The browser evaluates a module once per
 * address, so a second call costs no second evaluation; a failed load rejects, and the next call
 * tries again.
 */
export async function loadCardModule<T>(): Promise<T> {
  await import(/* @vite-ignore */ chrome.runtime.getURL(CARD_MODULE_PATH));
  const module = (globalThis as unknown as Registry)[REGISTRY_KEY];
  if (module === undefined) throw new Error(`${CARD_MODULE_PATH} registered nothing`);
  return module as T;
}
