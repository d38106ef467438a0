/**
 * The one knowledge base every part of the extension uses: the built-in topics merged with the
 * reader's custom topics and subscribed packs' topics from `storage.local`, kept live, so an import or a delete on the options
 * page reaches every open tab, the popup and the search page at once.
 *
 * The built-in topics come parsed and checked at build time (`virtual:caveat/full-kb`, read with
 * `JSON.parse`), not from data/kb.ts, which checks the topic files against the schema when it
 * loads: that check cost every page's first card about 40 ms of zod.
 */
import { FULL_KB as BUILT_IN_KB } from 'virtual:caveat/full-kb';
import { BUILT_IN_TOPIC_IDS, type KnowledgeBase, type Topic } from '../data/schema.ts';
import { readStoredCustomTopics, toStoredCustomTopics } from '../lib/kb/index.ts';
import { mergeWithPacks } from '../lib/packs/index.ts';
import {
  type CustomTopicsSource,
  customTopicsItem,
  followCustomTopics,
  packTopicsItem,
} from './custom-topics-item.ts';

export { customTopicsItem, packTopicsItem };

export interface KnowledgeBaseState {
  /**
   * Built-in topics first (each replaced by a subscribed pack's topic of the same id), then custom
   * ones, then the packs' other topics.
   */
  readonly kb: KnowledgeBase;
  readonly custom: readonly Topic[];
  /** The topics of subscribed packs. */
  readonly packs: readonly Topic[];
  /** Set when stored custom topics could not all be read. */
  readonly notice?: string;
}

function stateOf(customRaw: unknown, packsRaw: unknown): KnowledgeBaseState {
  // Pack topics may take a built-in topic's id (they replace it); custom topics may take neither.
  const packs = readStoredCustomTopics(packsRaw, []).topics;
  const taken = [...BUILT_IN_TOPIC_IDS, ...packs.map((topic) => topic.id)];
  const { topics, notice } = readStoredCustomTopics(customRaw, taken);
  return {
    kb: mergeWithPacks(BUILT_IN_KB, packs, topics),
    custom: topics,
    packs,
    ...(notice === undefined ? {} : { notice }),
  };
}

/** The state before storage has answered: the built-in topics only. */
export const BUILT_IN_STATE: KnowledgeBaseState = Object.freeze({ kb: BUILT_IN_KB, custom: [], packs: [] });

export type KnowledgeBaseSource = CustomTopicsSource<KnowledgeBaseState>;

/**
 * Opens the knowledge base: reads it once, then follows every change to the custom topics.
 * Everything it listens to stops when `signal` aborts or `destroy()` is called.
 */
export function openKnowledgeBase(signal?: AbortSignal): KnowledgeBaseSource {
  return followCustomTopics(stateOf, BUILT_IN_STATE, signal);
}

/** Replaces the stored custom topics (after they passed `checkCustomTopicFiles`). */
export async function saveCustomTopics(topics: readonly Topic[]): Promise<void> {
  await customTopicsItem.setValue(toStoredCustomTopics(topics));
}
