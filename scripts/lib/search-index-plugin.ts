/**
 * A Vite plugin that gives the extension its search index at build time, as the virtual module
 * `virtual:caveat-search-index` (a `SearchIndexJson`): the popup loads it instead of indexing the
 * knowledge base each time it opens. Built from the same topic files and the same lib/rank/search.ts as
 * the run-time search, so the index's fingerprint matches the knowledge base it ships with.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const SEARCH_INDEX_MODULE = 'virtual:caveat-search-index';
const RESOLVED = `\0${SEARCH_INDEX_MODULE}`;
const TOPICS_DIR = fileURLToPath(new URL('../../data/topics/', import.meta.url));

export function searchIndexPlugin(): Plugin {
  return {
    name: 'caveat-search-index',
    resolveId(source) {
      return source === SEARCH_INDEX_MODULE ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // `wxt` (dev) rebuilds the index when a topic file changes.
      for (const name of readdirSync(TOPICS_DIR)) {
        if (name.endsWith('.json')) this.addWatchFile(path.join(TOPICS_DIR, name));
      }
      const { BUILT_IN_KB } = await import('../../data/kb');
      const { buildSearchIndex } = await import('../../lib/rank/search');
      return `export default ${JSON.stringify(buildSearchIndex(BUILT_IN_KB))};`;
    },
  };
}
