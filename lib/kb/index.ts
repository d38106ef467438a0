/**
 * The knowledge base's checks: `kb validate`'s rules, the reader's own topic files, and how old a
 * review may grow. Imports lib/text and lib/match.
 * The folder's entry module: code outside lib/kb/ imports it from here.
 */
export * from './custom-topics.ts';
export * from './freshness.ts';
export * from './kb-validate.ts';
