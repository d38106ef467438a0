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

/**
 * How a sentence stands to the claim it is about, for the sentence-level verdict marks.
 * - `repeats`: states the claim, in its own voice or in a quotation it does not challenge; a reader
 *   of this sentence alone comes away believing the claim. The only relation a mark may show.
 * - `reports`: attributes the claim to someone ("X says…", "according to…") without endorsing,
 *   questioning or correcting it. A mark here is not counted wrong, nor is its absence.
 * - `corrects`: questions, doubts, negates, qualifies or corrects the claim ("the $5.6 million
 *   covered only the final run"). A mark here is wrong.
 * - `discusses`: about the claim's subject (reactions, what follows from it) without stating or
 *   disputing it, or asks about it. A mark here is wrong.
 * - `mentions`: names the topic and makes none of its claims (`expected` is empty). A mark is wrong.
 */
export type ClaimRelation = 'repeats' | 'reports' | 'corrects' | 'discusses' | 'mentions';

/** What way of writing a sentence imitates, beyond its place on the page. */
export type SentenceStyle =
  | 'paraphrase'
  | 'reported'
  | 'question'
  | 'negation'
  | 'correction'
  | 'headline'
  | 'chinese'
  | 'plain';

/** A labelled sentence that also says how it stands to its first expected claim. */
export interface RelatedSentence extends LabelledSentence {
  style: SentenceStyle;
  relation: ClaimRelation;
}
