/**
 * Settings in extension storage: one item under `local:settings`, always read through
 * `migrateSettings` so a damaged value becomes the defaults plus a notice, never a crash.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, migrateSettings, SETTINGS_VERSION, type Settings } from '../lib/settings.ts';

/** The stored settings. Its value is untrusted: read it with `loadSettings`, not `getValue`. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored value could not be used as it was; show it to the user. */
  notice?: string;
}

/** Reads the settings. Never rejects because of the stored value. */
export async function loadSettings(): Promise<LoadedSettings> {
  return migrateSettings(await settingsItem.getValue());
}

/** Writes a whole settings object (after the user confirmed a reset, for example). */
export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

/** Updates from this page, one after another, so two quick changes cannot overwrite each other. */
let pendingUpdates: Promise<unknown> = Promise.resolve();

/**
 * Applies `update` to the current settings and stores the result; returns what was stored.
 * Nothing is written when `update` returns the same object. Updates made from one page run in order.
 */
export function updateSettings(update: (current: Settings) => Settings): Promise<Settings> {
  const run = pendingUpdates.then(async () => {
    const { settings, notice } = await loadSettings();
    const next = update(settings);
    // A damaged stored value is replaced by the first change, so its notice does not come back.
    if (next !== settings || notice !== undefined) await settingsItem.setValue(next);
    return next;
  });
  pendingUpdates = run.catch(() => undefined);
  return run;
}

/**
 * Calls `onChange` with the new settings (and a notice when the new value was damaged) whenever
 * they change in storage, from any page of the extension. Returns the function that stops listening.
 */
export function watchSettings(onChange: (settings: Settings, notice?: string) => void): () => void {
  return settingsItem.watch((value) => {
    const { settings, notice } = migrateSettings(value);
    onChange(settings, notice);
  });
}
