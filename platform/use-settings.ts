/**
 * React glue for the extension pages: the stored settings as state, kept live across pages, with a
 * save status for the "Saved" indicator.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings.ts';
import { loadSettings, saveSettings, updateSettings, watchSettings } from './settings.ts';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'error'; reason: string };

/** How long "Saved" stays on screen after the last change. */
const SAVED_VISIBLE_MS = 2_000;

export interface SettingsStore {
  /** `null` until the first read from storage finishes. */
  settings: Settings | null;
  /** Why the stored value could not be used as it was (shown once, until dismissed or replaced). */
  notice: string | undefined;
  saveState: SaveState;
  /** Applies an immutable update and stores it; the state follows from storage. */
  update: (change: (current: Settings) => Settings) => void;
  /** Stores the settings as shown, replacing the damaged value, and hides the notice. */
  dismissNotice: () => void;
}

/** The settings as React state, loaded from storage and updated live from any page. */
export function useSettings(): SettingsStore {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const savedTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const stop = watchSettings((next, nextNotice) => {
      setSettings(next);
      setNotice(nextNotice);
    });
    loadSettings().then(
      (loaded) => {
        if (!live) return;
        setSettings(loaded.settings);
        setNotice(loaded.notice);
      },
      (error: unknown) => {
        if (!live) return;
        // Storage itself failed (not a damaged value): work from the defaults and say why.
        setSettings({ ...DEFAULT_SETTINGS });
        setSaveState({ status: 'error', reason: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
      stop();
      clearTimeout(savedTimer.current);
    };
  }, []);

  const track = useCallback((pending: Promise<unknown>) => {
    clearTimeout(savedTimer.current);
    setSaveState({ status: 'saving' });
    pending.then(
      () => {
        setSaveState({ status: 'saved' });
        savedTimer.current = setTimeout(() => setSaveState({ status: 'idle' }), SAVED_VISIBLE_MS);
      },
      (error: unknown) =>
        setSaveState({ status: 'error', reason: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  const update = useCallback(
    (change: (current: Settings) => Settings) => {
      // Show the change at once; storage confirms it through the watcher.
      setSettings((current) => (current ? change(current) : current));
      track(
        updateSettings(change).then((stored) => {
          setSettings(stored);
          setNotice(undefined);
        }),
      );
    },
    [track],
  );

  const dismissNotice = useCallback(() => {
    setNotice(undefined);
    if (settings) track(saveSettings(settings));
  }, [settings, track]);

  return { settings, notice, saveState, update, dismissNotice };
}
