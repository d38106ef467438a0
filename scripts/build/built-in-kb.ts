/**
 * The built-in knowledge base, parsed and checked at build time and handed to the extension as
 * plain data: the extension never runs the schema (zod) in a page. Four modules:
 *
 * - `virtual:caveat/presence` — the one thing the content script holds before a page shows a name:
 *   the presence test's data for every built-in alias (`compilePresenceData` in
 *   lib/match/matcher.ts; docs/decisions/0030-the-matcher-loads-on-a-name.md);
 * - `virtual:caveat/matching-kb` — what the content script needs on every page to find mentions:
 *   each topic's id, name, aliases and context terms, no claim text (`MATCHING_KB`), and the matcher
 *   for all of them already compiled into regular-expression sources (`MATCHER_DATA`), so that a
 *   page only creates the expressions (`matcherFromData` in lib/match/matcher.ts);
 * - `virtual:caveat/full-kb` — every topic with its claims, for the card, loaded on first need;
 * - `virtual:caveat/ranker-indexes` — each topic's ranker index terms (`topicIndexJson` in
 *   lib/rank/ranker.ts), derived here so that neither the card nor the background derives them
 *   when a page's first mention is ranked.
 *
 * The build fails on an invalid knowledge base (see the `build:before` hook in wxt.config.ts), so
 * what these modules hold has passed the same validation as `kb validate`.
 */
import type { Plugin } from 'vite';
import type { KnowledgeBase } from '../../data/schema';
import { compileMatcherData, compilePresenceData } from '../../lib/match/matcher';
import { type MatchingTopic, matchingTopicsOf } from '../../lib/match/matching-topic';
import { topicIndexJson } from '../../lib/rank/ranker';

export const MATCHING_KB_MODULE = 'virtual:caveat/matching-kb';
export const FULL_KB_MODULE = 'virtual:caveat/full-kb';
export const PRESENCE_MODULE = 'virtual:caveat/presence';
export const RANKER_INDEXES_MODULE = 'virtual:caveat/ranker-indexes';

/** The part of each topic that finding mentions needs: no claims, no sources, no keywords. */
export function matchingTopics(kb: KnowledgeBase): MatchingTopic[] {
  return matchingTopicsOf(kb);
}

/**
 * `value` as source text that makes it: `JSON.parse('…')`, which V8 reads faster than the same data
 * as an object literal (the JSON grammar is simpler, and a string is only scanned once), so the
 * content script's data costs less to evaluate on every page.
 */
function jsonLiteral(value: unknown): string {
  return `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
}

/** The source of one of the modules for `kb`. */
export function moduleSource(id: string, kb: KnowledgeBase): string | null {
  if (id === MATCHING_KB_MODULE) {
    return (
      `export const MATCHING_KB = Object.freeze(${jsonLiteral(matchingTopics(kb))});\n` +
      `export const MATCHER_DATA = ${jsonLiteral(compileMatcherData(kb))};\n`
    );
  }
  if (id === PRESENCE_MODULE) {
    return `export const BUILT_IN_PRESENCE = ${JSON.stringify(compilePresenceData(kb))};\n`;
  }
  if (id === FULL_KB_MODULE) return `export const FULL_KB = Object.freeze(${jsonLiteral(kb)});\n`;
  if (id === RANKER_INDEXES_MODULE) {
    // Each topic's is parsed when its first mention is ranked, not when the module is evaluated.
    const entries = kb.map(
      (topic) => `${JSON.stringify(topic.id)}: () => ${jsonLiteral(topicIndexJson(topic))}`,
    );
    return `export const RANKER_INDEXES = Object.freeze({ ${entries.join(', ')} });\n`;
  }
  return null;
}

/** The Vite plugin that serves the modules from data/topics/*.json, parsed in Node. */
export function builtInKnowledgeBase(): Plugin {
  const prefix = '\0';
  return {
    name: 'caveat-built-in-kb',
    resolveId(id) {
      return [MATCHING_KB_MODULE, FULL_KB_MODULE, RANKER_INDEXES_MODULE, PRESENCE_MODULE].includes(id)
        ? prefix + id
        : null;
    },
    async load(id) {
      if (!id.startsWith(prefix)) return null;
      const { BUILT_IN_KB } = await import('../../data/kb');
      for (const file of ['deepseek', 'nvidia', 'export-controls']) {
        this.addWatchFile(new URL(`../../data/topics/${file}.json`, import.meta.url).pathname);
      }
      return moduleSource(id.slice(prefix.length), BUILT_IN_KB);
    },
  };
}
