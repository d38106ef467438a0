/**
 * The UI's messages: named placeholders, plural forms by the locale's rules, and dates in the UI's
 * language. Imports nothing else of lib/.
 * The folder's entry module: code outside lib/i18n/ imports it from here.
 */
export * from './messages.ts';
