import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { commandTabId, toolbarAction } from '../../../platform/browser-differences.ts';

describe('the toolbar button in each build', () => {
  const setBadgeText = () => undefined;

  it('uses `action` in the MV3 build (Chrome)', () => {
    const action = { setBadgeText };
    expect(toolbarAction({ action, browserAction: { setBadgeText } })).toBe(action);
  });

  it('uses `browserAction` in the MV2 build (Firefox), which has no `action`', () => {
    const browserAction = { setBadgeText };
    expect(toolbarAction({ browserAction })).toBe(browserAction);
  });

  it('has none when the browser offers neither', () => {
    expect(toolbarAction({})).toBeUndefined();
  });
});

describe('the tab a keyboard command was pressed in', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is the tab the browser passed with the command', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    expect(await commandTabId({ id: 42 })).toBe(42);
    expect(query).not.toHaveBeenCalled();
  });

  it('is the active tab of the current window when the browser passed none', async () => {
    // The fake browser keeps no windows, so the active tab is given here.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
    expect(await commandTabId(undefined)).toBe(7);
    expect(await commandTabId({})).toBe(7);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });
});
