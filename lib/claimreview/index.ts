/**
 * ClaimReview: the schema.org documents Caveat writes for its claims, and fact-checks read from a
 * reader's file. Imports lib/kb.
 * The folder's entry module: code outside lib/claimreview/ imports it from here.
 */
export * from './claimreview.ts';
export * from './claimreview-import.ts';
