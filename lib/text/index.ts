/**
 * Text as the matcher and the ranker read it: normalisation (case, width, diacritics), Han script
 * variants, the terms of a text (words, numbers, CJK bigrams) and the sentence around a mention.
 * Imports nothing else of lib/.
 * The folder's entry module: code outside lib/text/ imports it from here.
 */
export * from './han-script.ts';
export * from './normalize.ts';
export * from './sentence.ts';
export * from './text-terms.ts';
