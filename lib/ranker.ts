/**
 * Ranks a topic's claims against the sentence a mention sits in, to choose what the fact card shows
 * first, and says whether any claim fits the sentence closely at all. Pure: plain data, no DOM and
 * no `browser`.
 *
 * A field-weighted BM25 (lib/term-index.ts) over each claim's keywords, statement, caveats and
 * explanation, with number and date terms ("$589 billion", "17%", "2,048", "October 2023") and
 * keyword phrases as extra cues, and Fuse.js only for words with a typo. When the best claim scores
 * below CLOSE_FIT_SCORE, no claim matches the sentence closely: the card says so and shows the
 * topic's key claims (`keyClaims`, a curated order) instead of presenting an unrelated claim as the
 * most relevant. See docs/decisions/0013-ranking-bm25-with-honest-fallback.md.
 */
import type { Claim, Topic } from '../data/schema';
import { buildTermIndex, type FieldSpec, loadTermIndex, type TermIndex } from './term-index';
import { termsOf } from './text-terms';

export interface RankedClaim {
  claim: Claim;
  /** BM25 score, ≥ 0, higher is better; 0 for a claim shown only to fill the card. */
  score: number;
  /** The sentence's terms that matched this claim (stems, `#` numbers, `@` dates, `"phrases"`). */
  matched: readonly string[];
}

/** How closely the card's claims answer the sentence. */
export type ClaimFit = 'close' | 'none';

export interface ClaimRanking {
  /** `close`: the first claim matches the sentence; `none`: no claim does, `claims` are the key claims. */
  fit: ClaimFit;
  claims: RankedClaim[];
}

export interface ClaimRanker {
  /** The card's claims for `sentence` (`rankForCard(sentence, top).claims`). */
  rank(sentence: string, top?: number): RankedClaim[];
  /** What the card shows for `sentence`: at most `top` claims, and whether they fit it. */
  rankForCard(sentence: string, top?: number): ClaimRanking;
  /** Every claim that shares a term with `sentence`, best first, with scores and matched terms. */
  scoreAll(sentence: string): RankedClaim[];
  /** Builds the topic's index now rather than on first use (e.g. while the page is idle). */
  prepare(): void;
}

/**
 * Fields and weights. Keywords say what a claim is about; its statement is the claim itself; its
 * caveats and explanation mention many things, some belonging to neighbouring claims.
 */
export const RANKER_FIELDS: readonly FieldSpec[] = Object.freeze([
  { name: 'keywords', weight: 3, b: 0.3, phrases: true },
  { name: 'statement', weight: 2, b: 0.5 },
  { name: 'caveats', weight: 0.5, b: 0.75 },
  { name: 'explanation', weight: 0.6, b: 0.75 },
]);

/**
 * The best claim must score at least this for the card to present it as the claim the sentence is
 * about. About one distinctive keyword of the topic, found in the sentence; less is a word the
 * sentence shares with the claims by chance.
 */
export const CLOSE_FIT_SCORE = 1.2;

/** Page text has few typos; a long unknown word may still be one ("restrictons"). */
const RANKER_TYPOS = Object.freeze({ typoThreshold: 0.25, maxTypoLookups: 2, minTypoLength: 7 });

function claimDocument(claim: Claim): string[][] {
  return [claim.keywords, [claim.statement], claim.caveats, [claim.explanation]];
}

interface TopicIndex {
  claims: readonly Claim[];
  index: TermIndex;
  /** The key claims in their curated order, then the rest in authored order. */
  keyOrder: readonly Claim[];
  /**
   * The terms of the topic's name ("nvidia"; "export", "control", "ai", "chip"): every mention of
   * the topic brings them, so they say nothing about which of its claims the sentence is about.
   */
  nameTerms: ReadonlySet<string>;
}

function buildTopicIndex(topic: Topic): TopicIndex {
  const index = loadTermIndex(buildTermIndex(RANKER_FIELDS, topic.claims.map(claimDocument)));
  return {
    claims: topic.claims,
    index,
    keyOrder: keyClaimOrder(topic),
    nameTerms: new Set(termsOf(topic.name)),
  };
}

/**
 * The topic's claims in the order the card shows them when no claim fits: its `keyClaims` first,
 * in their order, then the others in the file's order. An id that names no claim is skipped
 * (`kb validate` reports it).
 */
export function keyClaimOrder(topic: Topic): Claim[] {
  const byId = new Map(topic.claims.map((claim) => [claim.id, claim]));
  const first = (topic.keyClaims ?? []).flatMap((id) => byId.get(id) ?? []);
  const chosen = new Set(first);
  return [...first, ...topic.claims.filter((claim) => !chosen.has(claim))];
}

/** Indexes are built once per topic object and reused for every mention of it. */
const topicIndexes = new WeakMap<Topic, TopicIndex>();

function topicIndexOf(topic: Topic): TopicIndex {
  let built = topicIndexes.get(topic);
  if (!built) {
    built = buildTopicIndex(topic);
    topicIndexes.set(topic, built);
  }
  return built;
}

function scored(topicIndex: TopicIndex, sentence: string): RankedClaim[] {
  const terms = termsOf(sentence).filter((term) => !topicIndex.nameTerms.has(term));
  return topicIndex.index.score(terms, RANKER_TYPOS).flatMap(({ doc, score, matched }) => {
    const claim = topicIndex.claims[doc];
    return claim ? [{ claim, score, matched }] : [];
  });
}

/**
 * Creates the ranker for one topic. The index is built on first use and cached per topic, so
 * creating rankers is cheap and each mention costs one query.
 */
export function createClaimRanker(topic: Topic): ClaimRanker {
  return {
    prepare() {
      topicIndexOf(topic);
    },
    rank(sentence, top = 3) {
      return this.rankForCard(sentence, top).claims;
    },
    scoreAll(sentence) {
      return scored(topicIndexOf(topic), sentence);
    },
    rankForCard(sentence, top = 3) {
      const limit = Math.max(0, Math.floor(top));
      const topicIndex = topicIndexOf(topic);
      const ranked = scored(topicIndex, sentence);
      if ((ranked[0]?.score ?? 0) < CLOSE_FIT_SCORE) {
        return {
          fit: 'none',
          claims: topicIndex.keyOrder.slice(0, limit).map((claim) => ({ claim, score: 0, matched: [] })),
        };
      }
      const claims = ranked.slice(0, limit);
      // A card is never short: fill up in the key-claim order.
      const used = new Set(claims.map(({ claim }) => claim));
      for (const claim of topicIndex.keyOrder) {
        if (claims.length >= limit) break;
        if (!used.has(claim)) claims.push({ claim, score: 0, matched: [] });
      }
      return { fit: 'close', claims };
    },
  };
}
