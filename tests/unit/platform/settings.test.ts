import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  SETTINGS_NOTICES,
  SETTINGS_READ_ONLY_ERROR,
} from '../../../lib/settings/settings.ts';
import { MESSAGES } from '../../../platform/messages.ts';
import {
  changeSettings,
  loadSettings,
  settingsItem,
  startSettingsWriter,
  watchSettings,
  writeSettingsChange,
} from '../../../platform/settings.ts';

const stored = async (): Promise<unknown> => (await fakeBrowser.storage.local.get('settings')).settings;

describe('settings in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('stores under local:settings', async () => {
    await writeSettingsChange({ type: 'site-paused', host: 'example.com' });
    expect(await stored()).toMatchObject({ version: 1, pausedSites: ['example.com'] });
  });

  it('loads the defaults with a notice when storage holds garbage', async () => {
    await fakeBrowser.storage.local.set({ settings: 'not settings' });
    const { settings, notice } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).toBe(SETTINGS_NOTICES.corrupt);
  });

  it('applies a change to the stored value and returns it', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    const next = await writeSettingsChange({ type: 'hover-delay', ms: 700 });
    expect(next).toMatchObject({ theme: 'dark', hoverDelayMs: 700 });
    expect((await loadSettings()).settings).toMatchObject({ theme: 'dark', hoverDelayMs: 700 });
  });

  it('replaces a damaged value on repair, so its notice does not return', async () => {
    await fakeBrowser.storage.local.set({ settings: 42 });
    await writeSettingsChange({ type: 'repair' });
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('does not write when a change changes nothing', async () => {
    const setValue = vi.spyOn(settingsItem, 'setValue');
    await writeSettingsChange({ type: 'repair' });
    await writeSettingsChange({ type: 'site-resumed', host: 'example.com' });
    expect(setValue).not.toHaveBeenCalled();
  });

  it('tells watchers about changes until they stop watching', async () => {
    const seen: string[] = [];
    const stop = watchSettings((settings) => seen.push(settings.theme));
    await writeSettingsChange({ type: 'appearance', patch: { theme: 'dark' } });
    await vi.waitFor(() => expect(seen).toEqual(['dark']));
    stop();
    await writeSettingsChange({ type: 'appearance', patch: { theme: 'light' } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual(['dark']);
  });

  it('hands watchers valid settings and a notice when a damaged value is written', async () => {
    const calls: unknown[] = [];
    watchSettings((settings, read) => calls.push({ theme: settings.theme, notice: read.notice }));
    await fakeBrowser.storage.local.set({ settings: { version: 1, theme: 'neon' } });
    await vi.waitFor(() =>
      expect(calls).toEqual([{ theme: 'auto', notice: SETTINGS_NOTICES.partlyCorrupt }]),
    );
  });
});

describe('settings written by a newer version of Caveat', () => {
  const newer = {
    version: 2,
    theme: 'dark',
    pausedSites: ['paused.example'],
    notRelevant: [],
    futureField: { kept: true },
  };

  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: newer });
  });

  it('are read as far as this version can, read-only', async () => {
    const loaded = await loadSettings();
    expect(loaded.readOnly).toBe(true);
    expect(loaded.notice).toBe(SETTINGS_NOTICES.newerVersion);
    expect(loaded.settings).toMatchObject({ theme: 'dark', pausedSites: ['paused.example'] });
  });

  it('are never written over, whatever the change', async () => {
    for (const change of [
      { type: 'not-relevant', host: 'a.org', topicId: 'nvidia' },
      { type: 'repair' },
      { type: 'site-resumed', host: 'paused.example' },
    ] as const) {
      await expect(writeSettingsChange(change)).rejects.toThrow(SETTINGS_READ_ONLY_ERROR);
    }
    expect(await stored()).toEqual(newer);
  });
});

describe('the one writer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps every one of many changes sent at once', async () => {
    startSettingsWriter();
    await Promise.all([
      changeSettings({ type: 'appearance', patch: { theme: 'dark' } }),
      changeSettings({ type: 'appearance', patch: { firstMentionOnly: true } }),
      changeSettings({ type: 'site-paused', host: 'a.org' }),
      changeSettings({ type: 'not-relevant', host: 'b.org', topicId: 'nvidia' }),
      changeSettings({ type: 'topic-enabled', topicId: 'deepseek', enabled: false }),
    ]);
    expect((await loadSettings()).settings).toMatchObject({
      theme: 'dark',
      firstMentionOnly: true,
      pausedSites: ['a.org'],
      notRelevant: [{ site: 'b.org', topicId: 'nvidia' }],
      enabledTopics: { deepseek: false },
    });
  });

  it('keeps going after a change is refused', async () => {
    startSettingsWriter();
    await fakeBrowser.storage.local.set({ settings: { version: 9 } });
    await expect(changeSettings({ type: 'site-paused', host: 'a.org' })).rejects.toThrow(
      SETTINGS_READ_ONLY_ERROR,
    );
    await fakeBrowser.storage.local.set({ settings: { version: 1 } });
    await changeSettings({ type: 'appearance', patch: { theme: 'light' } });
    expect((await loadSettings()).settings.theme).toBe('light');
  });

  it('refuses a malformed change, and a page asking for more than "Not relevant here" on its site', async () => {
    startSettingsWriter();
    // Call the registered listener the way the browser would, with a content script as sender.
    const send = (payload: unknown, url: string) =>
      new Promise((resolve) => {
        fakeBrowser.runtime.onMessage.trigger(
          { type: MESSAGES.changeSettings, payload },
          { url, tab: { id: 1 } } as never,
          resolve,
        );
      });
    expect(
      await send({ change: { type: 'wipe' } }, 'chrome-extension://test-extension-id/popup.html'),
    ).toEqual({
      ok: false,
      error: 'Not a settings change.',
    });
    expect(
      await send({ change: { type: 'site-paused', host: 'a.org' } }, 'https://a.org/story'),
    ).toMatchObject({
      ok: false,
    });
    expect(
      await send(
        { change: { type: 'not-relevant', host: 'b.org', topicId: 'nvidia' } },
        'https://a.org/story',
      ),
    ).toMatchObject({ ok: false });
    expect(
      await send(
        { change: { type: 'not-relevant', host: 'a.org', topicId: 'nvidia' } },
        'https://www.a.org/story',
      ),
    ).toMatchObject({ ok: true });
    expect(
      await send(
        { change: { type: 'site-paused', host: 'a.org' } },
        'chrome-extension://test-extension-id/popup.html',
      ),
    ).toMatchObject({ ok: true });
    expect((await loadSettings()).settings).toMatchObject({
      pausedSites: ['a.org'],
      notRelevant: [{ site: 'a.org', topicId: 'nvidia' }],
    });
  });
});
