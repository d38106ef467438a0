/**
 * Signed topic packs: publishing (canonical JSON, SHA-256, Ed25519), checking a pack before it is
 * used, and the subscriptions that keep the last good pack. Imports lib/kb and lib/match.
 * The folder's entry module: code outside lib/packs/ imports it from here.
 */
export * from './pack-publish.ts';
export * from './pack-subscriptions.ts';
export * from './packs.ts';
