/**
 * Where the reader's custom topics and the topics of subscribed packs live: `storage.local` (sync storage allows about 100 KB in all,
 * too little for topics with sources). Its value is untrusted: the card and the extension's pages
 * read it with `readStoredCustomTopics` (lib/kb/custom-topics.ts), every page's content script with
 * `readMatchingCustomTopics` (lib/match/matching-topic.ts).
 */
import { storage } from 'wxt/utils/storage';
import type { StoredCustomTopics } from '../lib/kb/index.ts';

export const customTopicsItem = storage.defineItem<StoredCustomTopics | null>('local:customTopics', {
  fallback: null,
});

/**
 * The topics of every subscribed pack, in the same stored form as custom topics, written only by
 * the background after a pack passed every check (platform/packs.ts). Kept apart from the
 * subscriptions, which hold the signed content; the card, the popup and the options page read this.
 */
export const packTopicsItem = storage.defineItem<StoredCustomTopics | null>('local:packTopics', {
  fallback: null,
});

/**
 * The matching part of the same topics (no claims), written with them: what every page's content
 * script reads, so that a page does not read a large pack's claims before a card needs them.
 */
export const packMatchingItem = storage.defineItem<StoredCustomTopics | null>('local:packMatching', {
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
 * Reads the stored custom topics and pack topics once through `read`, then follows every change to
 * either until `signal` aborts or `destroy()` is called. Both knowledge bases (the full one, the
 * content script's matching one) are made this way.
 */
export function followCustomTopics<T>(
  read: (custom: unknown, packs: unknown) => T,
  initial: T,
  signal?: AbortSignal,
  /** Where the packs' topics are read: in full (the default), or only their matching part. */
  packItem: typeof packTopicsItem = packTopicsItem,
): CustomTopicsSource<T> {
  let state = initial;
  const values: { custom: unknown; packs: unknown } = { custom: null, packs: null };
  const changed = { custom: false, packs: false };
  let destroyed = false;
  const listeners = new Set<(state: T) => void>();
  const heard = (which: 'custom' | 'packs') => (value: unknown) => {
    if (destroyed) return;
    changed[which] = true;
    values[which] = value;
    state = read(values.custom, values.packs);
    for (const listener of [...listeners]) listener(state);
  };
  const unwatchCustom = customTopicsItem.watch(heard('custom'));
  const unwatchPacks = packItem.watch(heard('packs'));
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    unwatchCustom();
    unwatchPacks();
    listeners.clear();
  };
  if (signal?.aborted) destroy();
  else signal?.addEventListener('abort', destroy, { once: true });
  const ready = Promise.all([customTopicsItem.getValue(), packItem.getValue()]).then(([custom, packs]) => {
    if (destroyed) return state;
    // A change heard while the first read was under way is newer than what the read returned.
    if (!changed.custom) values.custom = custom;
    if (!changed.packs) values.packs = packs;
    if (!changed.custom || !changed.packs) state = read(values.custom, values.packs);
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
