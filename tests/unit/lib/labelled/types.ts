/**
 * The shapes of the labelled sets that measure claim ranking and search. Each set has a tuning part
 * (looked at while the engine is adjusted) and a held-out part, written before any tuning and never
 * used to adjust anything: the tests assert on the held-out part alone.
 */

export type TopicId = 'deepseek' | 'nvidia' | 'export-controls';

/** What kind of news text a sentence imitates. */
export type SentenceKind = 'headline' | 'lede' | 'body' | 'quote' | 'caption';

export interface LabelledSentence {
  topic: TopicId;
  kind: SentenceKind;
  /** One sentence as a news page prints it; it mentions the topic. */
  sentence: string;
  /**
   * The claims a careful reader would accept first on the card, the best first. Empty: the sentence
   * mentions the topic but none of its claims, so the card should fall back to the key claims.
   */
  expected: readonly string[];
}

export type QueryKind = 'words' | 'typo' | 'number' | 'question' | 'chinese';

export interface LabelledQuery {
  kind: QueryKind;
  /** As typed into the popup's search box. */
  query: string;
  /**
   * Acceptable results: claim ids, or `topic:<id>` for a topic-level hit. The query succeeds when
   * one of them is among the first three results.
   */
  expected: readonly string[];
}
