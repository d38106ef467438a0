/**
 * The hover machine: when a resting pointer opens a card, and when leaving closes it. Imports
 * nothing else of lib/.
 * The folder's entry module: code outside lib/hover/ imports it from here.
 */
export * from './hover-state.ts';
