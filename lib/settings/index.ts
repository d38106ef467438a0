/**
 * The reader's settings, their defaults and checks, and the backup file that carries them.
 * Imports lib/hover, lib/text and lib/kb.
 * The folder's entry module: code outside lib/settings/ imports it from here.
 */
export * from './settings.ts';
export * from './settings-backup.ts';
