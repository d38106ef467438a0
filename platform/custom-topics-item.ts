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
