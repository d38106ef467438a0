/**
 * The one knowledge base every part of the extension uses: the built-in topics merged with the
 * reader's custom topics from `storage.local`, kept live, so an import or a delete on the options
 * page reaches every open tab, the popup and the search page at once.
 */
import { BUILT_IN_KB } from '../data/kb.ts';
import { BUILT_IN_TOPIC_IDS, type KnowledgeBase, type Topic } from '../data/schema.ts';
import { mergeKnowledgeBase, readStoredCustomTopics, toStoredCustomTopics } from '../lib/custom-topics.ts';
import { type CustomTopicsSource, customTopicsItem, followCustomTopics } from './custom-topics-item.ts';

export { customTopicsItem };

export interface KnowledgeBaseState {
  /** Built-in topics first, then custom ones. */
  readonly kb: KnowledgeBase;
  readonly custom: readonly Topic[];
  /** Set when stored custom topics could not all be read. */
  readonly notice?: string;
}

function stateOf(raw: unknown): KnowledgeBaseState {
  const { topics, notice } = readStoredCustomTopics(raw, BUILT_IN_TOPIC_IDS);
  return {
    kb: topics.length === 0 ? BUILT_IN_KB : mergeKnowledgeBase(BUILT_IN_KB, topics),
    custom: topics,
    ...(notice === undefined ? {} : { notice }),
  };
}

/** The state before storage has answered: the built-in topics only. */
export const BUILT_IN_STATE: KnowledgeBaseState = Object.freeze({ kb: BUILT_IN_KB, custom: [] });

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
