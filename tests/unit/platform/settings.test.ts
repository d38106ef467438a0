import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_NOTICES, withSitePaused } from '../../../lib/settings.ts';
import {
  loadSettings,
  saveSettings,
  settingsItem,
  updateSettings,
  watchSettings,
} from '../../../platform/settings.ts';

describe('settings in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('stores under local:settings', async () => {
    await updateSettings((s) => withSitePaused(s, 'example.com'));
    const raw = await fakeBrowser.storage.local.get('settings');
    expect(raw.settings).toMatchObject({ version: 1, pausedSites: ['example.com'] });
  });

  it('loads the defaults with a notice when storage holds garbage', async () => {
    await fakeBrowser.storage.local.set({ settings: 'not settings' });
    const { settings, notice } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).toBe(SETTINGS_NOTICES.corrupt);
  });

  it('applies an update to the stored value and returns it', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    const next = await updateSettings((s) => ({ ...s, hoverDelayMs: 700 }));
    expect(next).toMatchObject({ theme: 'dark', hoverDelayMs: 700 });
    expect((await loadSettings()).settings).toMatchObject({ theme: 'dark', hoverDelayMs: 700 });
  });

  it('replaces a damaged value on the first change, so its notice does not return', async () => {
    await fakeBrowser.storage.local.set({ settings: 42 });
    await updateSettings((s) => s);
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('does not write when an update changes nothing', async () => {
    const setValue = vi.spyOn(settingsItem, 'setValue');
    await updateSettings((s) => s);
    expect(setValue).not.toHaveBeenCalled();
  });

  it('tells watchers about changes until they stop watching', async () => {
    const seen: string[] = [];
    const stop = watchSettings((settings) => seen.push(settings.theme));
    await updateSettings((s) => ({ ...s, theme: 'dark' }));
    await vi.waitFor(() => expect(seen).toEqual(['dark']));
    stop();
    await updateSettings((s) => ({ ...s, theme: 'light' }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual(['dark']);
  });

  it('hands watchers valid settings and a notice when a damaged value is written', async () => {
    const calls: unknown[] = [];
    watchSettings((settings, notice) => calls.push({ theme: settings.theme, notice }));
    await fakeBrowser.storage.local.set({ settings: { version: 1, theme: 'neon' } });
    await vi.waitFor(() =>
      expect(calls).toEqual([{ theme: 'auto', notice: SETTINGS_NOTICES.partlyCorrupt }]),
    );
  });
});

describe('concurrent updates', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps both of two changes made at once', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, theme: 'dark' })),
      updateSettings((s) => ({ ...s, firstMentionOnly: true })),
    ]);
    expect((await loadSettings()).settings).toMatchObject({ theme: 'dark', firstMentionOnly: true });
  });

  it('keeps going after an update fails', async () => {
    await expect(
      updateSettings(() => {
        throw new Error('bad update');
      }),
    ).rejects.toThrow('bad update');
    await updateSettings((s) => ({ ...s, theme: 'light' }));
    expect((await loadSettings()).settings.theme).toBe('light');
  });
});
