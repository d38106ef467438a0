/**
 * Ranks a topic's claims against the sentence a mention sits in, to choose what the fact card shows
 * first, and says whether any claim fits the sentence closely at all. Pure: plain data, no DOM and
 * no `browser`.
 *
 * A field-weighted BM25 (lib/rank/term-index.ts) over each claim's keywords, statement, caveats and
 * explanation, with number and date terms ("$589 billion", "17%", "2,048", "October 2023"),
 * keyword phrases and synonyms (lib/rank/synonyms.ts) as extra cues, and Fuse.js only for words with a
 * typo; then a second stage adds to BM25's leading claims how much of each one's own statement the
 * sentence meets (STATEMENT_COVERAGE_WEIGHT). A figure the claims do not give exactly meets the one
 * it rounds ("under $300,000" the $294,000). When the evidence for BM25's best claim (its score,
 * plus FIT_COVERAGE_WEIGHT times the share of its closest wording the sentence meets, plus
 * FIT_GROUNDING_WEIGHT times the share of the sentence that is the claim's own words) is below
 * CLOSE_FIT_SCORE (twice that when only its explanation or caveats match, and twice again when the
 * sentence has none of the topic's `subjectTerms`, and NAMES_ONLY_FACTOR times when it meets the
 * claim only in names), no claim matches the sentence closely: the card
 * says so and shows the topic's key claims (`keyClaims`, a curated order) instead of presenting an
 * unrelated claim as the most relevant. See docs/decisions/0013-ranking-bm25-with-honest-fallback.md.
 */
import type { Claim, Topic } from '../../data/schema';
import { aliasText } from '../match/index';
import { termsOf } from '../text/index';
import { synonymExpansions } from './synonyms';
import {
  buildTermIndex,
  type FieldSpec,
  loadTermIndex,
  type QueryExpansion,
  type ScoredDocument,
  type TermIndex,
  type TermIndexJson,
} from './term-index';

export interface RankedClaim {
  claim: Claim;
  /**
   * BM25 score plus the statement-coverage bonus, ≥ 0, higher is better; 0 for a claim shown only
   * to fill the card.
   */
  score: number;
  /** The sentence's terms that matched this claim (stems, `#` numbers, `@` dates, `"phrases"`). */
  matched: readonly string[];
  /** Which of RANKER_FIELDS had a matched term (bit f for field f); 0 for a filler. */
  fields?: number;
  /**
   * How closely the sentence restates this claim: the largest share (0..1, idf-weighted) of one of
   * its own wordings — its statement or one of its paraphrases — that the sentence meets. Set for
   * the claims the second stage reorders.
   */
  restatement?: number;
  /**
   * How much of the sentence is this claim: the share (0..1) of the sentence's terms, the topic's
   * name left out, that the claim's own words (keywords, statement, paraphrases) have, a word or its
   * synonym. A sentence that only names the subject and goes on about something else has little.
   * Set with `restatement`.
   */
  grounding?: number;
}

/** How closely the card's claims answer the sentence. */
export type ClaimFit = 'close' | 'none';

export interface ClaimRanking {
  /** `close`: the first claim matches the sentence; `none`: no claim does, `claims` are the key claims. */
  fit: ClaimFit;
  claims: RankedClaim[];
  /**
   * What the sentence says about BM25's best claim, as compared with CLOSE_FIT_SCORE: its score,
   * plus FIT_COVERAGE_WEIGHT times the share of its closest wording met, plus FIT_GROUNDING_WEIGHT
   * times its grounding; 0 when no claim shares a term.
   */
  evidence?: number;
}

export interface ClaimRanker {
  /** The card's claims for `sentence` (`rankForCard(sentence, top).claims`). */
  rank(sentence: string, top?: number): RankedClaim[];
  /**
   * What the card shows for `sentence`: at most `top` claims, and whether they fit it. `context`
   * is the text around the sentence (its paragraph), where the topic's `subjectTerms` are looked
   * for; the sentence alone when not given.
   */
  rankForCard(sentence: string, top?: number, context?: string): ClaimRanking;
  /** Every claim that shares a term with `sentence`, best first, with scores and matched terms. */
  scoreAll(sentence: string): RankedClaim[];
  /** Builds the topic's index now rather than on first use (e.g. while the page is idle). */
  prepare(): void;
}

/**
 * How much a word of a claim's paraphrases counts: they are the claim said in other words, as the
 * news says it, so a little less than its statement (many of them, each a whole sentence).
 */
export const PARAPHRASE_WEIGHT = 1.2;

/**
 * How much a word of a claim's doubts counts: how the news questions or corrects the claim, so a
 * sentence that doubts it finds it, as one that states it finds its paraphrases.
 */
export const DOUBT_WEIGHT = 1.2;

/**
 * Fields and weights. Keywords say what a claim is about; its statement is the claim itself; its
 * caveats and explanation mention many things, some belonging to neighbouring claims.
 */
export const RANKER_FIELDS: readonly FieldSpec[] = Object.freeze([
  { name: 'keywords', weight: 3, b: 0.3, phrases: true },
  { name: 'statement', weight: 2, b: 0.5 },
  { name: 'caveats', weight: 0.5, b: 0.75 },
  { name: 'explanation', weight: 0.6, b: 0.75 },
  { name: 'paraphrases', weight: PARAPHRASE_WEIGHT, b: 0.3 },
  { name: 'doubts', weight: DOUBT_WEIGHT, b: 0.3 },
]);

/**
 * How much the sentence must say about the best claim for the card to present it as the claim the
 * sentence is about: BM25's score for it, plus FIT_COVERAGE_WEIGHT times the share of its closest
 * wording (statement or paraphrase) the sentence meets (0..1, idf-weighted), plus
 * FIT_GROUNDING_WEIGHT times the share of the sentence that is its own words. Less is a name or a
 * word the sentence shares with the claims by chance ("the Bureau of Industry and Security",
 * "shares rose"), in a sentence about something else. See docs/decisions/0020.
 */
export const CLOSE_FIT_SCORE = 5.5;
/**
 * What meeting the whole of one of a claim's wordings (its statement or a paraphrase) adds to the
 * evidence that the sentence is about it.
 */
export const FIT_COVERAGE_WEIGHT = 6;
/**
 * What a sentence made wholly of the claim's own words (RankedClaim.grounding 1) adds to the
 * evidence: a sentence that names a founder or a share price and goes on about something else has
 * few of them.
 */
export const FIT_GROUNDING_WEIGHT = 6;

/**
 * Page text has few typos; a long unknown word may still be one ("restrictons"), but it is off by a
 * letter or two, not a different word Fuse finds close ("pronounce" is not "profound").
 */
const RANKER_TYPOS = Object.freeze({
  typoThreshold: 0.25,
  maxTypoLookups: 2,
  minTypoLength: 7,
  lettersPerTypoEdit: 5,
});

function claimDocument(claim: Claim): string[][] {
  return [
    claim.keywords,
    [claim.statement],
    claim.caveats,
    [claim.explanation],
    claim.paraphrases ?? [],
    claim.doubts ?? [],
  ];
}

/**
 * RANKER_FIELDS' fields that say the claim, stating or doubting it: keywords, statement,
 * paraphrases, doubts. A sentence that meets none of them, only the explanation or the caveats,
 * needs EXPLANATION_ONLY_FACTOR times the evidence.
 */
const CLAIM_WORDS_FIELDS = 0b110011;

interface TopicIndex {
  claims: readonly Claim[];
  index: TermIndex;
  /** The key claims in their curated order, then the rest in authored order. */
  keyOrder: readonly Claim[];
  /**
   * The terms of the topic's name ("nvidia"; "export", "control", "ai", "chip"), also as other
   * scripts write it (英伟达): every mention of the topic brings them, so they say nothing about
   * which of its claims the sentence is about.
   */
  nameTerms: ReadonlySet<string>;
  /**
   * The terms of the topic's own keywords ("chatbot", "chipmaker"): they say what the topic is, so
   * a sentence about it often has them whichever claim it is about; they count TOPIC_TERM_FACTOR.
   */
  topicTermFactors: ReadonlyMap<string, number>;
  /** The terms of the topic's `subjectTerms`; null when it has none (every sentence is on subject). */
  subjectTerms: ReadonlySet<string> | null;
  /**
   * Per claim, its own wordings — the statement, then each paraphrase — as their distinct terms
   * (the topic's name left out), for how closely a sentence restates it.
   */
  wordings: readonly (readonly (readonly string[])[])[];
  /** Per claim, the terms of its own words (keywords, statement, paraphrases), for `grounding`. */
  ownTerms: readonly ReadonlySet<string>[];
  /** Per claim, its doubts as their distinct terms (the topic's name left out). */
  doubtWordings: readonly (readonly (readonly string[])[])[];
  /** Per claim, the terms of its own words and its doubts: what the fit counts as the claim's. */
  claimTerms: readonly ReadonlySet<string>[];
  /** The amounts and percentages the topic's claims give (`#`, `%` terms), for rounded figures. */
  valueTerms: readonly ValueTerm[];
}

interface ValueTerm {
  term: string;
  kind: string;
  value: number;
}

/** What a term of the topic's own keywords counts, as a share of a claim's word. */
export const TOPIC_TERM_FACTOR = 0.5;

/**
 * A claim whose own words (keywords, statement) share nothing with the sentence, only its
 * explanation's or caveats', is a close fit only at this many times CLOSE_FIT_SCORE: words of a
 * long explanation meet a sentence by chance far more often.
 */
export const EXPLANATION_ONLY_FACTOR = 2;

/**
 * A sentence with none of the topic's `subjectTerms`, in a paragraph with none either ("Beijing put
 * export controls on gallium"), is a close fit only at this many times CLOSE_FIT_SCORE: its mention
 * names the topic, but what it talks about is something else. The paragraph counts because a
 * sentence may speak of the controls in general ("export curbs are leaky") after one about chips.
 */
export const OFF_SUBJECT_FACTOR = 2;

/**
 * What a topic's index is made of, as plain JSON: every term it derives from the topic's text. The
 * built-in topics' are made at build time (scripts/build/built-in-kb.ts), since deriving them —
 * segmenting Chinese, stemming, reading figures and dates in every claim's wordings — is what a
 * card would otherwise spend its first tens of milliseconds on; a custom or pack topic's are made
 * when its first mention is ranked.
 */
export interface TopicIndexJson {
  readonly index: TermIndexJson;
  readonly nameTerms: readonly string[];
  /** The terms of the topic's keywords, which count TOPIC_TERM_FACTOR. */
  readonly topicTerms: readonly string[];
  readonly subjectTerms: readonly string[] | null;
  readonly wordings: readonly (readonly (readonly string[])[])[];
  readonly ownTerms: readonly (readonly string[])[];
  readonly doubtWordings: readonly (readonly (readonly string[])[])[];
  readonly claimTerms: readonly (readonly string[])[];
}

/** Derives `topic`'s index terms (TopicIndexJson). */
export function topicIndexJson(topic: Topic): TopicIndexJson {
  const nameTerms = new Set([topic.name, ...translatedNames(topic)].flatMap((name) => termsOf(name)));
  const wordingTerms = (text: string) => [...new Set(termsOf(text))].filter((term) => !nameTerms.has(term));
  const distinctTerms = (texts: readonly string[]) => [...new Set(termsOf(texts.join(' \n ')))];
  return {
    index: buildTermIndex(RANKER_FIELDS, topic.claims.map(claimDocument)),
    nameTerms: [...nameTerms],
    topicTerms: (topic.keywords ?? []).flatMap((keyword) => termsOf(keyword)),
    subjectTerms:
      topic.subjectTerms && topic.subjectTerms.length > 0
        ? topic.subjectTerms.flatMap((term) => termsOf(term))
        : null,
    wordings: topic.claims.map((claim) =>
      [claim.statement, ...(claim.paraphrases ?? [])].map(wordingTerms).filter((terms) => terms.length > 0),
    ),
    ownTerms: topic.claims.map((claim) =>
      distinctTerms([...claim.keywords, claim.statement, ...(claim.paraphrases ?? [])]),
    ),
    doubtWordings: topic.claims.map((claim) =>
      (claim.doubts ?? []).map(wordingTerms).filter((terms) => terms.length > 0),
    ),
    claimTerms: topic.claims.map((claim) =>
      distinctTerms([
        ...claim.keywords,
        claim.statement,
        ...(claim.paraphrases ?? []),
        ...(claim.doubts ?? []),
      ]),
    ),
  };
}

function topicIndexFrom(topic: Topic, json: TopicIndexJson): TopicIndex {
  const index = loadTermIndex(json.index);
  return {
    wordings: json.wordings,
    ownTerms: json.ownTerms.map((terms) => new Set(terms)),
    doubtWordings: json.doubtWordings,
    claimTerms: json.claimTerms.map((terms) => new Set(terms)),
    claims: topic.claims,
    index,
    valueTerms: valueTermsOf(Object.keys(json.index.postings)),
    keyOrder: keyClaimOrder(topic),
    nameTerms: new Set(json.nameTerms),
    topicTermFactors: new Map(json.topicTerms.map((term) => [term, TOPIC_TERM_FACTOR])),
    subjectTerms: json.subjectTerms === null ? null : new Set(json.subjectTerms),
  };
}

/**
 * How far a figure in the news may be from a claim's and still be that figure, rounded: "under
 * $300,000" is the $294,000, "some two thousand" GPUs the 2,048, "$6m" the $5.6 million.
 */
export const ROUNDED_VALUE_TOLERANCE = 0.08;
/** A rounded figure counts this share of the figure itself. */
export const ROUNDED_VALUE_FACTOR = 0.7;

function parsedValue(term: string): ValueTerm | null {
  const kind = term.charAt(0);
  if (kind !== '#' && kind !== '%') return null;
  const value = Number(term.slice(1));
  if (!Number.isFinite(value) || value <= 0) return null;
  // Years are dates, not amounts: 2024 is not "about 2023"; small counts are exact ("8 GPUs").
  if (kind === '#' && (value < 100 || (Number.isInteger(value) && value >= 1900 && value <= 2100)))
    return null;
  return { term, kind, value };
}

function valueTermsOf(vocabulary: readonly string[]): ValueTerm[] {
  return vocabulary.flatMap((term) => parsedValue(term) ?? []);
}

/**
 * The claims' figures that a figure of the sentence rounds (within ROUNDED_VALUE_TOLERANCE), for a
 * figure the claims do not give exactly.
 */
function roundedValueExpansions(topicIndex: TopicIndex, terms: readonly string[]): QueryExpansion[] {
  const out: QueryExpansion[] = [];
  if (topicIndex.valueTerms.length === 0) return out;
  const present = new Set(terms);
  for (const term of present) {
    const figure = parsedValue(term);
    if (!figure || topicIndex.index.documentFrequency(term) > 0) continue;
    for (const known of topicIndex.valueTerms) {
      if (known.kind !== figure.kind || present.has(known.term)) continue;
      if (Math.abs(known.value - figure.value) <= ROUNDED_VALUE_TOLERANCE * known.value) {
        out.push({ term: known.term, source: term, factor: ROUNDED_VALUE_FACTOR });
      }
    }
  }
  return out;
}

/**
 * The topic's name as other scripts write it (英伟达, 出口管制, 엔비디아): aliases with no Latin letter
 * or digit. Like the name, they come with every mention in a page in that language. Aliases in
 * Latin letters stay: some name a subject of the topic's claims ("AI diffusion rule", "H20").
 */
function translatedNames(topic: Topic): string[] {
  return topic.aliases.map(aliasText).filter((text) => !/[\p{Script=Latin}\p{Nd}]/u.test(text));
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
/** Index terms made ahead of time for these topic objects (`provideTopicIndex`). */
const providedIndexes = new WeakMap<Topic, () => TopicIndexJson>();

/**
 * Gives the ranker `topic`'s index terms made ahead of time: `json()` returns
 * `topicIndexJson(topic)` as it was for this very object (the built-in topics', made at build time),
 * and is called when the topic's first mention is ranked, so that costs no deriving. Only this
 * object is concerned: a topic that replaces it (a pack's) is indexed from its own text.
 */
export function provideTopicIndex(topic: Topic, json: () => TopicIndexJson): void {
  if (!topicIndexes.has(topic)) providedIndexes.set(topic, json);
}

function topicIndexOf(topic: Topic): TopicIndex {
  let built = topicIndexes.get(topic);
  if (!built) {
    built = topicIndexFrom(topic, providedIndexes.get(topic)?.() ?? topicIndexJson(topic));
    topicIndexes.set(topic, built);
    providedIndexes.delete(topic);
  }
  return built;
}

/**
 * How much a claim's statement being met by the sentence adds, at most (all of its words met):
 * BM25 favours the claim that shares the most words, a long explanation included; a sentence that
 * restates a claim meets most of one of that claim's own wordings, and that tells siblings apart. 3 since
 * every claim has ten or more paraphrases (2 before; 3 and 4 were alike on the tuning sentences).
 */
export const STATEMENT_COVERAGE_WEIGHT = 3;
/** RANKER_FIELDS' statement field, whose coverage by the sentence the second stage uses. */
const STATEMENT_FIELD = 1;
/** The second stage reorders this many of BM25's best claims. */
const RERANKED = 20;

interface Scored {
  ranked: RankedClaim[];
  /** Whether BM25's best claim fits the sentence closely (before the second stage). */
  close: boolean;
  evidence: number;
}

function scored(topicIndex: TopicIndex, sentence: string, limit?: number, context?: string): Scored {
  const sentenceTerms = termsOf(sentence);
  const { subjectTerms } = topicIndex;
  const onSubject =
    subjectTerms === null ||
    sentenceTerms.some((term) => subjectTerms.has(term)) ||
    (context !== undefined && termsOf(context).some((term) => subjectTerms.has(term)));
  const terms = sentenceTerms.filter((term) => !topicIndex.nameTerms.has(term));
  const expansions = [
    ...roundedValueExpansions(topicIndex, terms),
    ...synonymExpansions(terms).filter(({ term }) => !topicIndex.nameTerms.has(term)),
  ];
  const raw = topicIndex.index.score(terms, {
    ...RANKER_TYPOS,
    termFactors: topicIndex.topicTermFactors,
    expansions,
    coverageField: STATEMENT_FIELD,
    limit: limit === undefined ? undefined : Math.max(limit, RERANKED),
  });
  const best = raw[0];
  const claimWords = ((best?.fields ?? 0) & CLAIM_WORDS_FIELDS) !== 0;
  const met = metTerms(terms, expansions);
  const restatementOf = (doc: number, statementCoverage: number) =>
    Math.max(statementCoverage, closestShare(topicIndex, topicIndex.wordings[doc], 1, met));
  // How closely the sentence says one of the claim's doubts: it is about the claim too, but does
  // not restate it (RankedClaim.restatement, which the verdict marks read, leaves doubts out).
  const doubtOf = (doc: number) => closestShare(topicIndex, topicIndex.doubtWordings[doc], 0, met);
  // Decided on BM25's best claim, before the second stage: its bonus reorders claims, it never
  // makes a fallback a match.
  const evidence =
    best === undefined
      ? 0
      : best.score +
        FIT_COVERAGE_WEIGHT * Math.max(restatementOf(best.doc, best.coverage), doubtOf(best.doc)) +
        FIT_GROUNDING_WEIGHT * grounding(topicIndex.claimTerms[best.doc], terms, expansions);
  const onlyNames = best !== undefined && matchesOnlyNames(best.matched, namesOf(sentence));
  const close =
    evidence >=
    CLOSE_FIT_SCORE *
      (claimWords ? 1 : EXPLANATION_ONLY_FACTOR) *
      (onSubject ? 1 : OFF_SUBJECT_FACTOR) *
      (onlyNames ? NAMES_ONLY_FACTOR : 1) *
      (setsAScene(sentence) ? SCENE_FACTOR : 1);
  // The second stage: BM25's leading claims, reordered with how closely the sentence restates each
  // (the larger of its statement's coverage and that of its closest wording).
  const groundingOf = (doc: number) => grounding(topicIndex.ownTerms[doc], terms, expansions);
  const ordered: (ScoredDocument & { restatement?: number; grounding?: number })[] = raw;
  // A lone claim keeps its BM25 score: the bonus only orders claims.
  const bonus = raw.length > 1 ? STATEMENT_COVERAGE_WEIGHT : 0;
  const head = raw.slice(0, RERANKED).map((result) => {
    const restated = restatementOf(result.doc, result.coverage);
    return {
      ...result,
      restatement: restated,
      grounding: groundingOf(result.doc),
      score: result.score + bonus * Math.max(restated, doubtOf(result.doc)),
    };
  });
  head.sort((a, b) => b.score - a.score || a.doc - b.doc);
  head.forEach((result, i) => {
    ordered[i] = result;
  });
  const ranked = ordered
    .slice(0, limit)
    .flatMap(({ doc, score, matched, fields, restatement, grounding: grounded }) => {
      const claim = topicIndex.claims[doc];
      return claim
        ? [
            {
              claim,
              score,
              matched,
              fields,
              ...(restatement === undefined ? {} : { restatement }),
              ...(grounded === undefined ? {} : { grounding: grounded }),
            },
          ]
        : [];
    });
  return { ranked, close, evidence };
}

/**
 * A sentence whose words meet BM25's best claim only in names — of people, places, companies,
 * conferences ("Liang Wenfeng", "Shanghai", "the World Artificial Intelligence Conference") — is a
 * close fit only at this many times CLOSE_FIT_SCORE: a name sets the scene, the claim is what the
 * sentence says about it.
 */
export const NAMES_ONLY_FACTOR = 1.5;

/**
 * A sentence written as an event listing, a people's move, a market tick or a how-to step — "will
 * speak at … next Tuesday", "tickets", "joined a law firm", "closed up 2.3%", "click Save" — tells
 * the reader where, when or how, not what is true of the subject: it is a close fit only at this
 * many times CLOSE_FIT_SCORE. A claim told in such a sentence still says enough of its own words.
 */
export const SCENE_FACTOR = 1.4;

const SCENE_CUES: readonly string[] = [
  // an event listing: what will take place, when, and how to attend
  'will (?:hold|host|present|speak|report|open|stream|hear|take place|be streamed|be held|be livestreamed|give a keynote)',
  '\\d{1,2}(?::\\d{2})? ?(?:a\\.m\\.|p\\.m\\.|am|pm)(?![\\p{L}])',
  'tickets?|registration|register (?:now|here|online|for)|webinars?|keynote|livestream(?:ed)?|agenda|meetup|open house|admission|rsvp',
  // a people's move
  'attend(?:s|ed)(?! to(?![\\p{L}]))|hired|hires|joins|joined|appointed|appoints|names new|named (?:a |its )?new|steps down|stepped down|resigned|resigns|left the company|leaves the company|promoted|poached|chief of staff',
  // a market tick
  'closed up|ended up|edged (?:up|higher|lower|down)|little changed|on volume of|trading volume|options traders|calls expiring|puts expiring|stock split',
  'after the bell|before the bell|after the market closes|before the market opens|index funds?|rebalanc(?:e|es|ed|ing)',
  // a reply not given: what was not said says nothing of the subject
  '(?:has|have|had|did|does) not (?:said|say)|would not say|declined to (?:comment|say|elaborate)|did not respond|could not be reached|requests? for comment',
  // a preview: what to look out for, not what is true
  'what to (?:watch|expect|look for|look out for)',
  // a study's design: what it sets out to measure, not what it found ("we find" is a finding)
  '(?:this|our|the) (?:paper|study|article|survey|thesis|report) (?:examines|explores|studies|estimates|replicates|investigates|reviews|surveys|asks)|we (?:estimate|examine|explore|investigate|survey|replicate)',
  'will (?:report|announce|publish) (?:[\\p{L}-]+ ){0,3}(?:earnings|results)',
  // an analyst's forecast revised: what may be earned, not what is true
  'eps|price target|target price|(?:raise|raises|raised|trim|trims|trimmed|cut|cuts|lower|lowers|lowered) (?:our|its|their|the) (?:[\\p{L}\\d-]+ ){0,2}(?:estimates?|forecasts?|targets?|ratings?)',
  // product news: a feature, a version, a plan
  'update adds|new (?:app )?version|dark mode|now (?:lets|offers|accepts|supports) (?:users|you|people|customers|developers|anyone|subscribers)|lets users|due to (?:open|start|begin|be completed)',
  // jobs, captions and reviews
  'hiring|job (?:listing|posting|ad)s?|internships?|interns|new book|paperback',
];
/** The same in Chinese and Japanese, whose words run on without spaces. */
const SCENE_CJK = /出席|举办|举行|座谈会|见面会|招聘|实习生|收涨|成交量|開催|出席した|採用/u;
const SCENE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SCENE_CUES.join('|')})(?![\\p{L}\\p{N}])`, 'u');
/**
 * A live blog's time stamp opening a line ("10:42 ET —", "Update 3:10 p.m.:", "BREAKING 14:05 -")
 * dates what the line reports; it is no event's hour.
 */
const TIME_STAMP =
  /^(?:(?:update[ds]?|live|breaking)[: ]*)?\d{1,2}[:.]\d{2}(?: ?(?:a\.m\.|p\.m\.|am|pm))?(?: ?(?:et|gmt|bst|cet|utc|pt|hkt|jst|local))?\s*[:—–-]\s*/u;
/** A how-to step: it opens with an instruction ("Step 3: paste…", "To install it, download…"). */
const INSTRUCTION =
  /^(?:step \d+[:.]\s*)?(?:to [\p{L}]+[^,]{0,60},\s*)?(?:click|tap|open (?:the|a|an|your|this|settings)|download|install|paste|type|run|go to|choose|select|press|enter|copy|sign in|log in|visit|head to|navigate)\s/u;

/**
 * Whether the sentence reads as an event listing, a people's move, a market tick, product news or
 * a how-to step (SCENE_FACTOR).
 */
export function setsAScene(sentence: string): boolean {
  const folded = sentence.toLowerCase().trim().replace(TIME_STAMP, '');
  return SCENE.test(folded) || INSTRUCTION.test(folded) || SCENE_CJK.test(folded);
}

const CAPITALISED_WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}'’-]*/gu;
const LATIN_WORD = /(?<![\p{L}\p{N}'’-])\p{Script=Latin}[\p{L}\p{N}'’-]*/gu;

/**
 * The terms of the sentence's names: its capitalised words after the first. None in a headline in
 * title case (most of its words capitalised), where a capital says nothing.
 */
function namesOf(sentence: string): ReadonlySet<string> {
  const words = sentence.match(LATIN_WORD) ?? [];
  const capitalised = [...sentence.matchAll(CAPITALISED_WORD)];
  if (words.length === 0 || capitalised.length * 2 > words.length) return new Set();
  const first = sentence.search(/[\p{L}\p{N}]/u);
  return new Set(capitalised.filter((match) => match.index !== first).flatMap((match) => termsOf(match[0])));
}

/**
 * Whether each of a claim's matched terms (labels as the index gives them: `term`, `typed→term`,
 * `source≈term`, `"phrase"`) is a name of the sentence; phrases are met by their terms too.
 */
function matchesOnlyNames(matched: readonly string[], names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  let any = false;
  for (const label of matched) {
    if (label.startsWith('"')) continue;
    const source = label.split(/→|≈/u)[0] ?? label;
    for (const term of source.split(' ')) {
      if (!names.has(term)) return false;
      any = true;
    }
  }
  return any;
}

/** The sentence's terms, each with what it counts (1, or a synonym's factor). */
function metTerms(terms: readonly string[], expansions: readonly QueryExpansion[]): Map<string, number> {
  const met = new Map<string, number>();
  for (const term of terms) met.set(term, 1);
  for (const { term, factor } of expansions) if (!met.has(term)) met.set(term, factor);
  return met;
}

/** The share of `terms` that `own` has, each term itself or through one of its synonyms. */
function grounding(
  own: ReadonlySet<string> | undefined,
  terms: readonly string[],
  expansions: readonly QueryExpansion[],
): number {
  if (!own || terms.length === 0) return 0;
  // A phrase ("beyond my current scope", "xi jinping") stands for the claim's word with each of its terms.
  const bySynonym = new Set(
    expansions.filter(({ term }) => own.has(term)).flatMap(({ source }) => source.split(' ')),
  );
  let found = 0;
  for (const term of terms) if (own.has(term) || bySynonym.has(term)) found += 1;
  return found / terms.length;
}

/**
 * The largest idf-weighted share of one of `wordings` (from index `from` on: a claim's statement,
 * first of its wordings, has its share from the index) that the sentence's terms meet.
 */
function closestShare(
  topicIndex: TopicIndex,
  wordings: readonly (readonly string[])[] | undefined,
  from: number,
  met: ReadonlyMap<string, number>,
): number {
  const { index } = topicIndex;
  let best = 0;
  if (!wordings) return best;
  for (let w = from; w < wordings.length; w += 1) {
    let total = 0;
    let found = 0;
    for (const term of wordings[w] as readonly string[]) {
      const weight = index.weightOf(term) * (topicIndex.topicTermFactors.get(term) ?? 1);
      total += weight;
      found += weight * (met.get(term) ?? 0);
    }
    if (total > 0 && found / total > best) best = found / total;
  }
  return best;
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
      return scored(topicIndexOf(topic), sentence).ranked;
    },
    rankForCard(sentence, top = 3, context) {
      const limit = Math.max(0, Math.floor(top));
      const topicIndex = topicIndexOf(topic);
      const { ranked, close, evidence } = scored(topicIndex, sentence, limit, context);
      if (!close) {
        return {
          fit: 'none',
          claims: topicIndex.keyOrder.slice(0, limit).map((claim) => ({ claim, score: 0, matched: [] })),
          evidence,
        };
      }
      const claims = ranked.slice(0, limit);
      // A card is never short: fill up in the key-claim order.
      const used = new Set(claims.map(({ claim }) => claim));
      for (const claim of topicIndex.keyOrder) {
        if (claims.length >= limit) break;
        if (!used.has(claim)) claims.push({ claim, score: 0, matched: [] });
      }
      return { fit: 'close', claims, evidence };
    },
  };
}
