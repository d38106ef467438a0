/**
 * The one knowledge base every part of the extension uses: the built-in topics merged with the
 * reader's custom topics from `storage.local`, kept live, so an import or a delete on the options
 * page reaches every open tab, the popup and the search page at once.
 */
import { BUILT_IN_KB } from '../data/kb.ts';
import { BUILT_IN_TOPIC_IDS, type KnowledgeBase, type Topic } from '../data/schema.ts';
import { mergeKnowledgeBase, readStoredCustomTopics, toStoredCustomTopics } from '../lib/custom-topics.ts';
import { customTopicsItem } from './custom-topics-item.ts';

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

/** Reads the knowledge base once. */
export async function loadKnowledgeBase(): Promise<KnowledgeBaseState> {
  return stateOf(await customTopicsItem.getValue());
}

export interface KnowledgeBaseSource {
  /** The latest state (built-in only until the first read finishes). */
  current(): KnowledgeBaseState;
  /** Resolves with the first state read from storage. */
  readonly ready: Promise<KnowledgeBaseState>;
  /** Calls `listener` on every change after the first read; returns the function that stops it. */
  subscribe(listener: (state: KnowledgeBaseState) => void): () => void;
  /** Stops watching storage; also happens when the signal aborts. */
  destroy(): void;
}

/**
 * Opens the knowledge base: reads it once, then follows every change to the custom topics.
 * Everything it listens to stops when `signal` aborts or `destroy()` is called.
 */
export function openKnowledgeBase(signal?: AbortSignal): KnowledgeBaseSource {
  let state = BUILT_IN_STATE;
  let destroyed = false;
  const listeners = new Set<(state: KnowledgeBaseState) => void>();
  const publish = (next: KnowledgeBaseState) => {
    if (destroyed) return;
    state = next;
    for (const listener of [...listeners]) listener(next);
  };
  const unwatch = customTopicsItem.watch((value) => publish(stateOf(value)));
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    unwatch();
    listeners.clear();
  };
  signal?.addEventListener('abort', destroy, { once: true });
  const ready = loadKnowledgeBase().then((loaded) => {
    // A change heard while the first read was under way is newer than what the read returned.
    if (!destroyed && state === BUILT_IN_STATE) state = loaded;
    return state;
  });
  return {
    current: () => state,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy,
  };
}

/** Replaces the stored custom topics (after they passed `checkCustomTopicFiles`). */
export async function saveCustomTopics(topics: readonly Topic[]): Promise<void> {
  await customTopicsItem.setValue(toStoredCustomTopics(topics));
}
