/**
 * Whether the sentence around a mention itself repeats a claim the knowledge base rates: states
 * it, rather than only naming its subject, asking about it, or questioning or correcting it. The
 * page marks such a mention with the claim's verdict, and the card says "This sentence repeats a
 * claim rated …". Pure: plain data, no DOM and no `browser`.
 *
 * A wrong mark tells a reader that a true sentence is false, so the rule is strict, and precision
 * comes before recall (docs/decisions/0017-sentence-verdict-marks.md):
 * - the card's ranking fits the sentence closely and leads with the claim;
 * - the sentence restates one of the claim's own wordings (its statement or a paraphrase): it meets
 *   at least MARK_RESTATEMENT of it, weighted by how rare each word is;
 * - the sentence is mostly the claim: at least MARK_GROUNDING of its words are the claim's own, or
 *   it meets MARK_WHOLE_WORDING of one wording;
 * - the lead is clear: the next claim's score is at most MARK_LEAD_SHARE of the lead's, or the
 *   sentence restates the lead's wording by MARK_WORDING_LEAD more than the next one's;
 * - the sentence does not distance itself from what it says (`distancesItself`): no question, no
 *   negation, no doubt, correction, denial or hedge — unless the claim's own wordings use the same
 *   word ("could lower the barriers", "might limit adoption").
 */
import type { Claim, Verdict } from '../../data/schema';
import { foldForTerms } from '../text/index';
import type { ClaimRanking, RankedClaim } from './ranker';

/** The share of one of a claim's wordings a sentence must meet to repeat the claim. */
export const MARK_RESTATEMENT = 0.25;
/**
 * The share of the sentence that must be the claim's own words (RankedClaim.grounding): a sentence
 * that names the subject and goes on about something else does not repeat the claim.
 */
export const MARK_GROUNDING = 0.35;
/** Meeting this much of one of a claim's wordings states it, however much else the sentence says. */
export const MARK_WHOLE_WORDING = 0.8;
/**
 * The second claim may score at most MARK_LEAD_SHARE of the lead's — a close second means doubt —
 * unless the sentence restates the lead's wording by MARK_WORDING_LEAD more than the second's.
 */
export const MARK_WORDING_LEAD = 0.4;
/** The second claim may score at most this share of the lead's: a close second means doubt. */
export const MARK_LEAD_SHARE = 0.9;

/**
 * Words that show a sentence questions, denies, doubts, hedges or corrects what it reports (English,
 * German), as whole words of the folded text. "Says" and "according to" are not here: reported
 * speech that does not challenge a claim still repeats it.
 */
const DISTANCING_CLASSES: Readonly<Record<string, readonly string[]>> = {
  negation: [
    "not|no|never|nor|neither|none|nothing|nobody|cannot|can't|won't|isn't|aren't|wasn't|weren't",
    "doesn't|don't|didn't|hasn't|haven't|hadn't|wouldn't|couldn't|shouldn't|without|lack|lacks|lacked",
    'hardly|barely|scarcely|no longer',
  ],
  doubt: [
    'doubt|doubts|doubted|doubtful|dubious|question|questions|questioned|questioning|questionable',
    'dispute|disputes|disputed|disputing|deny|denies|denied|denying|denial|reject|rejects|rejected',
    'skeptic|skeptics|skeptical|sceptic|sceptics|sceptical|scepticism|skepticism|challenge|challenged|challenges',
    'refute|refuted|refutes|rebut|rebutted|debunk|debunked|debunks|contest|contested|contests|unfounded',
  ],
  correction: [
    'myth|myths|false|falsely|wrong|wrongly|mistaken|misleading|misleadingly|inaccurate|incorrect|untrue',
    'overstate|overstates|overstated|overstating|exaggerate|exaggerates|exaggerated|exaggerating|exaggeration',
    'overblown|overhyped|hype|misread|misreads|misunderstood|misconception|contrary|actually|fact-check',
    'confuse|confuses|confused|confusing|conflate|conflates|conflated|mistake|mistakes|mistook|misattributed',
    'leaves out|left out|leave out|overlooks|overlooked|understates|understated',
    'rather than|instead|far from|less than it|more than the|caveat|caveats|fine print|asterisk',
  ],
  limitation: [
    'only|merely|just a|excludes|exclude|excluded|excluding|exclusive of|omits|omitted|ignores|ignored|ignoring',
  ],
  contrast: ['however|but|yet|although|though'],
  hedge: [
    'alleged|allegedly|allegation|allegations|supposed|supposedly|purported|purportedly|so-called',
    'claimed|claiming|rumour|rumours|rumor|rumors|rumoured|rumored|speculation|speculative|unproven',
    'unverified|unconfirmed|uncorroborated|unclear|uncertain|evidence|if|whether|unless|may|might|could',
    'would|perhaps|possibly|maybe|seems|appears|reportedly|insists|insisted|maintains|maintained',
    // what is yet to happen is not a claim stated
    'will|expected to|plans to|planned|set to|is to|are to|watching|awaits|awaiting|forecast|forecasts',
  ],
  german: [
    'nicht|kein|keine|keinen|keiner|nie|niemals|angeblich|bestreitet|bestritten|zweifel|zweifelt|aber|jedoch|nur|falsch',
  ],
};

/**
 * A negation or a hedge in the sentence is the claim's own when its wordings negate or hedge too,
 * in whatever words: "R1 learned with no human demonstrations" repeats "trained without supervised
 * data", "the controls didn't work" repeats "have not worked". The other classes (doubt, correction,
 * "only", contrast) are exempt only for the very word the claim uses.
 */
const CLASS_EXEMPT = new Set(['negation', 'hedge']);

const wordsPattern = (alternatives: readonly string[]) => `\\b(?:${alternatives.join('|')})\\b`;

/** Words that distance a sentence, by class, as whole words of the folded text (English, German). */
const DISTANCING = Object.entries(DISTANCING_CLASSES).map(([name, alternatives]) => ({
  name,
  pattern: new RegExp(wordsPattern(alternatives), 'gu'),
}));

/**
 * The same for Chinese, Japanese and Korean, which do not separate words: negation, doubt, denial,
 * "only", hedges and question particles, as they are written inside a run of characters; not the
 * words that merely contain one (不到 "under", 不少 "many", 不断 "constantly", 未来 "future", 非常 "very").
 */
const DISTANCING_CJK =
  /不(?!到|少|断|仅|久|同|足|论)|没|未(?!来)|非(?!常|洲)|否认|否定|质疑|怀疑|疑问|争议|误导|夸大|谣言|据称|声称|所谓|是否|吗|真的|仅|只|但|然而|却|ない|なかった|ません|疑問|疑い|だけ|しかし|か。|않|아니|없|의문|의혹|부인|뿐|하지만/u;

/** A question: it has a question mark (Latin or full-width)… */
const QUESTION_MARK = /[?？]/u;
/**
 * …or opens with a question word, as headlines ask without one ("What Malaysia's permit rule means
 * for chip traders", "How DeepSeek did it", "Will the H20 ban hold").
 */
const QUESTION_OPENING =
  /^\W*(?:what|how|why|when|where|who|whom|whose|which|whether|will|would|can|could|should|shall|does|do|did|is|are|was|were|has|have|had)\b/u;

/**
 * Whether `sentence` keeps a distance from what it says about `claim`: it asks, negates, doubts,
 * hedges or corrects. A word the claim's own statement or paraphrases use does not count: the
 * claim "could lower the barriers to entry" is repeated by a sentence that says it could.
 */
export function distancesItself(sentence: string, claim: Pick<Claim, 'statement' | 'paraphrases'>): boolean {
  const text = foldForTerms(sentence);
  if (QUESTION_MARK.test(text) || QUESTION_OPENING.test(text)) return true;
  const own = foldForTerms([claim.statement, ...(claim.paraphrases ?? [])].join(' \n '));
  for (const { name, pattern } of DISTANCING) {
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) continue;
    if (CLASS_EXEMPT.has(name) && new RegExp(pattern.source, 'u').test(own)) continue;
    for (const match of matches) {
      if (!new RegExp(`\\b${escapeRegExp(match[0])}\\b`, 'u').test(own)) return true;
    }
  }
  const cjk = new RegExp(DISTANCING_CJK.source, 'gu');
  for (const match of text.matchAll(cjk)) {
    if (!own.includes(match[0])) return true;
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * The claim `sentence` repeats, given the card's ranking of its topic's claims for it; `null` when
 * it repeats none (the usual case: most sentences name a subject, or discuss a claim).
 */
export function repeatedClaim(ranking: ClaimRanking, sentence: string): RankedClaim | null {
  if (ranking.fit !== 'close') return null;
  const [lead, next] = ranking.claims;
  const restated = lead?.restatement ?? 0;
  if (!lead || restated < MARK_RESTATEMENT) return null;
  // A sentence that meets nearly all of one wording states the claim, whatever else it adds.
  const whole = restated >= MARK_WHOLE_WORDING;
  if (!whole && (lead.grounding ?? 0) < MARK_GROUNDING) return null;
  if (
    next &&
    next.score > MARK_LEAD_SHARE * lead.score &&
    restated - (next.restatement ?? 0) < MARK_WORDING_LEAD
  )
    return null;
  if (distancesItself(sentence, lead.claim)) return null;
  return lead;
}

// ---------------------------------------------------------------------------------------------
// Asking which mentions of a page repeat a claim: the page sends the text around them.

/** One mention to check: its block (an index into `RepeatQuery.blocks`) and where it sits in it. */
export interface RepeatCheck {
  block: number;
  topicId: string;
  start: number;
  end: number;
}

/** Mentions to check, and the text of their blocks around them. */
export interface RepeatQuery {
  blocks: string[];
  mentions: RepeatCheck[];
}

/** The rated claim a mention's sentence repeats. */
export interface RepeatMark {
  topicId: string;
  claimId: string;
  verdict: Verdict;
}

/** A claim the page repeats, and in how many mentions' sentences. */
export interface RepeatedClaim extends RepeatMark {
  count: number;
}

/** The largest query `checkRepeatQuery` accepts: a page's mentions are sent in batches. */
export const REPEAT_QUERY_LIMITS = Object.freeze({ mentions: 500, blocks: 500, blockCharacters: 20_000 });

/**
 * Reads a query as it arrives in a message: the value itself when it is well formed and within
 * REPEAT_QUERY_LIMITS, otherwise an Error saying what is wrong.
 */
export function checkRepeatQuery(value: unknown): RepeatQuery | Error {
  if (typeof value !== 'object' || value === null) return new Error('the query is not an object');
  const { blocks, mentions } = value as Partial<RepeatQuery>;
  if (!Array.isArray(blocks) || !Array.isArray(mentions))
    return new Error('the query needs blocks and mentions');
  if (blocks.length > REPEAT_QUERY_LIMITS.blocks || mentions.length > REPEAT_QUERY_LIMITS.mentions)
    return new Error(`at most ${REPEAT_QUERY_LIMITS.mentions} mentions and blocks per query`);
  for (const block of blocks) {
    if (typeof block !== 'string' || block.length > REPEAT_QUERY_LIMITS.blockCharacters)
      return new Error(`a block must be text of at most ${REPEAT_QUERY_LIMITS.blockCharacters} characters`);
  }
  for (const mention of mentions) {
    const text = blocks[(mention as RepeatCheck | null)?.block ?? -1];
    const { topicId, start, end } = (mention ?? {}) as Partial<RepeatCheck>;
    if (
      text === undefined ||
      typeof topicId !== 'string' ||
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      (start as number) < 0 ||
      (end as number) < (start as number) ||
      (end as number) > text.length
    )
      return new Error('a mention must name a block, a topic, and its place in that block');
  }
  return value as RepeatQuery;
}

/** What `rank` needs: the card's ranking of a topic's claims for one mention (lib/rank/mention-claims.ts). */
interface MentionRanker {
  rank(topicId: string, blockText: string, start: number, end: number): { repeats: Claim | null };
}

/** Answers a query: for each mention, in order, the claim its sentence repeats, or null. */
export function answerRepeatQuery(ranker: MentionRanker, query: RepeatQuery): (RepeatMark | null)[] {
  return query.mentions.map(({ block, topicId, start, end }) => {
    const claim = ranker.rank(topicId, query.blocks[block] ?? '', start, end).repeats;
    return claim ? { topicId, claimId: claim.id, verdict: claim.verdict } : null;
  });
}
