import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { holdsReaderTopics, openPageStorage, sameValue } from '../../../platform/page-storage.ts';

describe('what every page reads of storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads the settings, custom topics and packs’ matching part with one call', async () => {
    await fakeBrowser.storage.local.set({
      settings: { version: 1, theme: 'dark' },
      packMatching: { version: 1 },
    });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const stored = openPageStorage(new AbortController().signal);
    expect(await stored.ready).toEqual({
      settings: { version: 1, theme: 'dark' },
      customTopics: null,
      packMatching: { version: 1 },
    });
    expect(get).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledWith(['settings', 'customTopics', 'packMatching']);
  });

  it('follows the keys with one listener, names the keys that changed, and stops with its signal', async () => {
    const addListener = vi.spyOn(fakeBrowser.storage.local.onChanged, 'addListener');
    const controller = new AbortController();
    const stored = openPageStorage(controller.signal);
    await stored.ready;
    expect(addListener).toHaveBeenCalledTimes(1);
    const heard = vi.fn();
    stored.subscribe(heard);
    await fakeBrowser.storage.local.set({
      settings: { version: 1 },
      customTopics: { version: 1, topics: [] },
    });
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    expect(heard.mock.calls[0]?.[0]).toMatchObject({ settings: { version: 1 } });
    expect([...(heard.mock.calls[0]?.[1] ?? [])].sort()).toEqual(['customTopics', 'settings']);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await fakeBrowser.storage.local.remove('customTopics');
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(2));
    expect(heard.mock.calls[1]?.[0].customTopics).toBeNull();
    controller.abort();
    await fakeBrowser.storage.local.set({ settings: { version: 1, theme: 'dark' } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('does not report a value written again unchanged', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, pausedSites: ['a.example'] } });
    const stored = openPageStorage(new AbortController().signal);
    await stored.ready;
    const heard = vi.fn();
    stored.subscribe(heard);
    // The fake reports every write, as Firefox may; the item it replaces did not report these.
    await fakeBrowser.storage.local.set({ settings: { version: 1, pausedSites: ['a.example'] } });
    await fakeBrowser.storage.local.set({ settings: { version: 1, pausedSites: ['b.example'] } });
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    expect(heard.mock.calls[0]?.[0].settings).toEqual({ version: 1, pausedSites: ['b.example'] });
  });

  it('keeps a change heard while the first read was under way over what the read returned', async () => {
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockReturnValue(
      new Promise((resolve) => {
        answer = resolve;
      }) as never,
    );
    const stored = openPageStorage(new AbortController().signal);
    await fakeBrowser.storage.local.set({ settings: { version: 1, theme: 'dark' } });
    answer({ settings: { version: 1, theme: 'light' }, customTopics: { version: 1, topics: [] } });
    expect(await stored.ready).toEqual({
      settings: { version: 1, theme: 'dark' },
      customTopics: { version: 1, topics: [] },
      packMatching: null,
    });
  });

  it('compares stored values by their content', () => {
    expect(sameValue({ a: [1, { b: 'c' }] }, { a: [1, { b: 'c' }] })).toBe(true);
    expect(sameValue({ a: [1, { b: 'c' }] }, { a: [1, { b: 'd' }] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue(null, {})).toBe(false);
  });
});

describe('holdsReaderTopics', () => {
  const values = (customTopics: unknown, packMatching: unknown) => ({
    settings: null,
    customTopics,
    packMatching,
  });

  it('is false when neither key holds a topic', () => {
    expect(holdsReaderTopics(values(null, null))).toBe(false);
    expect(holdsReaderTopics(values({ version: 1, topics: [] }, { version: 1, topics: [] }))).toBe(false);
  });

  it('is true when either key holds a topic, or a value it cannot read', () => {
    expect(holdsReaderTopics(values({ version: 1, topics: [{ id: 'x' }] }, null))).toBe(true);
    expect(holdsReaderTopics(values(null, { version: 1, topics: [{ id: 'y' }] }))).toBe(true);
    expect(holdsReaderTopics(values('garbage', null))).toBe(true);
    expect(holdsReaderTopics(values(null, { version: 2 }))).toBe(true);
  });
});
