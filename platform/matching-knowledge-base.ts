/**
 * What every page's content script knows of the knowledge base before a card is needed: each
 * topic's id, name, aliases and context terms — the built-in ones compiled at build time
 * (`virtual:caveat/matching-kb`), the reader's own read from storage by hand — and kept live, so an
 * import or a delete on the options page reaches open tabs at once. No claim text, no schema
 * library: those load with the card (platform/card-module.ts).
 */
import { MATCHER_DATA, MATCHING_KB } from 'virtual:caveat/matching-kb';
import {
  compileMatcher,
  type Matcher,
  type MatchingTopic,
  matcherFromData,
  readMatchingCustomTopics,
} from '../lib/match/index.ts';
import { mergeWithPacks } from '../lib/packs/index.ts';
import type { CustomTopicsSource } from './custom-topics-item.ts';
import { openPageStorage, type PageStorage } from './page-storage.ts';

const BUILT_IN_IDS = MATCHING_KB.map((topic) => topic.id);

/** Built-in topics first (or the pack topics that replace them), then custom ones, then packs'. */
export type MatchingKnowledgeBase = readonly MatchingTopic[];

/** The topics of the stored custom topics and pack matching part (both untrusted), after the built-in ones. */
export function matchingKnowledgeBase(customRaw: unknown, packsRaw: unknown): MatchingKnowledgeBase {
  const packs = readMatchingCustomTopics(packsRaw, [], false);
  const custom = readMatchingCustomTopics(customRaw, [...BUILT_IN_IDS, ...packs.map((topic) => topic.id)]);
  return mergeWithPacks(MATCHING_KB, packs, custom);
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

export type MatchingKnowledgeBaseSource = CustomTopicsSource<MatchingKnowledgeBase>;

/**
 * Reads the topics once, then follows every change to custom and pack topics until `signal` aborts.
 * The content script passes the storage it also reads the settings from, so that one read serves
 * both (platform/page-storage.ts).
 */
export function openMatchingKnowledgeBase(
  signal: AbortSignal,
  stored: PageStorage = openPageStorage(signal),
): MatchingKnowledgeBaseSource {
  let state: MatchingKnowledgeBase = MATCHING_KB;
  let destroyed = signal.aborted;
  const listeners = new Set<(state: MatchingKnowledgeBase) => void>();
  const stopFollowing = stored.subscribe((values, changed) => {
    if (destroyed || (!changed.has('customTopics') && !changed.has('packMatching'))) return;
    state = matchingKnowledgeBase(values.customTopics, values.packMatching);
    for (const listener of [...listeners]) listener(state);
  });
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    stopFollowing();
    listeners.clear();
  };
  signal.addEventListener('abort', destroy, { once: true });
  const ready = stored.ready.then((values) => {
    if (destroyed) return state;
    state = matchingKnowledgeBase(values.customTopics, values.packMatching);
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
