/**
 * Whether the sentence around a mention itself repeats a claim the knowledge base rates: states
 * it, rather than only naming its subject, asking about it, or questioning or correcting it. The
 * page marks such a mention with the claim's verdict, and the card says "This sentence repeats a
 * claim rated …". Pure: plain data, no DOM and no `browser`.
 *
 * A wrong mark tells a reader that a true sentence is false, so the rule is strict, and precision
 * comes before recall (docs/decisions/0017-sentence-verdict-marks.md, 0024):
 * - the card's ranking fits the sentence closely and leads with the claim;
 * - the sentence restates one of the claim's own wordings (its statement or a paraphrase): it meets
 *   at least MARK_RESTATEMENT of it, weighted by how rare each word is;
 * - the sentence is mostly the claim: at least MARK_GROUNDING of its words are the claim's own —
 *   MARK_GROUNDING_CLOSE when it meets MARK_CLOSE_WORDING of one wording, and none needed when it
 *   meets MARK_WHOLE_WORDING;
 * - the lead is clear: the next claim's score is at most MARK_LEAD_SHARE of the lead's, or the
 *   sentence restates the lead's wording by MARK_WORDING_LEAD more than the next one's;
 * - the sentence does not distance itself from what it says (`distancesItself`): it asks nothing,
 *   and no word of negation, doubt, correction, limitation, contrast, distancing attribution,
 *   uncertainty, or of what may or will be, and no words in scare quotes — unless the claim's own
 *   wordings say the same (see each class);
 * - it does not read as an event listing, a people's move, a market tick, product news or a
 *   how-to step (`setsAScene`, lib/rank/ranker.ts);
 * - it does not speak the claim's caveats (`speaksCaveats`): the words a correction uses;
 * - it gives no figure other than the claim's (`statesOtherFigure`): "the charge it booked was
 *   $4.5 billion" corrects a claim of $5.5 billion.
 */
import type { Claim, Verdict } from '../../data/schema';
import { foldForTerms, termsOf } from '../text/index';
import { type ClaimRanking, type RankedClaim, setsAScene } from './ranker';
import { synonymExpansions } from './synonyms';

/** The share of one of a claim's wordings a sentence must meet to repeat the claim. */
export const MARK_RESTATEMENT = 0.25;
/**
 * The share of the sentence that must be the claim's own words (RankedClaim.grounding): a sentence
 * that names the subject and goes on about something else does not repeat the claim.
 */
export const MARK_GROUNDING = 0.35;
/**
 * A sentence that meets this much of one of the claim's wordings says most of it: it needs only
 * MARK_GROUNDING_CLOSE of grounding, as it may add a clause of its own ("…, and other governments
 * soon did the same"; a Chinese sentence's character pairs that are no word).
 */
export const MARK_CLOSE_WORDING = 0.6;
/** The grounding a sentence needs when it meets MARK_CLOSE_WORDING of one wording. */
export const MARK_GROUNDING_CLOSE = 0.25;
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
 * A sentence whose words are, for at least this share and MARK_CAVEAT_TERMS of them, words of the
 * claim's caveats that its own wordings lack speaks the caveats: it qualifies the claim ("NewsGuard
 * tested the V3 chatbot without web access on 300 prompts") rather than states it.
 */
export const MARK_CAVEAT_SHARE = 0.25;
export const MARK_CAVEAT_TERMS = 2;
/** Two figures of one kind within this ratio are one figure ("under $6m" is "$5.6 million"). */
export const FIGURE_TOLERANCE = 1.2;

// ---------------------------------------------------------------------------------------------
// The words that keep a distance, by class.

/**
 * How a class's words are forgiven when the claim's own wordings use them:
 * - `word`: only the very word ("could" in "could lower the barriers", "China-only");
 * - `class`: any word of the class — what may or will be is the claim's own mood when the claim
 *   itself says "will reduce demand" or "might limit adoption", in whatever words the sentence says it;
 * - `none`: never (a limitation is forgiven only as the emphasis of the claim's own figure).
 */
type Exemption = 'word' | 'class' | 'none';

interface CueClass {
  name: string;
  exempt: Exemption;
  /**
   * For a `class` exemption: the classes whose words in the claim's wordings forgive this class's
   * words (its own name alone when not given).
   */
  forgivenBy?: readonly string[];
  /** Alternatives, as regular-expression source over folded text. */
  words: readonly string[];
}

/**
 * English and German, as whole words of the folded text (lib/text: lower-cased, apostrophes
 * straightened; German keeps its umlauts). Negation is apart (NEGATION): its scope decides. "Says"
 * and "according to" are nowhere: reported speech that does not challenge a claim still repeats it.
 */
const WORD_CLASSES: readonly CueClass[] = [
  {
    name: 'doubt',
    exempt: 'word',
    words: [
      'doubt|doubts|doubted|doubtful|dubious|question|questions|questioned|questioning|questionable',
      'dispute|disputes|disputed|disputing|deny|denies|denied|denying|denial|reject|rejects|rejected',
      'skeptic|skeptics|skeptical|sceptic|sceptics|sceptical|scepticism|skepticism|challenge|challenged|challenges',
      'refute|refuted|refutes|rebut|rebutted|debunk|debunked|debunks|contest|contested|contests|unfounded',
      'controversial|controversy|debate|debated|debates|debating|critics|criticised|criticized|criticism',
      'whether|too good to be true|hard to believe|strains credulity|few(?: [a-z]+)? (?:believe|think|accept|expect|agree)',
      "argue|argues|argued|arguing|argument|arguments|what(?: [\\p{L}'-]+){1,6} means? for",
      'disagree|disagrees|disagreed|dismiss|dismisses|dismissed|downplay|downplays|downplayed|pushback|pushed back|push back',
      'zweifel|zweifelt|bezweifelt|bezweifeln|bestreitet|bestreiten|bestritten|umstritten|fraglich|ob|widerspricht|widersprechen|kritik|kritiker|kritisiert',
    ],
  },
  {
    name: 'correction',
    exempt: 'word',
    words: [
      'myth|myths|false|falsely|wrong|wrongly|mistaken|misleading|misleadingly|inaccurate|incorrect|untrue',
      'overstate|overstates|overstated|overstating|exaggerate|exaggerates|exaggerated|exaggerating|exaggeration',
      'overblown|overhyped|hype|misread|misreads|misunderstood|misconception|contrary|actually|fact-check',
      'confuse|confuses|confused|confusing|conflate|conflates|conflated|mistake|mistakes|mistook|misattributed',
      'leaves out|left out|leave out|overlook|overlooks|overlooked|overlooking|understates|understated',
      'rather than|instead|far from|less than it|more than the|caveat|caveats|fine print|asterisk',
      'strictly|technically|in reality|in truth|oversimplif[a-z]*|simplistic|interpretation|misnomer',
      'misrepresent[a-z]*|distort[a-z]*|oversold|overrated|overplayed|overestimat[a-z]*|underestimat[a-z]*',
      'partly|partially|in part|to some extent|somewhat',
      'different from|distinct from|a far cry from|another matter|a different matter|a separate question|a separate point',
      'far more than|much more than|far higher than|much higher than|(?:true|real) (?:cost|costs|figure|price|bill|spending|number)',
      // A fall undone says the fall did not last: "was back at record highs by summer".
      'short-lived|rebounded|recovered|bounced back|clawed back|regained|(?:was|were) back (?:at|to|above|near)',
      'nuanced|more complicated|more complex|half the story|part of the story|glosses over|gloss over|obscures|cherry-picked|cherry-picking|apples to oranges|apples-to-oranges',
      'falsch|irreführend|übertrieben|mythos|tatsächlich|eigentlich|sondern|anstatt|stattdessen|teilweise|verkürzt',
    ],
  },
  {
    // "only", "just" and "merely" before the claim's own figure are its emphasis, not a limit:
    // see `emphasisesOwnFigure`. "Just" counts only before a figure or "a".
    name: 'limitation',
    exempt: 'none',
    words: [
      'only|merely|solely|mere|just|excludes|exclude|excluded|excluding|exclusive of|omits|omitted|ignores|ignored|ignoring',
      'nur|lediglich|bloß|bloss',
    ],
  },
  {
    name: 'contrast',
    exempt: 'word',
    words: [
      // A contest named ("the watchdog versus DeepSeek") is not its outcome.
      'however|but|yet|although|though|whereas|nevertheless|nonetheless|even so|versus|vs',
      'aber|jedoch|doch|allerdings|dennoch|trotzdem|zwar',
    ],
  },
  {
    // Attribution that keeps its distance; "says", "reported", "found", "confirmed" do not.
    name: 'attribution',
    exempt: 'word',
    words: [
      'alleged|allegedly|allegation|allegations|allege|alleges|supposed|supposedly|purported|purportedly|so-called',
      'claim|claims|claimed|claiming|asserts|asserted|contends|contended|touts|touted|boasts|boasted',
      'insists|insisted|maintains|maintained|rumour|rumours|rumor|rumors|rumoured|rumored|reportedly',
      'said to|believed to|thought to|accused|accuses|accusing|accusation|accusations|suspected|suspects|suspicion',
      'unnamed|anonymous|unidentified',
      'angeblich|behauptet|behaupten|behauptung|mutmaßlich|mutmasslich|gerücht|gerüchte|soll|sollen',
    ],
  },
  {
    name: 'uncertainty',
    exempt: 'word',
    words: [
      'unclear|uncertain|unproven|unverified|unconfirmed|uncorroborated|evidence|speculation|speculative',
      'open question|remains to be seen|too early|premature|unknown|hard to say|hard to know|impossible to say|hard to verify|unaudited|self-reported',
      'unklar|unbestätigt|spekulation',
    ],
  },
  {
    // Sarcasm says the opposite of its words: "Oh sure, the controls failed so badly that…",
    // "Nice to know that…", a "Sure," that opens a concession. A claim is never sarcastic.
    name: 'sarcasm',
    exempt: 'none',
    words: [
      'oh,? sure|oh,? yes|oh,? great|oh,? right|yeah,? right|sure thing|nice to know|great argument',
      'what a surprise|because of course|as if|totally legit|(?<=^[^\\p{L}\\p{N}]*)sure(?=,)',
    ],
  },
  {
    // What may be: not a claim stated — unless the claim itself is of what may be ("could lower
    // the barriers", "might limit their adoption"). A claim of what will be is not repeated by a
    // sentence of what may be: "could reduce demand" hedges "will reduce demand".
    name: 'irrealis',
    exempt: 'class',
    words: [
      // "May" the month ("May 2025 —", "13 May", "in May") is a date, "appears in Nature" is
      // published: neither hedges.
      '(?<!(?:(?<![\\p{L}\\p{N}])\\d{1,2}|in|since|until|till|early|late|last|next|mid|of) )may(?!\\.? ?\\d)',
      'might|could|should|perhaps|possibly|maybe|seems|seemed',
      'appears(?= (?:to|that|as if|likely|unlikely)(?![\\p{L}]))|appeared(?= (?:to|that|as if)(?![\\p{L}]))|(?<=it )appears',
      'apparently|likely|unlikely|probably|presumably|potentially|arguably',
      'proposed|proposal|proposes|draft|pending|mulling|mulls|hopes to|seeks to',
      // A bill is what a law may be: "a Senate bill would make exporters prove…" is no law yet.
      'bills? (?:that )?(?:would|to|seeks? to|aims? to)',
      'könnte|könnten|dürfte|dürften|sollte|sollten|möglicherweise|vielleicht',
      'vermutlich|offenbar|anscheinend|scheinbar|wohl',
    ],
  },
  {
    // What would or will be: not a claim stated — unless the claim itself is of what will or may
    // be ("will reduce demand" is repeated by "the world will need fewer accelerators").
    name: 'future',
    exempt: 'class',
    forgivenBy: ['future', 'irrealis'],
    words: [
      'would|will',
      // "Expect" alone is left out ("Analysts expect more volatility" is a forecast of its own, and
      // a headline without a full stop reads on into the next sentence); "expect X to" is not.
      "expects?(?=(?: [\\p{L}'-]+){1,4} to )",
      'expected|plans to|planned|planning to|set to|is to|are to|poised to|aims to|intends to',
      'watching|awaits|awaiting|forecast|forecasts|predicts|predicted',
      'würde|würden',
    ],
  },
  {
    // What would follow if: a condition is the claim's own only in the claim's own words ("if the
    // bill passes, chips would have to report where they are" is no repeat of "a law will require").
    name: 'conditional',
    exempt: 'word',
    words: [
      'if|unless|in theory|on paper|theoretically|hypothetically|assuming|suppose|supposing',
      'wenn|falls',
    ],
  },
];

/**
 * Chinese, Japanese and Korean, which do not separate words: as they are written inside a run of
 * characters, not in the words that merely contain one (不到 "under", 不少 "many", 不断
 * "constantly", 未来 "future", 非常 "very", 非法 "illegal", 无人机 "drone"; MASKS takes out
 * 不仅 "not only", 不亚于 "no less than" and the like).
 */
const CJK_CLASSES: readonly CueClass[] = [
  {
    name: 'negation',
    exempt: 'word',
    words: [
      '不(?!到|少|断|久|同|足|论)|没|未(?!来)|非(?!常|洲)|无|缺乏|难以',
      'ない|なかった|ません|않|아니|없',
    ],
  },
  {
    name: 'doubt',
    exempt: 'word',
    words: [
      '否认|否定|质疑|怀疑|疑问|存疑|争议|争论|批评|反驳|驳斥|辟谣|是否|能否|可否|会否',
      '疑問|疑い|疑惑|反論|批判|의문|의혹|부인|논란|반박|비판',
    ],
  },
  {
    name: 'correction',
    exempt: 'word',
    words: [
      '误导|夸大|夸张|言过其实|误解|误读|误传|错误|其实|实际上|事实上|而是|严格来说|严格地说|准确地说|准确来说|确切地说|高估|低估|片面',
      '誇張|誤り|誤解|実際には|ではなく|必ずしも|とは限らない|과장|오해|사실은|실제로는|사실이 아니',
    ],
  },
  { name: 'limitation', exempt: 'none', words: ['仅|只(?!要)|だけ|のみ|뿐'] },
  { name: 'contrast', exempt: 'word', words: ['但|然而|却|しかし|하지만|그러나|지만'] },
  {
    name: 'attribution',
    exempt: 'word',
    words: [
      '据称|声称|号称|宣称|自称|所谓|据传|据说|传闻|传言|谣言|涉嫌|疑似|指控|指称|とされ|と主張|噂|주장|것으로 알려',
    ],
  },
  {
    name: 'uncertainty',
    exempt: 'word',
    words: ['证据|有待|真的|尚不清楚|为时过早|为时尚早|言之过早|時期尚早'],
  },
  {
    name: 'irrealis',
    exempt: 'class',
    words: ['可能|或许|也许|大概|似乎|好像|恐怕|或将', 'かもしれない|可能性|だろう|でしょう|らしい|가능성'],
  },
  {
    name: 'future',
    exempt: 'class',
    forgivenBy: ['future', 'irrealis'],
    words: ['预计|有望|打算|将会|即将', '予定|見込み|예정|전망'],
  },
  { name: 'conditional', exempt: 'word', words: ['如果|假如|假设|若(?!干)|一旦|除非|只要|만약|만일'] },
  {
    name: 'question',
    exempt: 'word',
    words: [
      '吗|呢(?=$|[。，！？!?,\\s])|多少|什么|怎么|怎样|为何|为什么|如何|哪|谁|难道',
      'か(?=[。？?!！]?\\s*$)|까(?=[.?!]?\\s*$)|나요|는가',
    ],
  },
];

/**
 * Negation, English and German. Its scope — the words after it, to the end of the clause — decides
 * whether it is the claim's own (`negatedByClaim`), beside the point (`beside`), or a denial.
 * Longer cues first, so "not a single" is not read as "not".
 */
/** "No. 1", "No 2" is a rank, not a negation. */
const NOMINAL_NEGATION = [
  'not a single',
  'not one',
  'not any',
  'without',
  'zero',
  'no(?! longer| one|\\.? ?\\d)',
];
const VERBAL_NEGATION = [
  'no longer|no one|nowhere|not|never|nor|neither|none|nothing|nobody|cannot|lack|lacks|lacked|lacking',
  "[a-z]+n't|hardly|barely|scarcely|(?<!\\ba )little(?!-)",
  'nicht|kein|keine|keinen|keiner|keines|keinem|nie|niemals|nichts|niemand|weder|ohne|kaum',
];

const LETTER = '\\p{L}\\p{N}';
/** Whole words: not inside a word, nor after a hyphen ("China-only" is no limitation). */
const wholeWords = (alternatives: readonly string[]) =>
  `(?<![${LETTER}-])(?:${alternatives.join('|')})(?![${LETTER}])`;

const WORD_PATTERNS = WORD_CLASSES.map((cueClass) => ({
  ...cueClass,
  pattern: new RegExp(wholeWords(cueClass.words), 'gu'),
}));
const CJK_PATTERNS = CJK_CLASSES.map((cueClass) => ({
  ...cueClass,
  pattern: new RegExp(`(?:${cueClass.words.join('|')})`, 'gu'),
}));
const NEGATION = new RegExp(
  `(?<![${LETTER}-])(?:(?<nominal>${NOMINAL_NEGATION.join('|')})|${VERBAL_NEGATION.join('|')})(?![${LETTER}])`,
  'gu',
);

/**
 * Phrases whose distancing word does not distance, blanked before the cues are looked for:
 * "not only … but also" adds, "if not better" outdoes, "no doubt" affirms, "hard to argue with",
 * "arguably", "if anything" and "in all but name" grant; 不仅, 不但, 不亚于
 * ("no less than"), 不得不 ("had to"), 非法 ("illegal"), 无人机 ("drone"), 无疑 ("undoubtedly").
 */
const MASKS: readonly RegExp[] = [
  /(?<![\p{L}])(?:not|[a-z]+n't) (?:only|just|merely|simply)(?![\p{L}])(?:[^.;:!?]*?(?<![\p{L}])but(?: also)?(?![\p{L}]))?/gu,
  /(?<![\p{L}])or not(?=\s*[,.;:!?]|\s*$)/gu,
  /(?<![\p{L}])if not (?:[a-z]+er|more|most|all|outright|ahead|superior|beyond)(?![\p{L}])/gu,
  // Questions put to a chatbot are no doubt of the claim: "sidesteps questions about Tiananmen".
  /(?<=(?<![\p{L}])(?:answer|answers|answered|answering|dodge|dodges|dodged|dodging|sidestep|sidesteps|sidestepped|sidestepping|deflect|deflects|deflected|deflecting|evade|evades|evaded|evading|avoid|avoids|avoided|avoiding|ask|asks|asked|asking)(?: [\p{L}'-]+){0,2} )questions?(?![\p{L}])/gu,
  // Hedges that grant the claim rather than doubt it: "hard to argue with", "arguably", "if
  // anything" (it is more so), "in all but name".
  /(?<![\p{L}])(?:(?:hard|difficult) to (?:argue with|deny|dispute)|there is no denying|no denying|arguably|if anything|in all but name)(?![\p{L}])/gu,
  /(?<![\p{L}])(?:no (?:doubt|wonder|less than|fewer than)|without (?:a )?doubt|undoubtedly|doubtless|none other than|nothing short of|nothing less than|not least|second to none|little-known)(?![\p{L}])/gu,
  /不仅|不只|不但|不光|不止|不亚于|不逊于|不输|不得不|不可或缺|非法|无人机|无线|无论|无疑|无数|毫无疑问/gu,
];

/** Blanks what MASKS names, keeping every other character in place. */
function masked(folded: string): string {
  let text = folded;
  for (const mask of MASKS) text = text.replace(mask, (found) => ' '.repeat(found.length));
  return text;
}

/** A question: it has a question mark (Latin or full-width)… */
const QUESTION_MARK = /[?？]/u;
/**
 * …or opens with a question word, as headlines ask without one ("What Malaysia's permit rule means
 * for chip traders", "How DeepSeek did it", "Will the H20 ban hold", "Ist DeepSeek wirklich offen").
 */
const QUESTION_OPENING = new RegExp(
  `^[^${LETTER}]*(?:what|how|why|when|where|who|whom|whose|which|whether|will|would|can|could|should|shall|does|do|did|is|are|was|were|has|have|had|wie|warum|wieso|weshalb|wann|wo|wer|welche|welcher|welches|welchen|ob|ist|sind|hat|haben|kann|können|wird|werden|soll|sollte|darf|muss)(?![${LETTER}])`,
  'u',
);

/**
 * Words in quotation marks, one to five of them and not a clause of speech (which ends in its own
 * comma or stop inside the marks): scare quotes ("its “open” model").
 */
const SCARE_QUOTES = /[“"]([^“”"]{1,60})[”"]|(?<![\p{L}\p{N}])‘([^‘’]{1,60})’(?![\p{L}\p{N}])/gu;

/** Where a negation's scope ends: a clause boundary. */
const CLAUSE_END =
  /[,;:.!?()[\]—–]|\s-\s|(?<![\p{L}])(?:but|and|or|while|which|who|because|so|as|since|although|though|whereas|yet)(?![\p{L}])/u;
/** The most words a negation's scope reaches. */
const SCOPE_WORDS = 6;

interface Scope {
  /** The terms of the words after the negation, to the end of its clause (at most SCOPE_WORDS). */
  terms: string[];
  /** Where the scope ends in the text. */
  end: number;
}

/** A negation's scope: the words after it, to the end of its clause. */
function scopeAfter(text: string, after: number): Scope {
  const rest = text.slice(after);
  const boundary = rest.search(CLAUSE_END);
  const clause = boundary < 0 ? rest : rest.slice(0, boundary);
  const words = [...clause.matchAll(/\S+/gu)].slice(0, SCOPE_WORDS);
  const last = words[words.length - 1];
  const length = last ? (last.index ?? 0) + last[0].length : 0;
  return { terms: termsOf(clause.slice(0, length)), end: after + length };
}

/** Each negation of `text` and its scope, and the text with them blanked. */
function negationsIn(text: string): { negations: { match: RegExpMatchArray; scope: Scope }[]; rest: string } {
  const negations: { match: RegExpMatchArray; scope: Scope }[] = [];
  let rest = text;
  const blank = (from: number, to: number) => {
    rest = rest.slice(0, from) + ' '.repeat(to - from) + rest.slice(to);
  };
  for (const match of text.matchAll(NEGATION)) {
    const start = match.index ?? 0;
    const scope = scopeAfter(text, start + match[0].length);
    negations.push({ match, scope });
    blank(start, scope.end);
  }
  for (const match of text.matchAll(NEGATING)) {
    const start = match.index ?? 0;
    blank(start, scopeAfter(text, start + match[0].length).end);
  }
  return { negations, rest };
}

/**
 * Words that negate what follows without distancing the sentence: "instead of", "rather than",
 * and verbs of doing without ("skipped supervised fine-tuning", "ditched Nvidia"). In a claim's
 * wording they say what it denies; in a sentence, what it does not assert.
 */
const NEGATING =
  /(?<![\p{L}])(?:instead of|rather than|skip|skips|skipped|skipping|ditch|ditches|ditched|ditching|abandoned|eschewed|forwent|bypassed|bypassing)(?![\p{L}])/gu;

/**
 * Words a negation turns into the claim's own ("didn't work" says "failed"), as pairs of a word
 * and its opposites; also any word the claim writes with a negative prefix ("effective" against
 * "ineffective").
 */
const OPPOSITES: readonly (readonly [string, string])[] = [
  [
    'work works worked working effective succeed succeeded success',
    'fail fails failed failing failure ineffective backfired',
  ],
  [
    'allow allowed allows permit permitted legal lawful',
    'ban banned bar barred block blocked prohibit prohibited illegal forbid forbidden outlaw',
  ],
  ['cheap cheaper inexpensive', 'expensive costly'],
];
const NEGATIVE_PREFIXES = ['in', 'un', 'il', 'im', 'ir', 'non', 'dis'];

let opposites: Map<string, Set<string>> | undefined;
function oppositesOf(term: string): ReadonlySet<string> {
  if (!opposites) {
    opposites = new Map();
    for (const [a, b] of OPPOSITES) {
      const left = new Set(termsOf(a));
      const right = new Set(termsOf(b));
      for (const t of left) opposites.set(t, new Set([...(opposites.get(t) ?? []), ...right]));
      for (const t of right) opposites.set(t, new Set([...(opposites.get(t) ?? []), ...left]));
    }
  }
  return opposites.get(term) ?? new Set();
}

// ---------------------------------------------------------------------------------------------
// What a claim says of itself, read once per claim.

type ClaimWords = Pick<Claim, 'statement'> & Partial<Pick<Claim, 'paraphrases' | 'keywords' | 'caveats'>>;

interface Figure {
  kind: '#' | '%';
  value: number;
}

interface ClaimProfile {
  /** Per class, the distancing words its wordings (statement, paraphrases) use. */
  cues: ReadonlyMap<string, ReadonlySet<string>>;
  /** The terms its wordings negate ("without human-written examples"; "instead of Nvidia's"). */
  negated: ReadonlySet<string>;
  /** The first term of each thing its wordings negate: what a negation must be about to agree. */
  negatedHeads: ReadonlySet<string>;
  /** Those of them no wording asserts: what the claim denies ("human-written examples"). */
  denied: ReadonlySet<string>;
  /** The terms of its wordings (statement, paraphrases). */
  wording: ReadonlySet<string>;
  /** The terms of its own words: keywords, statement, paraphrases. */
  own: ReadonlySet<string>;
  /** The terms of its caveats that its own words lack. */
  caveatOnly: ReadonlySet<string>;
  /** The figures of its own words. */
  figures: readonly Figure[];
}

const profiles = new WeakMap<object, ClaimProfile>();

function profileOf(claim: ClaimWords): ClaimProfile {
  let profile = profiles.get(claim);
  if (profile) return profile;
  const wordings = [claim.statement, ...(claim.paraphrases ?? [])];
  const cues = new Map<string, Set<string>>();
  const negated = new Set<string>();
  const negatedHeads = new Set<string>();
  const asserted = new Set<string>();
  for (const wording of wordings) {
    const text = masked(foldForTerms(wording));
    for (const { name, found } of cuesIn(text)) {
      const words = cues.get(name) ?? new Set<string>();
      words.add(found);
      cues.set(name, words);
    }
    const { negations, rest } = negationsIn(text);
    const scopes = [
      ...negations.map(({ scope }) => scope.terms),
      ...[...text.matchAll(NEGATING)].map(
        (match) => scopeAfter(text, (match.index ?? 0) + match[0].length).terms,
      ),
    ];
    for (const terms of scopes) {
      for (const term of terms) negated.add(term);
      if (terms[0] !== undefined) negatedHeads.add(terms[0]);
    }
    for (const term of termsOf(rest)) asserted.add(term);
  }
  const denied = new Set([...negated].filter((term) => !asserted.has(term)));
  const wording = new Set(termsOf(wordings.join(' \n ')));
  const own = new Set([...wording, ...termsOf((claim.keywords ?? []).join(' \n '))]);
  const caveatOnly = new Set(termsOf((claim.caveats ?? []).join(' \n ')).filter((term) => !own.has(term)));
  profile = { cues, negated, negatedHeads, denied, wording, own, caveatOnly, figures: figuresOf([...own]) };
  profiles.set(claim, profile);
  return profile;
}

interface Cue {
  name: string;
  exempt: Exemption;
  forgivenBy: readonly string[];
  found: string;
  index: number;
}

/** Every distancing word (negation apart) in masked folded text, with its class. */
function cuesIn(text: string): Cue[] {
  const out: Cue[] = [];
  for (const { name, exempt, forgivenBy, pattern } of [...WORD_PATTERNS, ...CJK_PATTERNS]) {
    for (const match of text.matchAll(pattern))
      out.push({ name, exempt, forgivenBy: forgivenBy ?? [name], found: match[0], index: match.index ?? 0 });
  }
  return out;
}

/** A year ("2022") is a date, not a figure of the claim. */
const isYear = (value: number) => Number.isInteger(value) && value >= 1900 && value <= 2100;

/** The figures among `terms`: amounts and counts (`#`) of ten or more that are not years, and shares (`%`). */
function figuresOf(terms: readonly string[]): Figure[] {
  const out: Figure[] = [];
  for (const term of terms) {
    const kind = term[0];
    if (kind !== '#' && kind !== '%') continue;
    const value = Number(term.slice(1));
    if (!Number.isFinite(value)) continue;
    if (kind === '#' && (value < 10 || isYear(value))) continue;
    out.push({ kind, value });
  }
  return out;
}

const sameFigure = (a: Figure, b: Figure) =>
  a.kind === b.kind && Math.max(a.value, b.value) <= FIGURE_TOLERANCE * Math.min(a.value, b.value);

/** Whether `term`, or a synonym the sentence brings for it, is in `set`. */
function hasTerm(
  set: ReadonlySet<string>,
  term: string,
  synonyms: ReadonlyMap<string, readonly string[]>,
): boolean {
  return set.has(term) || (synonyms.get(term) ?? []).some((other) => set.has(other));
}

/** For each term of `terms`, the synonyms it brings (lib/rank/synonyms.ts). */
function synonymsOf(terms: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { term, source } of synonymExpansions(terms)) {
    for (const from of source.split(' ')) out.set(from, [...(out.get(from) ?? []), term]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The three tests of the sentence's own voice.

/**
 * Whether `sentence` keeps a distance from what it says about `claim`: it asks, negates, doubts,
 * qualifies, corrects, attributes with distance, is unsure, or speaks of what may or will be; or
 * puts words in scare quotes. What the claim's own wordings say too does not count:
 * - a word of a `word` class, when the wordings use that very word ("could", "China-only");
 * - any word of a `class` class, when the wordings use one ("will reduce demand" is repeated by
 *   "if models can be trained this cheaply, the world will need fewer accelerators");
 * - "only", "just" or "merely" before the claim's own figure ("just $5.6 million", 只花了不到600万美元);
 * - a negation of what the wordings negate ("no human demonstrations" for "without human-written
 *   examples"), or of the opposite of what they say ("didn't work" for "have failed");
 * - "no", "without" or "not a single" before words that are none of the claim's ("left the
 *   database open without a password").
 */
export function distancesItself(
  sentence: string,
  claim: Pick<Claim, 'statement' | 'paraphrases'> & Partial<Pick<Claim, 'keywords'>>,
): boolean {
  const folded = foldForTerms(sentence);
  if (QUESTION_MARK.test(folded) || QUESTION_OPENING.test(folded)) return true;
  if (hasScareQuotes(sentence)) return true;
  const text = masked(folded);
  const profile = profileOf(claim);
  for (const { name, exempt, forgivenBy, found, index } of cuesIn(text)) {
    const own = profile.cues.get(name);
    if (exempt === 'class' && forgivenBy.some((other) => profile.cues.has(other))) continue;
    if (exempt === 'word' && own?.has(found)) continue;
    if (name === 'limitation' && !limits(text, found, index, profile)) continue;
    return true;
  }
  const { negations, rest } = negationsIn(text);
  for (const { match, scope } of negations) {
    const synonyms = synonymsOf(scope.terms);
    if (negatedByClaim(scope.terms, synonyms, profile)) continue;
    if (match.groups?.nominal !== undefined && beside(scope.terms, synonyms, profile)) continue;
    return true;
  }
  // Asserting what the claim denies: "fine-tuned on cold-start examples designed with human priors"
  // against "without human-written examples".
  return termsOf(rest).some((term) => profile.denied.has(term));
}

/** Scare quotes: one to five words in quotation marks that are not a clause of speech. */
function hasScareQuotes(sentence: string): boolean {
  for (const match of sentence.matchAll(SCARE_QUOTES)) {
    const quoted = (match[1] ?? match[2] ?? '').trim();
    if (/[,.!?…，。！？]$/u.test(quoted)) continue;
    const words = quoted.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
    const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(quoted);
    if (words.length >= 1 && (cjk ? quoted.length <= 8 : words.length <= 5)) return true;
  }
  return false;
}

/**
 * Whether a limitation word limits: "only", "merely", "just" (and 只, 仅) before the claim's own
 * figure emphasise how small it is, as the claim does; "just" limits only before another figure or
 * "a" ("just 300 prompts", "just a fine-tuned V3"), being otherwise "simply" or "recently".
 */
function limits(text: string, found: string, index: number, profile: ClaimProfile): boolean {
  const after = text.slice(index + found.length);
  const cjk = /^[仅只]$/u.test(found);
  const next = cjk ? after.slice(0, 10) : after.trim().split(/\s+/u).slice(0, 4).join(' ');
  const figures = figuresOf(termsOf(next));
  if (figures.some((figure) => profile.figures.some((own) => sameFigure(own, figure)))) return false;
  if (found === 'just') return figures.length > 0 || /^\s*a(?![\p{L}])/u.test(after);
  return true;
}

/**
 * Whether a negation's scope is what the claim itself negates: it has the first word of something
 * a wording negates ("train" of "could not train it on Huawei chips"), or the opposite of a word
 * the wordings assert ("work" against "failed"), and no word of the claim's that the wordings do
 * not negate comes before it. "Had nothing to do with Huawei chips" and "not delayed by Huawei
 * chips" are no repeats of "could not train it on Huawei chips", nor "did not learn without
 * human-written examples" of "learned … without human-written examples".
 */
function negatedByClaim(
  scope: readonly string[],
  synonyms: ReadonlyMap<string, readonly string[]>,
  profile: ClaimProfile,
): boolean {
  for (const term of scope) {
    const opposed =
      [...oppositesOf(term)].some((opposite) => profile.wording.has(opposite)) ||
      NEGATIVE_PREFIXES.some((prefix) => profile.wording.has(prefix + term));
    // What follows the agreeing word is what it negates; a word of the claim's before it is what
    // the sentence negates instead ("did not learn without human examples").
    if (opposed || hasTerm(profile.negatedHeads, term, synonyms)) return true;
    if (!hasTerm(profile.negated, term, synonyms) && hasTerm(profile.own, term, synonyms)) return false;
  }
  return false;
}

/**
 * Whether a "no"/"without" negation is beside the point: none of the words it negates is the
 * claim's, itself or by a synonym. "There is no sign that DeepSeek leaked data" negates the claim's
 * words: the scope runs on through "that".
 */
function beside(
  scope: readonly string[],
  synonyms: ReadonlyMap<string, readonly string[]>,
  profile: ClaimProfile,
): boolean {
  return scope.length > 0 && scope.every((term) => !hasTerm(profile.own, term, synonyms));
}

/**
 * Whether `sentence` speaks the claim's caveats: at least MARK_CAVEAT_TERMS of its terms, and
 * MARK_CAVEAT_SHARE of them, are words of the caveats that the claim's own words lack. A sentence
 * that qualifies a claim uses the words its caveats use ("the figure leaves out research and staff").
 */
export function speaksCaveats(sentence: string, claim: ClaimWords): boolean {
  const profile = profileOf(claim);
  const terms = [...new Set(termsOf(sentence))];
  if (terms.length === 0) return false;
  const synonyms = synonymsOf(terms);
  const count = terms.filter(
    (term) => profile.caveatOnly.has(term) && !hasTerm(profile.own, term, synonyms),
  ).length;
  return count >= MARK_CAVEAT_TERMS && count / terms.length >= MARK_CAVEAT_SHARE;
}

/**
 * Whether `sentence` gives a figure of a kind the claim's own words give (an amount or count, a
 * share), but none of theirs within FIGURE_TOLERANCE: "the H20 charge it booked was $4.5 billion"
 * against "$5.5 billion", "a fleet of 50,000 GPUs" against "2.788 million GPU-hours". Years and
 * numbers under ten are left out; a claim without figures has none to contradict.
 */
export function statesOtherFigure(sentence: string, claim: ClaimWords): boolean {
  const own = profileOf(claim).figures;
  return figuresOf(termsOf(sentence)).some(
    (figure) =>
      own.some((mine) => mine.kind === figure.kind) && !own.some((mine) => sameFigure(mine, figure)),
  );
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
  // A sentence that meets nearly all of one wording states the claim, whatever else it adds; one
  // that meets most of it may add a clause of its own.
  const grounding =
    restated >= MARK_WHOLE_WORDING
      ? 0
      : restated >= MARK_CLOSE_WORDING
        ? MARK_GROUNDING_CLOSE
        : MARK_GROUNDING;
  if ((lead.grounding ?? 0) < grounding) return null;
  if (
    next &&
    next.score > MARK_LEAD_SHARE * lead.score &&
    restated - (next.restatement ?? 0) < MARK_WORDING_LEAD
  )
    return null;
  if (distancesItself(sentence, lead.claim)) return null;
  // An event listing, a people's move, a market tick, product news or a how-to step tells where,
  // when or how; the claim words it shares are its setting, not what it asserts.
  if (setsAScene(sentence)) return null;
  if (speaksCaveats(sentence, lead.claim) || statesOtherFigure(sentence, lead.claim)) return null;
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
