/**
 * The UI's messages in the reader's language: the browser picks the locale of
 * `public/_locales/` that matches its UI language (English when none does) and `i18n.getMessage`
 * reads it. Works in extension pages and in the content script.
 */
import { browser } from 'wxt/browser';
import { createMessages, type MessageLookup, type Messages } from '../lib/i18n/index.ts';

/** The browser's messages, falling back to `fallback` (English) for a key a locale lacks. */
export function browserMessages(fallback?: MessageLookup): Messages {
  // WXT types getMessage for its generated keys only; ours are read by name from messages.json.
  const getMessage = browser.i18n.getMessage as (key: string) => string;
  return createMessages((key) => getMessage(key) || undefined, fallback);
}
