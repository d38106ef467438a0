/**
 * Finding mentions: the topics' aliases compiled into one matcher, the context gates for ambiguous
 * and look-alike names, the matching data of a topic, and the page summary the popup shows.
 * Imports lib/text.
 * The folder's entry module: code outside lib/match/ imports it from here.
 */
export * from './aliases.ts';
export * from './lookalikes.ts';
export * from './matcher.ts';
export * from './matching-topic.ts';
export * from './page-summary.ts';
export * from './presence.ts';
