/**
 * Settings in extension storage: one item under `local:settings`, always read through
 * `migrateSettings` so a damaged value becomes the defaults plus a notice, never a crash.
 *
 * One writer: only the background writes the item, one change after another
 * (docs/decisions/0008-the-background-writes-settings.md). The popup, the options page and the
 * content script describe a change as data and send it with `changeSettings`; two changes made at
 * once from different pages are both kept, and a value written by a newer version of Caveat is never
 * written over.
 */

import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  applySettingsChange,
  changeAllowedFromPage,
  DEFAULT_SETTINGS,
  type MigratedSettings,
  migrateSettings,
  normalizeHost,
  SETTINGS_READ_ONLY_ERROR,
  SETTINGS_VERSION,
  type Settings,
  type SettingsChange,
  settingsChangeSchema,
} from '../lib/settings/index.ts';
import { MESSAGES, onMessage, sendToBackground } from './messages.ts';

/** The stored settings. Its value is untrusted: read it with `loadSettings`, not `getValue`. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

export type LoadedSettings = MigratedSettings;

/** Reads the settings. Never rejects because of the stored value. */
export async function loadSettings(): Promise<LoadedSettings> {
  return migrateSettings(await settingsItem.getValue());
}

/**
 * Asks the background to apply `change` to the stored settings; resolves with what was stored.
 * Rejects when the stored settings belong to a newer version of Caveat (`SETTINGS_READ_ONLY_ERROR`)
 * or the background cannot be reached.
 */
export function changeSettings(change: SettingsChange): Promise<Settings> {
  return sendToBackground(MESSAGES.changeSettings, { change });
}

// ---------------------------------------------------------------------------------------------
// The writer, run by the background only.

/** Changes waiting for the one before them to be stored. */
let pendingWrites: Promise<unknown> = Promise.resolve();

/**
 * Applies `change` to the stored settings and stores the result, after every change asked for
 * before it; resolves with what is stored. Nothing is written when the change changes nothing
 * (unless the stored value was damaged, which the first change replaces). A value written by a
 * newer version is never written: the change is refused.
 */
export function writeSettingsChange(change: SettingsChange): Promise<Settings> {
  const run = pendingWrites.then(async () => {
    const { settings, notice, readOnly } = await loadSettings();
    if (readOnly) throw new Error(SETTINGS_READ_ONLY_ERROR);
    const next = applySettingsChange(settings, change);
    if (next !== settings || notice !== undefined) await settingsItem.setValue(next);
    return next;
  });
  pendingWrites = run.catch(() => undefined);
  return run;
}

/**
 * Makes this context the settings writer: answers `changeSettings` from every page. A content
 * script may only dismiss a topic on its own site; anything else must come from an extension page.
 * Returns the function that stops answering.
 */
export function startSettingsWriter(): () => void {
  const extensionOrigin = browser.runtime.getURL('/');
  return onMessage(MESSAGES.changeSettings, async (payload, sender) => {
    const parsed = settingsChangeSchema().safeParse(payload?.change);
    if (!parsed.success) throw new Error('Not a settings change.');
    const senderUrl = sender.url;
    if (senderUrl !== undefined && !senderUrl.startsWith(extensionOrigin)) {
      let pageHost = '';
      try {
        pageHost = normalizeHost(new URL(senderUrl).hostname);
      } catch {
        // An unreadable sender URL is no page's host.
      }
      if (!changeAllowedFromPage(parsed.data, pageHost)) {
        throw new Error('A page may only dismiss a topic on its own site.');
      }
    }
    return writeSettingsChange(parsed.data);
  });
}

/**
 * Calls `onChange` with the new settings whenever they change in storage, from any page of the
 * extension, with what `migrateSettings` made of the new value. Returns the function that stops
 * listening.
 */
export function watchSettings(onChange: (settings: Settings, read: MigratedSettings) => void): () => void {
  return settingsItem.watch((value) => {
    const read = migrateSettings(value);
    onChange(read.settings, read);
  });
}
