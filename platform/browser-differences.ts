/**
 * What differs between Chrome (the MV3 build) and Firefox (the MV2 build), in one place. Both builds
 * come from the same sources; every difference Caveat meets is either bridged here or listed here
 * with where it is handled, and each is walked through in both browsers by the end-to-end tests
 * (tests/e2e in Chromium, tests/e2e-firefox in Firefox).
 *
 * - Background. Chrome runs entrypoints/background.ts as a service worker, Firefox as a persistent
 *   background page; WXT writes the right manifest key per build (wxt.config.ts). Nothing relies on
 *   either lifetime: listeners are registered when the script starts, and state lives in storage.
 * - Toolbar button. MV3 has `action`, MV2 has `browserAction`, with the same badge calls:
 *   `toolbarAction()` below.
 * - Keyboard command. Chrome takes a manifest shortcut before the page sees it; Firefox lets the
 *   focused page see it first and runs the command only when the page did not take it. So the content
 *   script handles trusted Alt+Shift+K itself (and cancels it, so Firefox does not run the command
 *   too), and the command, reaching only the background, is forwarded to the tab it was pressed in:
 *   `commandTabId()` below. A reader changes the shortcut at chrome://extensions/shortcuts, or in
 *   Firefox under about:addons → Manage Extension Shortcuts.
 * - What is under the pointer. Chromium has `document.highlightsFromPoint`; Firefox (153) has not,
 *   and is served by `caretPositionFromPoint` plus the mention's own rectangles. That is a DOM
 *   capability, not an extension API, so it is decided in page/hit-test.ts by feature detection (page/
 *   may not import platform/).
 * - Storage. Chrome stores `storage.local` values as JSON, Firefox as structured clones (so `undefined`
 *   fields, Dates or Maps would come back differently). Settings are plain JSON data, checked on every
 *   read by migrateSettings (lib/settings/settings.ts), so both browsers store and return the same value.
 */
import { browser } from 'wxt/browser';

/** The badge calls Caveat makes, common to `action` and `browserAction`. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
}

/**
 * The toolbar button's API: `action` in MV3 (Chrome), `browserAction` in MV2 (Firefox); `undefined`
 * when neither exists (a manifest without a toolbar button).
 */
export function toolbarAction(api: object = browser): BadgeApi | undefined {
  const actions = api as { action?: BadgeApi; browserAction?: BadgeApi };
  return actions.action ?? actions.browserAction;
}

/**
 * The tab a keyboard command was pressed in. Both browsers pass it to `commands.onCommand` (Firefox
 * since 86); when one does not (a command pressed with no tab focused), the active tab of the
 * current window.
 */
export async function commandTabId(tab?: { id?: number }): Promise<number | undefined> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
