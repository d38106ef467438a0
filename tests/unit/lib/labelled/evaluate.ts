/**
 * Measures ranking and search on a labelled set, the way the card and the popup use them: each
 * sentence is set in a paragraph between two unrelated sentences, its mention is found by the real
 * matcher, and the mention's claims are ranked for the sentence around it.
 */
import type { KnowledgeBase } from '../../../../data/schema';
import { compileMatcher } from '../../../../lib/matcher';
import { createMentionClaimRanker } from '../../../../lib/mention-claims';
import type { KbSearch } from '../../../../lib/search';
import type { LabelledQuery, LabelledSentence } from './types';

export interface RankingFigures {
  /** Sentences that have a matching claim. */
  withClaim: number;
  top1: number;
  top3: number;
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

export function measureRanking(kb: KnowledgeBase, set: readonly LabelledSentence[]): RankingFigures {
  const matcher = compileMatcher(kb);
  const ranker = createMentionClaimRanker(kb);
  let withClaim = 0;
  let first = 0;
  let inTop3 = 0;
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
    const ids = claims.map(({ claim }) => claim.id);
    if (labelled.expected.length === 0) {
      withoutClaim += 1;
      if (fit === 'none') fellBackOnNoClaim += 1;
      else
        misses.push(
          `no claim, but fit close (${ids[0]} ${claims[0]?.score.toFixed(2)}): ${labelled.sentence}`,
        );
      continue;
    }
    withClaim += 1;
    if (fit === 'none') {
      fellBackOnMatching += 1;
      misses.push(`fell back, wanted ${labelled.expected[0]}: ${labelled.sentence}`);
      continue;
    }
    if (labelled.expected.includes(ids[0] ?? '')) first += 1;
    else
      misses.push(
        `wanted ${labelled.expected.join('|')}, got ${ids.map((id, i) => `${id} ${claims[i]?.score.toFixed(2)}`).join(', ')}: ${labelled.sentence}`,
      );
    if (ids.some((id) => labelled.expected.includes(id))) inTop3 += 1;
  }
  return {
    withClaim,
    top1: withClaim === 0 ? 1 : first / withClaim,
    top3: withClaim === 0 ? 1 : inTop3 / withClaim,
    fallbackOnMatching: withClaim === 0 ? 0 : fellBackOnMatching / withClaim,
    withoutClaim,
    fallbackOnNoClaim: withoutClaim === 0 ? 1 : fellBackOnNoClaim / withoutClaim,
    misses,
  };
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
    `${name}: top-1 ${figures.top1.toFixed(3)}, top-3 ${figures.top3.toFixed(3)} on ${figures.withClaim} sentences with a claim;` +
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
