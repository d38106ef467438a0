/**
 * Builds the content script every page loads, and mentions.js, its second stage, against the
 * browser's own extension API instead of webextension-polyfill
 * (docs/decisions/0022-the-floor-of-every-page.md, 0030-the-matcher-loads-on-a-name.md).
 *
 * `@wxt-dev/webextension-polyfill` points `wxt/browser` at the polyfill in every build. The polyfill
 * is about 1,000 lines evaluated on every page before Caveat's first line runs, for a content script
 * that needs none of it: in Firefox it hands back the browser's own `browser`, and in Chromium
 * (Manifest V3) every call the content script makes (`storage.local.get`, `runtime.sendMessage`,
 * `runtime.getURL`, `runtime.onMessage` with `sendResponse`) already returns a promise or works as
 * it does with the polyfill. So, in the builds of the content script and of mentions.js only,
 * `wxt/browser` is WXT's own `@wxt-dev/browser` (`globalThis.browser` where it exists, else
 * `chrome`). The extension's pages, the background and card.js keep the polyfill.
 */
import type { Plugin } from 'vite';

const POLYFILL = '@wxt-dev/webextension-polyfill/browser';
const NATIVE = '@wxt-dev/browser';

export function nativeBrowserInContentScript(): Plugin {
  let contentScript = false;
  return {
    name: 'caveat-native-browser-in-content-script',
    enforce: 'pre',
    configResolved(config) {
      const entry = config.build.lib ? config.build.lib.entry : undefined;
      const name = JSON.stringify(entry ?? '');
      contentScript =
        name.includes('content-script-isolated-world') || name.includes('/entrypoints/mentions/');
    },
    async resolveId(id, importer) {
      if (!contentScript || (id !== POLYFILL && id !== 'wxt/browser')) return null;
      return this.resolve(NATIVE, importer, { skipSelf: true });
    },
  };
}
