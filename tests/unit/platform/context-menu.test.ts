import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  LOOK_UP_MENU_ID,
  LOOK_UP_MENU_TITLE,
  MAX_QUERY_LENGTH,
  searchPageUrl,
  startSelectionLookup,
} from '../../../platform/context-menu.ts';

type ClickListener = (info: { menuItemId: string | number; selectionText?: string }) => void;

/** The fake browser does not implement `contextMenus`; capture what the code asks of it. */
function fakeMenus() {
  let listener: ClickListener = () => {};
  const menus = fakeBrowser.contextMenus as unknown as Record<string, unknown>;
  const create = vi.fn();
  const removeAll = vi.fn().mockResolvedValue(undefined);
  menus.create = create;
  menus.removeAll = removeAll;
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(((l: ClickListener) => {
    listener = l;
  }) as never);
  return { create, removeAll, click: (info: Parameters<ClickListener>[0]) => listener(info) };
}

describe('look up a selection', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('adds “Caveat: look up “…”” for selected text, after clearing any item left from before', async () => {
    const { create, removeAll } = fakeMenus();
    startSelectionLookup();
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(removeAll).toHaveBeenCalledBefore(create);
    expect(create).toHaveBeenCalledWith({
      id: LOOK_UP_MENU_ID,
      title: LOOK_UP_MENU_TITLE,
      contexts: ['selection'],
    });
    expect(LOOK_UP_MENU_TITLE).toBe('Caveat: look up “%s”');
  });

  it('opens the search page with the selection as the query', async () => {
    const { click } = fakeMenus();
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    startSelectionLookup();
    click({ menuItemId: LOOK_UP_MENU_ID, selectionText: '  Nvidia   H20 & China ' });
    expect(create).toHaveBeenCalledWith({ url: searchPageUrl('Nvidia H20 & China') });
    expect(searchPageUrl('Nvidia H20 & China')).toMatch(/\/search\.html\?q=Nvidia%20H20%20%26%20China$/);
  });

  it('ignores other menu items and cuts a long selection', () => {
    const { click } = fakeMenus();
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    startSelectionLookup();
    click({ menuItemId: 'other', selectionText: 'Nvidia' });
    expect(create).not.toHaveBeenCalled();
    const query = new URL(searchPageUrl('x'.repeat(500))).searchParams.get('q');
    expect(query).toHaveLength(MAX_QUERY_LENGTH);
  });
});
