/**
 * Which claims a sentence is about, and what the popup finds: the term index (BM25), synonyms,
 * the ranker and its fit, the sentence that repeats a rated claim, and the knowledge-base search.
 * Imports lib/text and lib/match.
 * The folder's entry module: code outside lib/rank/ imports it from here.
 */
export * from './mention-claims.ts';
export * from './ranker.ts';
export * from './repeats.ts';
export * from './search.ts';
export * from './synonyms.ts';
export * from './term-index.ts';
