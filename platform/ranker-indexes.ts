/**
 * The built-in topics' ranker indexes, derived at build time (`virtual:caveat/ranker-indexes`),
 * handed to the ranker for the very topic objects the knowledge base holds, so that the first
 * mention a card or the verdict marks rank costs no deriving of index terms.
 */
import { FULL_KB } from 'virtual:caveat/full-kb';
import { RANKER_INDEXES } from 'virtual:caveat/ranker-indexes';
import { provideTopicIndex } from '../lib/rank/index.ts';

let provided = false;

/** Gives the ranker the built-in topics' indexes; later calls do nothing. */
export function provideBuiltInTopicIndexes(): void {
  if (provided) return;
  provided = true;
  for (const topic of FULL_KB) {
    const json = RANKER_INDEXES[topic.id];
    if (json) provideTopicIndex(topic, json);
  }
}
