/**
 * What every page's content script keeps of extension storage: the settings, the reader's custom
 * topics and the matching part of pack topics, read with one `storage.local.get` and followed with
 * one `onChanged` listener (docs/decisions/0022-the-floor-of-every-page.md).
 *
 * The extension's pages and the background use WXT's storage items (platform/settings.ts,
 * platform/custom-topics-item.ts). Defining such an item reads its key at once, so a content script
 * holding the three items would read storage six times before its first scan; it reads the same keys
 * here, once. The keys are those of the items (`local:settings` is `settings` in `storage.local`),
 * and what a value means is read by the same functions (`migrateSettings`,
 * `readMatchingCustomTopics`). As with the items, a change that leaves a value as it was is not
 * reported.
 */
import { browser } from 'wxt/browser';

/** The keys every page reads, as the storage items name them in `storage.local`. */
export const PAGE_STORAGE_KEYS = ['settings', 'customTopics', 'packMatching'] as const;

export type PageStorageKey = (typeof PAGE_STORAGE_KEYS)[number];

/** Each key's stored value, untrusted; `null` when nothing is stored. */
export type PageStorageValues = Readonly<Record<PageStorageKey, unknown>>;

export interface PageStorage {
  /** The values as first read, with every change heard while the read was under way applied. */
  readonly ready: Promise<PageStorageValues>;
  /** The latest values (all `null` until the first read finishes). */
  current(): PageStorageValues;
  /**
   * Calls `listener` after the first read whenever one or more keys change, with every value after
   * the change and the keys that changed. Returns the function that stops it.
   */
  subscribe(listener: (values: PageStorageValues, changed: ReadonlySet<PageStorageKey>) => void): () => void;
}

interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/** Reads the keys once and follows them until `signal` aborts. */
export function openPageStorage(signal: AbortSignal): PageStorage {
  const area = browser.storage.local;
  let values: Record<PageStorageKey, unknown> = { settings: null, customTopics: null, packMatching: null };
  /** Keys changed before the first read answered: what was heard is newer than what it returns. */
  const heardEarly = new Set<PageStorageKey>();
  let read = false;
  const listeners = new Set<(values: PageStorageValues, changed: ReadonlySet<PageStorageKey>) => void>();

  const onChanged = (changes: Record<string, StorageChange>) => {
    if (signal.aborted) return;
    const changed = new Set<PageStorageKey>();
    let next: Record<PageStorageKey, unknown> | null = null;
    for (const key of PAGE_STORAGE_KEYS) {
      const change = changes[key];
      if (change === undefined || sameValue(change.newValue, change.oldValue)) continue;
      next ??= { ...values };
      next[key] = change.newValue ?? null;
      changed.add(key);
    }
    if (!next) return;
    values = next;
    if (!read) {
      for (const key of changed) heardEarly.add(key);
      return;
    }
    for (const listener of [...listeners]) listener(values, changed);
  };
  const stop = () => {
    area.onChanged.removeListener(onChanged);
    listeners.clear();
  };
  if (!signal.aborted) {
    area.onChanged.addListener(onChanged);
    signal.addEventListener('abort', stop, { once: true });
  }

  const ready = area.get([...PAGE_STORAGE_KEYS]).then((stored: Record<string, unknown>) => {
    const next = { ...values };
    for (const key of PAGE_STORAGE_KEYS) if (!heardEarly.has(key)) next[key] = stored[key] ?? null;
    values = next;
    read = true;
    return values;
  });

  return {
    ready,
    current: () => values,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Structural equality of two values read from storage (plain data: objects, arrays, primitives). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => sameValue(item, other[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]));
}

/**
 * Whether the stored values may hold topics of the reader's own: custom topics or subscribed packs.
 * Both keys store `{ version, topics }`; a list without topics holds none, and a value of another
 * shape is left to the matching knowledge base to read (platform/matching-knowledge-base.ts).
 */
export function holdsReaderTopics(values: PageStorageValues): boolean {
  return [values.customTopics, values.packMatching].some((value) => {
    if (value === null || value === undefined) return false;
    const topics = typeof value === 'object' ? (value as { topics?: unknown }).topics : undefined;
    return !Array.isArray(topics) || topics.length > 0;
  });
}
