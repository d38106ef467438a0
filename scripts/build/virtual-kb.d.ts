// The modules served by scripts/build/built-in-kb.ts at build time.
declare module 'virtual:caveat/matching-kb' {
  import type { MatcherData } from '../../lib/match/matcher';
  import type { MatchingTopic } from '../../lib/match/matching-topic';
  /** Each built-in topic's id, name, aliases and context terms, parsed at build time. */
  export const MATCHING_KB: readonly MatchingTopic[];
  /** `compileMatcherData(MATCHING_KB)`, done at build time: every built-in topic on. */
  export const MATCHER_DATA: MatcherData;
}

declare module 'virtual:caveat/full-kb' {
  /** The built-in knowledge base with its claims, parsed at build time. */
  export const FULL_KB: import('../../data/schema').KnowledgeBase;
}

declare module 'virtual:caveat/ranker-indexes' {
  import type { TopicIndexJson } from '../../lib/rank/ranker';
  /**
   * Each built-in topic's ranker index terms, by topic id, derived at build time from FULL_KB's
   * topics; each is parsed when called.
   */
  export const RANKER_INDEXES: Readonly<Record<string, () => TopicIndexJson>>;
}

declare module 'virtual:caveat/presence' {
  import type { PresenceData } from '../../lib/match/presence';
  /** `compilePresenceData` of every built-in topic, made at build time. */
  export const BUILT_IN_PRESENCE: PresenceData;
}
