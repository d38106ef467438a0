/**
 * Claim ranking, the fallback and search measured on the labelled sets in ./labelled: news
 * sentences and search queries with the claims a careful reader would accept. The assertions are
 * on the held-out parts alone, which were written before the engine was tuned and never used to
 * tune it; the tuning parts are measured and printed beside them.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import { compileMatcher } from '../../../lib/match/matcher';
import { buildSearchIndex, createKbSearch } from '../../../lib/rank/search';
import { toSimplified } from '../../../lib/text/han-script';
import {
  describeRanking,
  describeSearch,
  measureRanking,
  measureSearch,
  sharedWithClaim,
  withoutNearCopies,
} from './labelled/evaluate';
import { HELD_OUT_QUERIES } from './labelled/queries-held-out';
import { TUNING_QUERIES } from './labelled/queries-tuning';
import { HELD_OUT_SENTENCES } from './labelled/sentences-held-out';
import { TUNING_SENTENCES } from './labelled/sentences-tuning';

const ALL_SENTENCES = [...TUNING_SENTENCES, ...HELD_OUT_SENTENCES];
const ALL_QUERIES = [...TUNING_QUERIES, ...HELD_OUT_QUERIES];
const claimTopic = new Map(BUILT_IN_KB.flatMap((topic) => topic.claims.map((claim) => [claim.id, topic.id])));
describe('the labelled sets', () => {
  it('label only claims of the sentence’s topic, each sentence mentioning that topic', () => {
    const matcher = compileMatcher(BUILT_IN_KB);
    for (const { topic, sentence, expected } of ALL_SENTENCES) {
      const [first, ...others] = expected;
      if (first !== undefined) expect(claimTopic.get(first), sentence).toBe(topic);
      for (const id of others) expect(claimTopic.get(id), `${id}: ${sentence}`).toBe(topic);
      expect(
        matcher.findMentions(sentence).some((mention) => mention.topicId === topic),
        sentence,
      ).toBe(true);
    }
    for (const { query, expected } of ALL_QUERIES) {
      const [first] = expected;
      expect(first?.startsWith('topic:') || claimTopic.has(first ?? ''), query).toBe(true);
    }
  });

  it('are large enough: 200 sentences, every claim 4 times, 30 without a claim, 100 queries', () => {
    expect(ALL_SENTENCES.length).toBeGreaterThanOrEqual(200);
    expect(ALL_SENTENCES.filter(({ expected }) => expected.length === 0).length).toBeGreaterThanOrEqual(30);
    const counts = new Map<string, number>();
    for (const { expected } of ALL_SENTENCES) {
      for (const id of new Set(expected)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const under = [...claimTopic.keys()].filter((id) => (counts.get(id) ?? 0) < 4);
    expect(under).toEqual([]);
    expect(ALL_QUERIES.length).toBeGreaterThanOrEqual(100);
    for (const kind of ['typo', 'number', 'question', 'chinese'] as const) {
      expect(HELD_OUT_QUERIES.some((query) => query.kind === kind)).toBe(true);
    }
  });

  it('hold out at least a third of each set', () => {
    expect(HELD_OUT_SENTENCES.length * 3).toBeGreaterThanOrEqual(ALL_SENTENCES.length);
    expect(HELD_OUT_QUERIES.length * 3).toBeGreaterThanOrEqual(ALL_QUERIES.length);
  });
});

describe('claim ranking on held-out news sentences', () => {
  const tuning = measureRanking(BUILT_IN_KB, TUNING_SENTENCES);
  const heldOut = measureRanking(BUILT_IN_KB, HELD_OUT_SENTENCES);
  console.log(
    // Only the held-out figures: its sentences are never read while the engine is tuned.
    [
      describeRanking('tuning sentences', tuning),
      describeRanking('held-out sentences', heldOut).split('\n')[0],
    ].join('\n'),
  );

  // The targets (issue 9): top-1 ≥ 0.9 and top-3 ≥ 0.98 for the ranking; the fallback for ≥ 80% of
  // the sentences without a claim and ≤ 5% of those with one. The ranking is measured on its own
  // order and the fit on its own (labelled/evaluate.ts); what the card shows, a fallback counted as
  // a miss, is printed beside them.
  // History, held-out: on 1 December 2026, 93 sentences, top-1 0.849, top-3 0.957 with every
  // fallback counted as a miss; on 2 December 2026, after synonyms, the typo guard, Chinese keywords
  // and the statement-coverage second stage, 0.871 and 0.957, and the fallback on 66.7% (10 of 15).
  // The same day 112 held-out sentences were added, written before the day's tuning, and 60 more
  // after it, measured once before they were added (40 with a claim: all 40 first; 20 without: the
  // fallback for 18). With the evidence rule for the fit (BM25 plus the statement's share), stems
  // that keep billions and trading apart, more keywords, Chinese amounts and the topic's subject
  // terms, on all 280 (208 with a claim, 72 without): top-1 0.947 (197 of 208), top-3 0.990 (206),
  // as the card shows them 0.933 and 0.976; the fallback on 88.9% (64 of 72) and on 1.4% (3 of 208).
  // On 7 December 2026, with paraphrases for every claim (0020), spelled-out numbers and the
  // grounding measure, tuned on the meaning tuning sentences only: top-1 0.971 (202 of 208), top-3
  // 0.995, as the card shows them 0.962 and 0.986; the fallback on 87.5% (63 of 72) and on 1.0%.
  // The targets of that day (top-1 ≥ 0.93, top-3 ≥ 0.99, fallback ≥ 85% and ≤ 3%) are the floors.
  // On 7 December 2026 the sentences about export bans on rice, onions, nickel ore and arms left
  // both sets (2 tuning, 6 held-out): detection no longer counts them as the topic (decision 0002).
  // Six sentences about export controls that no claim covers took the held-out ones' place.
  // On 7 December 2026, once, after the changes of docs/decisions/0026: top-1 0.976, top-3 0.995,
  // as the card shows them 0.962 and 0.981; the fallback on 90.9% of 66 without a claim and on 1.4%
  // of those with one; on the 115 sharing at most 30% of their words top-1 0.957; on the 154 without
  // a near copy 0.968 and 0.994, the fallback on 94.2% and 1.9%. The floors stay at the targets.
  // On 7 December 2026, once, after the second section of 0026 (the scene rule among them): top-1
  // 0.971 (one sentence fewer first), top-3 0.995, as the card shows them 0.957 and 0.981; the
  // fallback on 92.4% of 66 without a claim (from 90.9%) and on 1.4% of those with one; on the 115
  // sharing at most 30% of their words top-1 0.948 (from 0.957); on the 154 without a near copy
  // 0.961 (from 0.968) and 0.994, the fallback on 94.2% and 1.9%. The floors stay at the targets.
  // On 7 December 2026, once, after the fourth section of 0026: top-1 0.971, top-3 0.995, as the
  // card shows them 0.962 and 0.986; the fallback on 90.9% of 66 without a claim (from 92.4%: one
  // sentence) and on 1.0% of those with one (from 1.4%: one sentence fewer); on the 115 sharing at
  // most 30% of their words top-1 0.948; on the 154 without a near copy 0.961 and 0.994, the
  // fallback on 90.4% (from 94.2%: two of 52) and 1.3% (from 1.9%). The floors stay at the targets.
  // The floors hold what is reached, so a regression fails; raising them needs better ranking,
  // never tuning on these sentences.
  it('ranks an acceptable claim first for 93% of held-out sentences and in the top 3 for 99%', () => {
    expect(heldOut.withClaim).toBeGreaterThanOrEqual(208);
    expect(heldOut.top1).toBeGreaterThanOrEqual(0.93);
    expect(heldOut.top3).toBeGreaterThanOrEqual(0.99);
    expect(heldOut.cardTop1).toBeGreaterThanOrEqual(0.95);
    // 0.98 until 7 December 2026. The fit that lets paraphrases find their claim (0020) sends two
    // more of these 208 sentences to the fallback (1.0% → 1.9%, card top-3 0.986 → 0.976), while on
    // the blind meaning sets the card's top-3 rose from 0.897 to 0.913 (part A) and from 0.929 to
    // 0.952 (part B). The trade was taken, and this floor holds what it left.
    expect(heldOut.cardTop3).toBeGreaterThanOrEqual(0.97);
  });

  it('falls back to the key claims for 85% of held-out sentences that match no claim', () => {
    // 72 until 7 December 2026: six held-out sentences about export bans on rice, onions, nickel
    // ore and arms left the set when the matcher stopped reading them as the chip export controls.
    expect(heldOut.withoutClaim).toBeGreaterThanOrEqual(66);
    expect(heldOut.fallbackOnNoClaim).toBeGreaterThanOrEqual(0.85);
  });

  it('falls back for at most 3% of held-out sentences that do match a claim', () => {
    expect(heldOut.fallbackOnMatching).toBeLessThanOrEqual(0.03);
  });

  // A sentence that says a claim in its own words shares few of them with it. On the 115 held-out
  // sentences that share at most 30% of their words with their claim's statement and keywords
  // (7 December 2026): top-1 0.948, top-3 0.991 (target top-1 ≥ 0.85).
  it('ranks the claim first for 85% of held-out sentences that share at most 30% of its words', () => {
    const low = HELD_OUT_SENTENCES.filter(
      (labelled) => labelled.expected.length > 0 && sharedWithClaim(BUILT_IN_KB, labelled) <= 0.3,
    );
    const figures = measureRanking(BUILT_IN_KB, low);
    console.log(
      describeRanking('held-out sentences sharing ≤ 30% of their words with the claim', figures).split(
        '\n',
      )[0],
    );
    expect(figures.withClaim).toBeGreaterThanOrEqual(100);
    expect(figures.top1).toBeGreaterThanOrEqual(0.85);
  });

  // Writers of the two parts quoted the same people and reported the same events in near the same
  // words. On the held-out sentences that share at most 40% of their words with every tuning
  // sentence (211 of 280 on 2 December 2026: 154 with a claim, 57 without) the targets hold as
  // well: top-1 0.929, top-3 0.987, fallback on 89.5% and 1.3%.
  it('meets the targets on the held-out sentences that no tuning sentence comes close to', () => {
    const independent = withoutNearCopies(HELD_OUT_SENTENCES, TUNING_SENTENCES, 0.4);
    const figures = measureRanking(BUILT_IN_KB, independent);
    console.log(
      describeRanking('held-out sentences without a near copy in the tuning part', figures).split('\n')[0],
    );
    expect(figures.withClaim).toBeGreaterThanOrEqual(150);
    // 55 before the six export-ban sentences left the held-out part (see above).
    expect(figures.withoutClaim).toBeGreaterThanOrEqual(52);
    expect(figures.top1).toBeGreaterThanOrEqual(0.9);
    expect(figures.top3).toBeGreaterThanOrEqual(0.98);
    expect(figures.fallbackOnNoClaim).toBeGreaterThanOrEqual(0.8);
    expect(figures.fallbackOnMatching).toBeLessThanOrEqual(0.05);
  });
});

describe('search on held-out queries', () => {
  const search = createKbSearch(BUILT_IN_KB, buildSearchIndex(BUILT_IN_KB));
  const tuning = measureSearch(search, TUNING_QUERIES);
  const heldOut = measureSearch(search, HELD_OUT_QUERIES);
  console.log(
    [
      describeSearch('tuning queries', tuning),
      describeSearch('held-out queries', heldOut).split('\n')[0],
    ].join('\n'),
  );

  // Target ≥ 0.95 (issue 9); measured 0.900 (45 of 50) on 1 December 2026, and 0.980 (49 of 50) on
  // 2 December 2026 after synonyms, question forms, a topic first for its whole name, Taiwanese
  // words folded to the mainland's and Chinese keywords for more claims; with the 25 held-out
  // queries written that day and the 30 after its tuning, less those that repeated older ones,
  // 0.979 (95 of 97).
  it('has an acceptable result in the top 3 for 97% of held-out queries (target 95%)', () => {
    expect(heldOut.top3).toBeGreaterThanOrEqual(0.97);
  });

  it('does so for Chinese queries in Simplified and Traditional characters alike', () => {
    const chinese = measureSearch(
      search,
      HELD_OUT_QUERIES.filter(({ kind }) => kind === 'chinese'),
    );
    expect(chinese.count).toBeGreaterThanOrEqual(10);
    // Measured 0.8125 (13 of 16) on 1 December 2026, 0.9375 (15 of 16) on 2 December 2026, and
    // 0.966 (28 of 29) with that day's new held-out queries.
    expect(chinese.top3).toBeGreaterThanOrEqual(0.95);
    const traditional = HELD_OUT_QUERIES.filter(({ query }) => toSimplified(query) !== query);
    expect(traditional.length).toBeGreaterThanOrEqual(5);
    // Measured 4 of 6 on 1 December 2026 (misses: 英偉達 H20, 韓國 暫停 下載, in Simplified too);
    // 5 of 6 on 2 December 2026; 13 of 14 with that day's new held-out queries.
    expect(measureSearch(search, traditional).top3).toBeGreaterThanOrEqual(0.9);
    for (const { query } of traditional) {
      expect(search.search(query, 3), query).toEqual(search.search(toSimplified(query), 3));
    }
  });
});
