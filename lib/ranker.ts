/**
 * Ranks a topic's claims against the sentence a mention sits in, to choose what the fact card shows
 * first. Pure: Fuse.js and plain data, no DOM and no `browser`.
 *
 * Fuse's Bitap matcher is built for short patterns, so a sentence is never used as one pattern.
 * It is reduced to its significant tokens (stop words dropped; numbers, years, model and chip
 * names kept), and each token becomes one leaf of a logical `$or` query per weighted key. Fuse
 * multiplies the scores of every leaf that matches, so a claim gains with each token it shares with
 * the sentence, more for a keyword than for a word of its statement or its explanation.
 * See docs/decisions/0005-ranking-with-fuse.md.
 */

import Fuse, { type Expression, type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { Claim, Topic } from '../data/schema';
import { foldText } from './normalize';

export interface RankedClaim {
  claim: Claim;
  /** 0..1, higher is better; 0 for a claim shown only to fill the card. */
  score: number;
}

export interface ClaimRanker {
  /** The topic's claims best first for `sentence`; always `min(top, claims)` of them. */
  rank(sentence: string, top?: number): RankedClaim[];
  /** Builds the topic's index now rather than on the first `rank` (e.g. while the page is idle). */
  prepare(): void;
}

/**
 * Keys and weights: a claim's keywords say what it is about; its explanation only mentions things.
 * The explanation is matched by exact substring, which Fuse scores 0 and counts as Number.EPSILON:
 * about five times the weight of Bitap's best score (0.001) on a log scale. Its weight of 0.1 is
 * therefore worth about 0.5 beside the fuzzy-matched keywords and statement.
 */
export const RANKER_KEYS = Object.freeze([
  { name: 'keywords', weight: 4 },
  { name: 'statement', weight: 2 },
  { name: 'explanation', weight: 0.1 },
] as const);

/**
 * Bitap error ratio allowed per token: 0.3 keeps tokens of up to 3 characters exact (H20, R1, V3,
 * BIS) and lets longer ones differ by inflection (control/controls, curb/curbs, trained/training).
 */
export const RANKER_THRESHOLD = 0.3;
/** More tokens than this add little and cost a Bitap pass per key each. */
const MAX_QUERY_TOKENS = 8;
/**
 * A word in the keywords or statements of more than this share of a topic's claims ("deepseek" in
 * the DeepSeek topic) cannot tell them apart; it is left out of the query when the topic has
 * enough claims to say so.
 */
const COMMON_WORD_SHARE = 0.5;
const COMMON_WORD_MIN_CLAIMS = 4;
/**
 * Topics with more claims than this are first narrowed to this many: those sharing the most (and
 * rarest) word stems with the sentence; Fuse then ranks only those. Fuse scans every record, so a
 * 10,000-claim topic would otherwise cost a few hundred milliseconds per mention.
 */
const PREFILTER_CANDIDATES = 100;
const STEM_LENGTH = 4;

const FUSE_OPTIONS: IFuseOptions<Claim> = Object.freeze({
  keys: RANKER_KEYS.map((key) => ({ ...key })),
  includeScore: true,
  ignoreLocation: true,
  useExtendedSearch: true,
  threshold: RANKER_THRESHOLD,
  // A one-letter fuzzy hit inside a long explanation is noise.
  minMatchCharLength: 2,
  // Claim text is normalised and lower-cased once, when the index is built (see `getFn`), and the
  // query tokens already are: Fuse would otherwise lower-case every field for every token.
  isCaseSensitive: true,
  getFn: (claim: Claim, path: string | string[]) => {
    // Fields are read directly: Fuse's own getter returns array items wrapped as { v, i }.
    switch (Array.isArray(path) ? path.join('.') : path) {
      case 'keywords':
        // One field, not one per keyword: a token counts once however many keywords share it
        // ("licence", "licence fees"), and one Bitap pass replaces a dozen. The separators also
        // keep a token from ever equalling the whole field, which Fuse scores as Number.EPSILON
        // and would let a one-word keyword outweigh every other match of the sentence.
        return ` ${claim.keywords.map(normalise).join(' · ')} `;
      case 'statement':
        return normalise(claim.statement);
      case 'explanation':
        // Searched for word stems by substring (see toLeaves), so only its distinct words matter.
        return significantTokens(claim.explanation).join(' ');
      default:
        return '';
    }
  },
});

/**
 * Common English words and news filler that say nothing about which claim a sentence is about.
 * Words that carry the claims (cost, trained, chips, stock, ban, open, licence…) are kept.
 */
const STOP_WORDS = new Set(
  `a about above according across after afterwards again against ago all almost along already also
  although always am among an and another any anyone anything are around as at away back be became
  because become becomes been before being below between both but by can cannot could did do does
  doing done down during each either else enough etc even ever every few first for former from
  further get gets getting given go goes going gone got had has have having he her here hers herself
  him himself his how however i if in including into is it its itself just last late later least
  less like likely made make makes many may me meanwhile might mine more most mostly much must my
  myself near nearly neither never new news next no nor not now of off often on once one only onto or
  other others otherwise our ours ourselves out over own per perhaps put rather really recent
  recently reported reportedly reports said same say saying says see seem seemed seems several she
  should since so some still such than that the their theirs them themselves then there thereby
  therefore these they this those though through thus to today together too toward towards under
  until up upon us very via was we week weeks well were what whatever when where whether which while
  who whole whom whose why will with within without would year years yet you your yours yourself
  monday tuesday wednesday thursday friday saturday sunday tell told amid
  mr mrs ms dr inc corp co ltd percent people time times way ways`.split(/\s+/),
);

const NUMBER = /^[$€£¥]?\d+(?:,\d{3})*(?:\.\d+)?(?:%|[kmbt]n?)?$/u;
/** A number with its currency and unit ("$5.6bn", "17%", "2,048"), or a run of letters and digits. */
const TOKEN = /[$€£¥]?\d+(?:,\d{3})*(?:\.\d+)?(?:%|\p{L}+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+/gu;
const HAN_RUN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

/** Folds text as detection does (lib/normalize.ts), lower-cased, for matching words. */
export function normalise(text: string): string {
  return foldText(text);
}

/**
 * The tokens of `text` worth matching: lower-cased, stop words and one-letter words dropped,
 * numbers kept as their digits ("$5.6M" → "5.6", "17%" → "17", "2,048" → "2,048"), CJK runs split
 * into overlapping pairs of characters. In order of first appearance, without repeats.
 */
export function significantTokens(text: string): string[] {
  const tokens: string[] = [];
  const seen = new Set<string>();
  const add = (token: string): void => {
    if (!seen.has(token)) {
      seen.add(token);
      tokens.push(token);
    }
  };
  for (const [raw] of normalise(text).matchAll(TOKEN)) {
    if (NUMBER.test(raw)) {
      const digits = raw.replace(/^[$€£¥]/u, '').replace(/(?:%|[kmbt]n?)$/u, '');
      add(digits);
    } else if (HAN_RUN.test(raw)) {
      if (raw.length <= 2) add(raw);
      else for (let i = 0; i + 2 <= raw.length && i < 16; i += 1) add(raw.slice(i, i + 2));
    } else if (/\p{N}/u.test(raw) ? raw.length >= 2 : raw.length >= 3 && !STOP_WORDS.has(raw)) {
      add(raw);
    }
  }
  return tokens;
}

/** Inflectional endings, longest first; what remains must keep at least four letters. */
const SUFFIXES = [
  'ations',
  'ation',
  'ments',
  'ment',
  'ings',
  'ing',
  'ies',
  'ied',
  'ers',
  'es',
  'ed',
  'er',
  's',
];
const MIN_STEM = 4;

/**
 * Strips one inflectional ending so the token is a prefix of its relatives in the claims
 * ("translates" → "translat", found in translation and translate; "refused" → "refus"; "banned" →
 * "ban"). Bitap scores a pattern found exactly inside a word far better than one found with an
 * error, so a query word longer than the claim's form ("controls" against "control") would
 * otherwise lose to chance exact hits of other words.
 */
export function withoutSuffix(token: string): string {
  // Plural model and chip names: "h800s", "a100s".
  if (/\d/u.test(token)) return token.replace(/(?<=\d)s$/u, '');
  for (const suffix of SUFFIXES) {
    if (token.endsWith(suffix) && token.length - suffix.length >= MIN_STEM) {
      const stem = token.slice(0, -suffix.length);
      // "bann(ed)", "plann(ing)": the doubled consonant belongs to the ending.
      return /([b-df-hj-np-tv-z])\1$/u.test(stem) && (suffix === 'ed' || suffix === 'ing' || suffix === 'er')
        ? stem.slice(0, -1)
        : stem;
    }
  }
  return token;
}

/**
 * The extended-search leaves for one token. Keywords and statement are short: Bitap matches the
 * token's stem fuzzily there. The explanation is a paragraph, where a Bitap pass per token costs
 * more than all the rest and fuzzy hits are mostly chance: it is searched for the stem by
 * substring ("control" finds control, controls, controlled; "licen" finds licence and license).
 * Numbers must appear as written everywhere. Tokens never carry extended-search operators
 * (! ^ = $ | ' or spaces): significantTokens keeps only letters, digits, "." and ",".
 */
function toLeaves(token: string, shortFieldStems: ReadonlyMap<string, number>): Expression[] {
  const exact = `'${token}`;
  if (/^\d/u.test(token)) return RANKER_KEYS.map(({ name }) => ({ [name]: exact }));
  const stem = withoutSuffix(token);
  const explanation = { explanation: `'${stem}` };
  // A word related to nothing in any claim's keywords or statement could only match them by
  // chance: skip those Bitap passes.
  if (!shortFieldStems.has(stemOf(token))) return [explanation];
  return [{ keywords: stem }, { statement: stem }, explanation];
}

/**
 * The first characters of a token: what inflections share ("control", "controls", "controlled";
 * "train", "trained", "training"). Numbers are kept whole.
 */
function stemOf(token: string): string {
  return /^\d/u.test(token) ? token : token.slice(0, STEM_LENGTH);
}

function claimText(claim: Claim): string {
  return `${claim.keywords.join(' ')} ${claim.statement} ${claim.explanation}`;
}

/**
 * Maps Fuse's score (0 = perfect, 1 = no match; the product over every matching leaf) to 0..1,
 * higher is better: one minus its geometric mean per query token, so the number does not shrink
 * just because a sentence is long.
 */
function toRelevance(fuseScore: number, tokenCount: number): number {
  const perToken = fuseScore ** (1 / Math.max(1, tokenCount));
  return Math.min(1, Math.max(0, 1 - perToken));
}

interface TopicIndex {
  claims: readonly Claim[];
  fuse: Fuse<Claim>;
  /** Prebuilt Fuse records, so a candidate subset needs no re-indexing. */
  index: FuseIndex<Claim>;
  /** Stem → positions of the claims whose keywords, statement or explanation have a word with it. */
  stems: Map<string, number[]>;
  /** Stem → how many claims have a word with it in their keywords or statement. */
  shortFieldStems: Map<string, number>;
}

function buildTopicIndex(topic: Topic): TopicIndex {
  const claims = topic.claims;
  const index = Fuse.createIndex<Claim>(FUSE_OPTIONS.keys ?? [], claims, { getFn: FUSE_OPTIONS.getFn });
  const fuse = new Fuse<Claim>(claims, FUSE_OPTIONS, index);
  const stems = new Map<string, number[]>();
  const shortFieldStems = new Map<string, number>();
  claims.forEach((claim, position) => {
    for (const stem of new Set(
      significantTokens(`${claim.keywords.join(' ')} ${claim.statement}`).map(stemOf),
    )) {
      shortFieldStems.set(stem, (shortFieldStems.get(stem) ?? 0) + 1);
    }
    for (const stem of new Set(significantTokens(claimText(claim)).map(stemOf))) {
      const list = stems.get(stem);
      if (list) list.push(position);
      else stems.set(stem, [position]);
    }
  });
  return { claims, fuse, index, stems, shortFieldStems };
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

/**
 * The sentence's tokens that can tell this topic's claims apart, at most MAX_QUERY_TOKENS, the
 * rarest kept: a token must share its stem with a word of some claim (a word no claim has can only
 * match by accident, and costs a Bitap pass over every field), and must not be in the keywords or
 * statement of most of them ("deepseek" in the DeepSeek topic). Words common in explanations stay:
 * where a claim's keywords have one, it still tells that claim apart.
 */
function queryTokens(sentence: string, topicIndex: TopicIndex): string[] {
  const claimCount = topicIndex.claims.length;
  const countOf = (token: string): number => topicIndex.stems.get(stemOf(token))?.length ?? 0;
  const known = significantTokens(sentence).filter((token) => countOf(token) > 0);
  let useful = known;
  if (claimCount >= COMMON_WORD_MIN_CLAIMS) {
    const inShortFields = (token: string): number => topicIndex.shortFieldStems.get(stemOf(token)) ?? 0;
    const distinctive = known.filter((token) => inShortFields(token) <= claimCount * COMMON_WORD_SHARE);
    if (distinctive.length > 0) useful = distinctive;
  }
  if (useful.length <= MAX_QUERY_TOKENS) return useful;
  return useful
    .map((token, order) => ({ token, order }))
    .sort(
      (a, b) => countOf(a.token) - countOf(b.token) || b.token.length - a.token.length || a.order - b.order,
    )
    .slice(0, MAX_QUERY_TOKENS)
    .sort((a, b) => a.order - b.order)
    .map(({ token }) => token);
}

function orQuery(tokens: readonly string[], shortFieldStems: ReadonlyMap<string, number>): Expression {
  return { $or: tokens.flatMap((token) => toLeaves(token, shortFieldStems)) };
}

/** For a large topic, the claim positions that share most word stems with the tokens. */
function candidatePositions(tokens: readonly string[], stems: Map<string, number[]>): number[] {
  const hits = new Map<number, number>();
  for (const stem of new Set(tokens.map(stemOf))) {
    const positions = stems.get(stem);
    if (!positions) continue;
    // Rare stems count for more, as in tf-idf.
    const weight = 1 / Math.log2(2 + positions.length);
    for (const position of positions) hits.set(position, (hits.get(position) ?? 0) + weight);
  }
  return [...hits]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, PREFILTER_CANDIDATES)
    .map(([position]) => position)
    .sort((a, b) => a - b);
}

function searchTopic(
  topicIndex: TopicIndex,
  tokens: readonly string[],
): Array<{ position: number; score: number }> {
  const query = orQuery(tokens, topicIndex.shortFieldStems);
  if (topicIndex.claims.length <= PREFILTER_CANDIDATES) {
    return topicIndex.fuse
      .search(query)
      .map(({ refIndex, score }) => ({ position: refIndex, score: score ?? 1 }));
  }
  const positions = candidatePositions(tokens, topicIndex.stems);
  if (positions.length === 0) return [];
  const records = topicIndex.index.records;
  const subset = Fuse.parseIndex<Claim>({
    keys: topicIndex.index.keys,
    records: positions.map((position, i) => ({ ...records[position], i })),
  });
  const docs = positions.map((position) => topicIndex.claims[position] as Claim);
  return new Fuse<Claim>(docs, FUSE_OPTIONS, subset)
    .search(query)
    .map(({ refIndex, score }) => ({ position: positions[refIndex] ?? 0, score: score ?? 1 }));
}

/**
 * Creates the ranker for one topic. The Fuse index is built on first use and cached per topic, so
 * creating rankers is cheap and each mention costs one query.
 */
export function createClaimRanker(topic: Topic): ClaimRanker {
  return {
    prepare() {
      topicIndexOf(topic);
    },
    rank(sentence: string, top = 3): RankedClaim[] {
      const limit = Math.max(0, Math.floor(top));
      const topicIndex = topicIndexOf(topic);
      if (limit === 0 || topicIndex.claims.length === 0) return [];
      const tokens = queryTokens(sentence, topicIndex);
      const ranked: RankedClaim[] = [];
      const used = new Set<number>();
      if (tokens.length > 0) {
        for (const { position, score } of searchTopic(topicIndex, tokens)) {
          if (ranked.length >= limit) break;
          const claim = topicIndex.claims[position];
          if (!claim) continue;
          used.add(position);
          ranked.push({ claim, score: toRelevance(score, tokens.length) });
        }
      }
      // A card is never empty: fill up with the topic's claims in their authored order.
      for (let position = 0; ranked.length < limit && position < topicIndex.claims.length; position += 1) {
        const claim = topicIndex.claims[position];
        if (claim && !used.has(position)) ranked.push({ claim, score: 0 });
      }
      return ranked;
    },
  };
}
