/**
 * The context-menu item "Caveat: look up “…”" on selected text: it opens the search page with the
 * selection as the query (a popup cannot be opened from code in every browser). Runs in the
 * background.
 */
import { browser } from 'wxt/browser';

export const LOOK_UP_MENU_ID = 'caveat-look-up';
/** `%s` is replaced by the browser with the selected text. */
export const LOOK_UP_MENU_TITLE = 'Caveat: look up “%s”';
/** Longer selections are cut: a search query is a few words, not a page. */
export const MAX_QUERY_LENGTH = 200;

/** The search page's address for a selection (whitespace collapsed, cut to `MAX_QUERY_LENGTH`). */
export function searchPageUrl(selection: string): string {
  const query = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  return browser.runtime.getURL(`/search.html?q=${encodeURIComponent(query)}`);
}

/**
 * Adds the menu item and opens the search page when it is chosen. The item is created afresh on
 * every start (after removing any left from before, which Chrome keeps across restarts).
 * Returns the function that stops it.
 */
export function startSelectionLookup(): () => void {
  const menus = browser.contextMenus;
  void menus
    .removeAll()
    .then(() => menus.create({ id: LOOK_UP_MENU_ID, title: LOOK_UP_MENU_TITLE, contexts: ['selection'] }));
  const onClicked = (info: { menuItemId: string | number; selectionText?: string }) => {
    if (info.menuItemId !== LOOK_UP_MENU_ID || !info.selectionText) return;
    void browser.tabs.create({ url: searchPageUrl(info.selectionText) });
  };
  menus.onClicked.addListener(onClicked);
  return () => menus.onClicked.removeListener(onClicked);
}
