/**
 * Where the reader's custom topics live: `storage.local` (sync storage allows about 100 KB in all,
 * too little for topics with sources). Its value is untrusted: the card and the extension's pages
 * read it with `readStoredCustomTopics` (lib/custom-topics.ts), every page's content script with
 * `readMatchingCustomTopics` (lib/matching-topic.ts).
 */
import { storage } from 'wxt/utils/storage';
import type { StoredCustomTopics } from '../lib/custom-topics.ts';

export const customTopicsItem = storage.defineItem<StoredCustomTopics | null>('local:customTopics', {
  fallback: null,
});

/** What is made of the stored custom topics, kept up to date. */
export interface CustomTopicsSource<T> {
  /** The latest state (`initial` until the first read finishes). */
  current(): T;
  /** Resolves with the first state read from storage (or a newer one heard meanwhile). */
  readonly ready: Promise<T>;
  /** Calls `listener` on every change after the first read; returns the function that stops it. */
  subscribe(listener: (state: T) => void): () => void;
  /** Stops watching storage; also happens when the signal aborts. */
  destroy(): void;
}

/**
 * Reads the stored custom topics once through `read`, then follows every change to them until
 * `signal` aborts or `destroy()` is called. Both knowledge bases (the full one, the content
 * script's matching one) are made this way.
 */
export function followCustomTopics<T>(
  read: (raw: unknown) => T,
  initial: T,
  signal?: AbortSignal,
): CustomTopicsSource<T> {
  let state = initial;
  let changed = false;
  let destroyed = false;
  const listeners = new Set<(state: T) => void>();
  const unwatch = customTopicsItem.watch((value) => {
    if (destroyed) return;
    changed = true;
    state = read(value);
    for (const listener of [...listeners]) listener(state);
  });
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    unwatch();
    listeners.clear();
  };
  if (signal?.aborted) destroy();
  else signal?.addEventListener('abort', destroy, { once: true });
  const ready = customTopicsItem.getValue().then((value) => {
    // A change heard while the first read was under way is newer than what the read returned.
    if (!destroyed && !changed) state = read(value);
    return state;
  });
  return {
    current: () => state,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy,
  };
}
