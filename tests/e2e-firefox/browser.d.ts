// Code passed to `page.evaluate()` on an extension page runs where Firefox's own promise-based
// `browser` exists (the same API the webextension-polyfill gives Chrome).
import type Browser from 'webextension-polyfill';

declare global {
  const browser: Browser.Browser;
}
