/**
 * What every page's content script knows of the knowledge base before a card is needed: each
 * topic's id, name, aliases and context terms — the built-in ones compiled at build time
 * (`virtual:caveat/matching-kb`), the reader's own read from storage by hand — and kept live, so an
 * import or a delete on the options page reaches open tabs at once. No claim text, no schema
 * library: those load with the card (platform/card-module.ts).
 */
import { MATCHER_DATA, MATCHING_KB } from 'virtual:caveat/matching-kb';
import { compileMatcher, type Matcher, matcherFromData } from '../lib/matcher.ts';
import { type MatchingTopic, readMatchingCustomTopics } from '../lib/matching-topic.ts';
import { customTopicsItem } from './custom-topics-item.ts';

const BUILT_IN_IDS = MATCHING_KB.map((topic) => topic.id);

/** Built-in topics first, then custom ones. */
export type MatchingKnowledgeBase = readonly MatchingTopic[];

function merged(raw: unknown): MatchingKnowledgeBase {
  const custom = readMatchingCustomTopics(raw, BUILT_IN_IDS);
  return custom.length === 0 ? MATCHING_KB : Object.freeze([...MATCHING_KB, ...custom]);
}

/**
 * The matcher for `topics`: when they are exactly the built-in topics, the expressions compiled at
 * build time; otherwise (a topic turned off, a custom topic) compiled here.
 */
export function matcherFor(topics: readonly MatchingTopic[]): Matcher {
  const builtIn =
    topics.length === MATCHING_KB.length && topics.every((topic, index) => topic === MATCHING_KB[index]);
  return builtIn ? matcherFromData(MATCHER_DATA) : compileMatcher(topics);
}

export interface MatchingKnowledgeBaseSource {
  /** Resolves with the topics read from storage. */
  readonly ready: Promise<MatchingKnowledgeBase>;
  /** Calls `listener` on every change after the first read; returns the function that stops it. */
  subscribe(listener: (topics: MatchingKnowledgeBase) => void): () => void;
}

/** Reads the topics once, then follows every change to the custom topics until `signal` aborts. */
export function openMatchingKnowledgeBase(signal: AbortSignal): MatchingKnowledgeBaseSource {
  const listeners = new Set<(topics: MatchingKnowledgeBase) => void>();
  let changed = false;
  let latest: MatchingKnowledgeBase = MATCHING_KB;
  const unwatch = customTopicsItem.watch((value) => {
    if (signal.aborted) return;
    changed = true;
    latest = merged(value);
    for (const listener of [...listeners]) listener(latest);
  });
  signal.addEventListener(
    'abort',
    () => {
      unwatch();
      listeners.clear();
    },
    { once: true },
  );
  const ready = customTopicsItem.getValue().then((value) => {
    // A change heard while the first read was under way is newer than what the read returned.
    if (!changed) latest = merged(value);
    return latest;
  });
  return {
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
