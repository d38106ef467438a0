/**
 * React glue for the extension pages: the stored settings as state, kept live across pages, with a
 * save status for the "Saved" indicator. Changes go to the one settings writer (the background).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  applySettingsChange,
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsChange,
} from '../lib/settings/index.ts';
import { changeSettings, loadSettings, watchSettings } from './settings.ts';

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
  /** Why the stored value could not be used as it was (shown until dismissed or replaced). */
  notice: string | undefined;
  /**
   * True when the stored settings were written by a newer version of Caveat: they are shown and
   * used, but every change is refused, and the notice cannot be dismissed.
   */
  readOnly: boolean;
  saveState: SaveState;
  /** Shows the change at once and asks the background to store it; the state follows from storage. */
  update: (change: SettingsChange) => void;
  /** Stores the settings as shown, replacing the damaged value, and hides the notice. */
  dismissNotice: () => void;
}

/** The settings as React state, loaded from storage and updated live from any page. */
export function useSettings(): SettingsStore {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [readOnly, setReadOnly] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const savedTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const stop = watchSettings((next, read) => {
      setSettings(next);
      setNotice(read.notice);
      setReadOnly(read.readOnly === true);
    });
    loadSettings().then(
      (loaded) => {
        if (!live) return;
        setSettings(loaded.settings);
        setNotice(loaded.notice);
        setReadOnly(loaded.readOnly === true);
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

  const store = useCallback((change: SettingsChange) => {
    clearTimeout(savedTimer.current);
    setSaveState({ status: 'saving' });
    changeSettings(change).then(
      (stored) => {
        setSettings(stored);
        setNotice(undefined);
        setSaveState({ status: 'saved' });
        savedTimer.current = setTimeout(() => setSaveState({ status: 'idle' }), SAVED_VISIBLE_MS);
      },
      (error: unknown) => {
        setSaveState({ status: 'error', reason: error instanceof Error ? error.message : String(error) });
        // Take back what was shown before storage confirmed it.
        loadSettings().then(
          (loaded) => setSettings(loaded.settings),
          () => undefined,
        );
      },
    );
  }, []);

  const update = useCallback(
    (change: SettingsChange) => {
      if (readOnly) return;
      setSettings((current) => (current ? applySettingsChange(current, change) : current));
      store(change);
    },
    [readOnly, store],
  );

  const dismissNotice = useCallback(() => {
    if (readOnly) return;
    setNotice(undefined);
    store({ type: 'repair' });
  }, [readOnly, store]);

  return { settings, notice, readOnly, saveState, update, dismissNotice };
}
