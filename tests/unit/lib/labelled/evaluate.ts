/**
 * Measures ranking and search on a labelled set, the way the card and the popup use them: each
 * sentence is set in a paragraph between two unrelated sentences, its mention is found by the real
 * matcher, and the mention's claims are ranked for the sentence around it.
 */
import type { KnowledgeBase } from '../../../../data/schema';
import { compileMatcher } from '../../../../lib/match/matcher';
import { createMentionClaimRanker } from '../../../../lib/rank/mention-claims';
import { createClaimRanker } from '../../../../lib/rank/ranker';
import type { KbSearch } from '../../../../lib/rank/search';
import { sentenceAround } from '../../../../lib/text/sentence';
import type { LabelledQuery, LabelledSentence, RelatedSentence } from './types';

export interface RankingFigures {
  /** Sentences that have a matching claim. */
  withClaim: number;
  /** Share of those whose ranking puts an acceptable claim first (whatever the fit). */
  top1: number;
  /** Share of those whose ranking has an acceptable claim among its first three. */
  top3: number;
  /**
   * What the reader sees: the card is a close fit and leads with an acceptable claim (a fallback
   * counts as a miss).
   */
  cardTop1: number;
  /** The card is a close fit and shows an acceptable claim among its three. */
  cardTop3: number;
  /** Share of the sentences with a matching claim for which the card fell back to the key claims. */
  fallbackOnMatching: number;
  /** Sentences that mention the topic but none of its claims. */
  withoutClaim: number;
  /** Share of those for which the card fell back to the key claims. */
  fallbackOnNoClaim: number;
  /** One line per miss, for the test's output. */
  misses: string[];
}

const BEFORE = 'Markets opened lower on Tuesday.';
const AFTER = 'Analysts expect more volatility this week.';

/**
 * Ranking and the fit are measured apart, as the card uses them: the ranking orders a topic's
 * claims for the sentence (`kb rank`), and the fit decides whether the card presents that order or
 * falls back to the key claims. A fallback on a sentence that has a claim counts in
 * `fallbackOnMatching`, and in `cardTop1`/`cardTop3`, not in `top1`/`top3`.
 */
export function measureRanking(kb: KnowledgeBase, set: readonly LabelledSentence[]): RankingFigures {
  const matcher = compileMatcher(kb);
  const ranker = createMentionClaimRanker(kb);
  const orderers = new Map(kb.map((topic) => [topic.id, createClaimRanker(topic)]));
  let withClaim = 0;
  let first = 0;
  let inTop3 = 0;
  let cardFirst = 0;
  let cardInTop3 = 0;
  let fellBackOnMatching = 0;
  let withoutClaim = 0;
  let fellBackOnNoClaim = 0;
  const misses: string[] = [];
  for (const labelled of set) {
    const paragraph = `${BEFORE} ${labelled.sentence} ${AFTER}`;
    const mention = matcher.findMentions(paragraph).find((found) => found.topicId === labelled.topic);
    if (!mention) {
      misses.push(`no ${labelled.topic} mention found: ${labelled.sentence}`);
      if (labelled.expected.length > 0) withClaim += 1;
      else withoutClaim += 1;
      continue;
    }
    const { fit, claims } = ranker.rank(labelled.topic, paragraph, mention.start, mention.end, 3);
    if (labelled.expected.length === 0) {
      withoutClaim += 1;
      if (fit === 'none') fellBackOnNoClaim += 1;
      else
        misses.push(
          `no claim, but fit close (${claims[0]?.claim.id} ${claims[0]?.score.toFixed(2)}): ${labelled.sentence}`,
        );
      continue;
    }
    withClaim += 1;
    const sentence = sentenceAround(paragraph, mention.start, mention.end).text;
    const ranked = (orderers.get(labelled.topic)?.scoreAll(sentence) ?? []).slice(0, 3);
    const ids = ranked.map(({ claim }) => claim.id);
    const isFirst = labelled.expected.includes(ids[0] ?? '');
    const isInTop3 = ids.some((id) => labelled.expected.includes(id));
    if (isFirst) first += 1;
    if (isInTop3) inTop3 += 1;
    if (fit === 'none') {
      fellBackOnMatching += 1;
      misses.push(`fell back, wanted ${labelled.expected[0]}: ${labelled.sentence}`);
    } else {
      if (isFirst) cardFirst += 1;
      if (isInTop3) cardInTop3 += 1;
    }
    if (!isFirst)
      misses.push(
        `wanted ${labelled.expected.join('|')}, got ${ids.map((id, i) => `${id} ${ranked[i]?.score.toFixed(2)}`).join(', ') || 'nothing'}: ${labelled.sentence}`,
      );
  }
  const share = (count: number, of: number) => (of === 0 ? 1 : count / of);
  return {
    withClaim,
    top1: share(first, withClaim),
    top3: share(inTop3, withClaim),
    cardTop1: share(cardFirst, withClaim),
    cardTop3: share(cardInTop3, withClaim),
    fallbackOnMatching: withClaim === 0 ? 0 : fellBackOnMatching / withClaim,
    withoutClaim,
    fallbackOnNoClaim: share(fellBackOnNoClaim, withoutClaim),
    misses,
  };
}

/** A sentence's words, lower-cased (CJK characters one by one), for comparing sentences. */
function wordsOf(sentence: string): Set<string> {
  return new Set(sentence.toLowerCase().match(/[a-z0-9$%.,]+|\p{Script=Han}/gu) ?? []);
}

/**
 * The sentences of `set` that share at most `share` of their words (Jaccard) with every sentence of
 * `others`. Writers who never saw each other's sentences still quote the same officials and report
 * the same events in near the same words; this keeps the held-out sentences that no tuning sentence
 * comes close to.
 */
export function withoutNearCopies(
  set: readonly LabelledSentence[],
  others: readonly LabelledSentence[],
  share: number,
): LabelledSentence[] {
  const otherWords = others.map(({ sentence }) => wordsOf(sentence));
  return set.filter(({ sentence }) => {
    const words = wordsOf(sentence);
    return otherWords.every((other) => {
      let common = 0;
      for (const word of words) if (other.has(word)) common += 1;
      return common / (words.size + other.size - common) <= share;
    });
  });
}

export interface SearchFigures {
  count: number;
  top3: number;
  misses: string[];
}

export function measureSearch(search: KbSearch, set: readonly LabelledQuery[]): SearchFigures {
  let hits = 0;
  const misses: string[] = [];
  for (const { query, expected } of set) {
    const keys = search.search(query, 3).map((result) => result.claimId ?? `topic:${result.topicId}`);
    if (keys.some((key) => expected.includes(key))) hits += 1;
    else misses.push(`${query}: wanted ${expected.join('|')}, got ${keys.join(', ') || 'nothing'}`);
  }
  return { count: set.length, top3: set.length === 0 ? 1 : hits / set.length, misses };
}

export function describeRanking(name: string, figures: RankingFigures): string {
  return [
    `${name}: top-1 ${figures.top1.toFixed(3)}, top-3 ${figures.top3.toFixed(3)} on ${figures.withClaim} sentences with a claim` +
      ` (as the card shows them, a fallback counted as a miss: ${figures.cardTop1.toFixed(3)}, ${figures.cardTop3.toFixed(3)});` +
      ` fallback on ${(figures.fallbackOnNoClaim * 100).toFixed(1)}% of ${figures.withoutClaim} without one,` +
      ` on ${(figures.fallbackOnMatching * 100).toFixed(1)}% of those with one`,
    ...figures.misses.map((miss) => `  ${miss}`),
  ].join('\n');
}

export function describeSearch(name: string, figures: SearchFigures): string {
  return [
    `${name}: top-3 ${figures.top3.toFixed(3)} on ${figures.count} queries`,
    ...figures.misses.map((miss) => `  ${miss}`),
  ].join('\n');
}

export interface MarkFigures {
  /** Sentences that repeat a claim (relation `repeats`). */
  repeating: number;
  /** Marks shown on them for an acceptable claim. */
  correct: number;
  /** Marks shown where the sentence repeats no claim, or for a claim it is not about. */
  wrong: number;
  /** Marks on reported speech of an acceptable claim: neither right nor wrong (labelled/types.ts). */
  onReported: number;
  /** correct / (correct + wrong); 1 when nothing is marked. */
  precision: number;
  /** correct / repeating. */
  recall: number;
  misses: string[];
}

/**
 * Sentence-level verdict marks on a labelled set, set in the same paragraph as `measureRanking`: a
 * mark is the claim `kb scan` reports as `repeats` for the sentence's mention.
 */
export function measureMarks(kb: KnowledgeBase, set: readonly RelatedSentence[]): MarkFigures {
  const matcher = compileMatcher(kb);
  const ranker = createMentionClaimRanker(kb);
  let repeating = 0;
  let correct = 0;
  let wrong = 0;
  let onReported = 0;
  const misses: string[] = [];
  for (const labelled of set) {
    if (labelled.relation === 'repeats') repeating += 1;
    const paragraph = `${BEFORE} ${labelled.sentence} ${AFTER}`;
    const mention = matcher.findMentions(paragraph).find((found) => found.topicId === labelled.topic);
    const marked = mention
      ? ranker.rank(labelled.topic, paragraph, mention.start, mention.end, 3).repeats
      : null;
    const acceptable = marked !== null && labelled.expected.includes(marked.id);
    if (marked === null) {
      if (labelled.relation === 'repeats')
        misses.push(`not marked, repeats ${labelled.expected[0]}: ${labelled.sentence}`);
    } else if (acceptable && labelled.relation === 'repeats') correct += 1;
    else if (acceptable && labelled.relation === 'reports') onReported += 1;
    else {
      wrong += 1;
      misses.push(
        `WRONG mark ${marked.id} on a sentence that ${labelled.relation} ${labelled.expected[0] ?? 'nothing'}: ${labelled.sentence}`,
      );
    }
  }
  return {
    repeating,
    correct,
    wrong,
    onReported,
    precision: correct + wrong === 0 ? 1 : correct / (correct + wrong),
    recall: repeating === 0 ? 1 : correct / repeating,
    misses,
  };
}

export function describeMarks(name: string, figures: MarkFigures): string {
  return [
    `${name}: marks precision ${figures.precision.toFixed(3)} (${figures.correct} right, ${figures.wrong} wrong), recall ${figures.recall.toFixed(3)} of ${figures.repeating} sentences that repeat a claim; ${figures.onReported} on reported speech`,
    ...figures.misses.map((miss) => `  ${miss}`),
  ].join('\n');
}

/** The idf-free share of a sentence's words that also occur in its first expected claim's statement. */
export function sharedWithClaim(kb: KnowledgeBase, labelled: LabelledSentence): number {
  const claim = kb
    .flatMap((topic) => topic.claims)
    .find((candidate) => candidate.id === labelled.expected[0]);
  if (!claim) return 0;
  const words = wordsOf(labelled.sentence);
  const claimWords = wordsOf([claim.statement, ...claim.keywords].join(' '));
  let common = 0;
  for (const word of words) if (claimWords.has(word)) common += 1;
  return words.size === 0 ? 0 : common / words.size;
}
