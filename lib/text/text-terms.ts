/**
 * Text → index terms, shared by claim ranking (lib/rank/ranker.ts) and search (lib/rank/search.ts), so a
 * claim's words and a sentence's or query's words meet in the same form. Pure: no DOM, no `browser`.
 *
 * - Text is normalised by lib/text/normalize.ts (NFKC, apostrophes, dashes, spaces), lower-cased, and
 *   Traditional Chinese characters are folded to Simplified, and a few words Taiwan writes
 *   differently to the mainland's (晶片 → 芯片; lib/text/han-script.ts).
 * - Words are stemmed by a light suffix stripper ("controls", "controlled" → "control"; "licence",
 *   "licensing" → "licens"), British and American spellings fold together.
 * - Numbers become one term for their value, whatever the writing: "$5.6 million", "$5.6m" and
 *   "5.6 million" are `#5600000`; "2,048" is `#2048`; "17%", "17 per cent" and "17 percent" are
 *   `%17`; a number spelled out before its unit is its value too ("six million" `#6000000`, "fifteen
 *   per cent" `%15`), and so are a unit with a hyphen or a plural, or abbreviated ("a
 *   five-trillion-dollar company", "5.6 millions", "5.6 mil"). "October 2023" is `@2023-10` (and the year `#2023`), "27 January" is `@01-27`.
 * - Chinese, Japanese and Korean runs are cut into words with `Intl.Segmenter`, and each run also
 *   gives its overlapping pairs of characters: the segmenter splits names it does not know
 *   (英伟达 → 英伟|达), and a pair found in both a query and a keyword is a match either way.
 * - Stop words (function words, question words, news filler) give no term.
 */
import { toMainlandWords, toSimplified } from './han-script';
import { normalizeForMatch } from './normalize';

const NON_ASCII = /[^ -~\t\n\r]/u;
const WHITE_SPACE_RUN = /\s+/gu;

/** Lower-cased normalised text: the one form in which ranking and search compare words. */
export function foldForTerms(text: string): string {
  // ASCII is stable under normalisation except for white space, which only needs collapsing; most
  // claim text is ASCII, and skipping the offset map makes indexing several times faster.
  if (!NON_ASCII.test(text)) return text.replace(WHITE_SPACE_RUN, ' ').toLowerCase();
  // Chinese writes numbers inside a run of characters ("不到600万美元"): a space before the digits
  // lets the number, and its unit, be read as a value.
  return toMainlandWords(toSimplified(normalizeForMatch(text).text.toLowerCase())).replace(
    CJK_BEFORE_DIGIT,
    '$1 ',
  );
}

/**
 * Function words, question words and news filler that say nothing about which claim a text is
 * about. Words that carry claims (cost, trained, chips, stock, ban, open, licence…) are kept.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...`a about above according across after afterwards again against ago all almost along already also
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
  monday tuesday wednesday thursday friday saturday sunday tell told amid asked ask
  mr mrs ms dr inc corp co ltd people time times way ways thing things lot lots
  is are was were isn aren wasn weren don doesn didn won wouldn couldn shouldn can't
  include includes included reach reached reaches update updated updates plan plans planned
  official officials country countries position let lets major call called calls early earlier
  little change changed changes report claim claims claimed expect expects expected want wants
  wanted find finds found show shows showed shown give gives gave try tried tries
  based roughly approximately`.split(/\s+/),
  // German function words, for news in German ("war" and "mit" stay: a trade war, the MIT licence).
  ...`der die das den dem des ein eine einen einem einer eines und oder aber von vom zu zum zur für
  auf am im ist sind wird werden wurde wurden hat haben hatte hatten als auch nach bei beim aus wie
  dass daß es er sie wir ihr ihre ihren ihrem sein seine seinen seinem seiner sich nicht kein keine
  noch schon nur über unter vor durch gegen ohne um bis ab dies diese dieser dieses jetzt hier dort
  laut sagte sagt seit mehr man so`.split(/\s+/),
]);

/** Chinese function words and question particles, after folding to Simplified. */
const HAN_STOP_WORDS: ReadonlySet<string> = new Set(
  '的 了 吗 呢 吧 啊 是 在 和 与 及 或 也 都 就 而 被 把 对 从 向 谁 什么 怎么 如何 为什么 哪 哪里 多少 有 没有 这 那 这个 那个 一个 我 你 他 她 它 们'.split(
    ' ',
  ),
);

/** British spellings folded to American ones before stemming, so both meet. */
const SPELLING: readonly (readonly [RegExp, string])[] = [
  [/^licenc/u, 'licens'],
  [/^defenc/u, 'defens'],
  [/^offenc/u, 'offens'],
  [/centre(s?)$/u, 'center$1'],
  [/^programme/u, 'program'],
  [/isation(s?)$/u, 'ization$1'],
  [/is(e|ed|es|ing)$/u, 'iz$1'],
  [/ys(e|ed|es|ing)$/u, 'yz$1'],
  [/our$/u, 'or'],
];
/** Words the spelling rules must not touch ("rise" is not "rize", "hour" is not "hor"). */
const SPELLING_EXCEPTIONS = new Set(
  'rise rises rising raise raised raises raising wise otherwise advise advised premise promise promised surprise surprised exercise exercised enterprise enterprises expertise merchandise franchise revise revised devise noise poise praise praised precise concise paradise compromise hour hours four our your pour tour flour'.split(
    ' ',
  ),
);

/** Suffixes stripped once, longest match first; the stem keeps at least MIN_STEM characters. */
const SUFFIXES = [
  'izations',
  'ization',
  'ational',
  'ations',
  'ation',
  'ators',
  'ator',
  'ating',
  'ated',
  'ates',
  'izing',
  'ized',
  'izes',
  'ize',
  'ments',
  'ment',
  'ships',
  'ship',
  'iency',
  'ients',
  'ient',
  'ances',
  'ance',
  'ants',
  'ant',
  'ions',
  'ion',
  'ities',
  'ity',
  'ingly',
  'ings',
  'ing',
  'ures',
  'ure',
  'ness',
  'ers',
  'er',
  'ies',
  'ied',
  'ed',
  'ly',
  'es',
  'ate',
  'e',
  's',
] as const;
const MIN_STEM = 3;
/** Suffixes that need a longer stem: "legally" → "legal", but "comply" and "Italy" stay whole. */
const LONG_STEM_SUFFIXES: Readonly<Record<string, number>> = { ly: 5 };
/** Endings of words that only look plural or inflected ("bus", "analysis", "chess"). */
const NOT_PLURAL = /(?:ss|us|is|ous)$/u;

/**
 * Words whose suffix, stripped, would make them another word: "billions" is not a "bill" of
 * Congress, "million" not a "mill", "trading" and "traders" are the markets' words, not
 * "trade" between countries, and "customers" are no "customs".
 */
const FIXED_STEMS: ReadonlyMap<string, string> = new Map([
  ['million', 'million'],
  ['millions', 'million'],
  ['billion', 'billion'],
  ['billions', 'billion'],
  ['trillion', 'trillion'],
  ['trillions', 'trillion'],
  ['trading', 'trading'],
  ['trader', 'trader'],
  ['traders', 'trader'],
  // A company's customers are not a country's customs.
  ['customer', 'customer'],
  ['customers', 'customer'],
]);

/**
 * The stem of one lower-cased word. Consistent, not linguistic: index and query go through the same
 * function, so all that matters is that a word's inflections share a stem and unrelated words
 * rarely do. Words with digits (model and chip names) lose only a plural "s" ("h800s" → "h800").
 */
export function stemWord(word: string): string {
  if (/\d/u.test(word)) return word.replace(/(?<=\d)s$/u, '');
  if (word.length <= MIN_STEM) return word;
  const fixed = FIXED_STEMS.get(word);
  if (fixed !== undefined) return fixed;
  let w = word;
  if (!SPELLING_EXCEPTIONS.has(w)) {
    for (const [pattern, replacement] of SPELLING) {
      if (pattern.test(w)) {
        w = w.replace(pattern, replacement);
        break;
      }
    }
  }
  // "gpus", "cpus": a four-letter word ending in "us" is a plural acronym more often than not.
  if (!NOT_PLURAL.test(w) || (w.length === 4 && w.endsWith('us'))) {
    for (const suffix of SUFFIXES) {
      if (w.endsWith(suffix) && w.length - suffix.length >= (LONG_STEM_SUFFIXES[suffix] ?? MIN_STEM)) {
        w = w.slice(0, -suffix.length);
        if (suffix === 'ies' || suffix === 'ied') w += 'y';
        // "fees" is "fee", as a word of MIN_STEM letters is kept whole: the "e" goes only from a
        // longer stem ("releases" → "releas", as "release" → "releas").
        else if (suffix !== 'e' && w.length > MIN_STEM) w = w.replace(/e$/u, '');
        break;
      }
    }
  }
  // "bann(ed)", "controll(ing)", "distill": a doubled final consonant is written once, except in
  // short words ("sell", "fall") and for s and z ("class", "jazz").
  if (/([b-df-hj-km-np-rtv-y])\1$/u.test(w) || (w.length > 4 && w.endsWith('ll'))) w = w.slice(0, -1);
  return w.replace(/y$/u, 'i');
}

const MONTHS: Readonly<Record<string, string>> = {
  jan: '01',
  january: '01',
  feb: '02',
  february: '02',
  mar: '03',
  march: '03',
  apr: '04',
  april: '04',
  may: '05',
  jun: '06',
  june: '06',
  jul: '07',
  july: '07',
  aug: '08',
  august: '08',
  sep: '09',
  sept: '09',
  september: '09',
  oct: '10',
  october: '10',
  nov: '11',
  november: '11',
  dec: '12',
  december: '12',
};
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const MULTIPLIERS: Readonly<Record<string, number>> = {
  // Chinese counts in ten thousands: 600万 is 6 million, 5890亿 is 589 billion, 4万亿 4 trillion.
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  万亿: 1e12,
  兆: 1e12,
  // Korean: 5조 달러 is $5 trillion, 1억 100 million.
  만: 1e4,
  억: 1e8,
  조: 1e12,
  // German: a Billion is a trillion, a Milliarde a billion.
  millionen: 1e6,
  mio: 1e6,
  milliarde: 1e9,
  milliarden: 1e9,
  mrd: 1e9,
  billionen: 1e12,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mil: 1e6,
  mln: 1e6,
  bln: 1e9,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  t: 1e12,
};

/** Numbers news spells out before a unit ("six million", "two thousand", "fifteen per cent"). */
const SPELLED: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  half: 0.5,
};
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const SPELLED_NUMBER = `(?:(?:${TENS})(?:[- ](?:${ONES}))?|${ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;

/** German numbers spelled out before a German unit ("sechs Millionen", "fünf Billionen"). */
const GERMAN_NUMBERS: Readonly<Record<string, number>> = {
  ein: 1,
  eine: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  zwanzig: 20,
  hundert: 100,
};
const GERMAN_SPELLED = Object.keys(GERMAN_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The value of a spelled number as SPELLED_NUMBER matches it ("twenty-five" is 25). */
function spelledValue(words: string): number {
  return words.split(/[- ]/u).reduce((sum, word) => sum + (SPELLED[word] ?? 0), 0);
}

/** The scripts written without spaces between words, as the inside of a character class. */
const CJK_SCRIPTS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
/** Chinese units written right after the digits ("600万美元"), longest first. */
const CJK_UNIT = '万亿|十万|百万|千万|亿|万|千|兆|조|억|만';
/** A letter that is not CJK: a number may run into Chinese ("600美元") but not into Latin ("5nm"). */
const NOT_CJK_LETTER = `(?![${CJK_SCRIPTS}])\\p{L}`;

/**
 * One pass over folded text. The alternatives, in order: a month with a year or a day ("october
 * 2023", "jan. 27", "27 january"); a number with its unit or percent sign; a Latin or other
 * alphabetic word (with inner hyphens and apostrophes); a run of CJK characters.
 */
const PIECE = new RegExp(
  [
    `(?<monthYear>\\b(?<m1>${MONTH})\\.? (?:(?<d1>\\d{1,2}),? )?(?<y1>(?:19|20)\\d\\d)\\b)`,
    `(?<monthDay>\\b(?<m2>${MONTH})\\.? (?<d2>\\d{1,2})(?:st|nd|rd|th)?\\b)`,
    `(?<dayMonth>\\b(?<d3>\\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<m3>${MONTH})\\b(?:,? (?<y3>(?:19|20)\\d\\d)\\b)?)`,
    // A clock time ("10:42", "3:10 p.m.") is when, not how much: it gives no term.
    `(?<clock>\\b\\d{1,2}:\\d{2}\\b(?: ?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b))?)`,
    `(?<spelled>\\b(?<sv>${SPELLED_NUMBER}|a|half a)(?: (?<sh>hundred)(?:(?: and)? (?<sr>${SPELLED_NUMBER}))?)?(?:(?<spercent> per ?cent\\b| percent\\b)|[ -](?<sunit>thousand|million|billion|trillion)s?\\b))`,
    // German writes a decimal comma and thousands points ("5,6 Millionen Dollar").
    `(?<german>[$€£¥]?(?:(?<gdigits>\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?)|\\b(?<gspelled>${GERMAN_SPELLED})) ?(?<gunit>millionen|milliarden|milliarde|billionen|mio|mrd)\\b)`,
    `(?<number>[$€£¥]?(?<digits>\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:(?<percent> ?%| per ?cent\\b| pct\\b)|(?<unit>[ -]?(?:thousand|million|billion|trillion)s?\\b| ?(?:mil|mln|bln)\\b|(?:k|mn?|bn?|tn?)\\b|${CJK_UNIT}))?(?!\\p{N}|${NOT_CJK_LETTER}))`,
    `(?<word>[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+)*)`,
  ].join('|'),
  'gu',
);
const CJK = new RegExp(`[${CJK_SCRIPTS}]`, 'u');
const CJK_BEFORE_DIGIT = new RegExp(`([${CJK_SCRIPTS}])(?=\\d)`, 'gu');
const CJK_RUN = new RegExp(`^[${CJK_SCRIPTS}]+$`, 'u');
/** A run of CJK characters or a run of others: a word split where its script changes. */
const SCRIPT_RUN = new RegExp(`[${CJK_SCRIPTS}]+|[^${CJK_SCRIPTS}]+`, 'gu');

let wordSegmenter: Intl.Segmenter | undefined;
function segmentCjk(run: string): string[] {
  wordSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  for (const { segment, isWordLike } of wordSegmenter.segment(run)) if (isWordLike) words.push(segment);
  return words;
}

/** A value as a term: integers without separators, others with their decimals ("#5600000", "#2.5"). */
function valueTerm(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return `#${Number.isInteger(rounded) ? rounded.toFixed(0) : String(rounded)}`;
}

function pad2(day: string): string {
  return day.padStart(2, '0');
}

/** Terms of one word: its stem, or for a hyphenated word its parts' stems and the joined word's. */
function wordTerms(word: string, out: string[]): void {
  const bare = word.replace(/'s$/u, '').replace(/'/gu, '');
  const parts = bare.split('-').filter((part) => part !== '');
  for (const part of parts) {
    if (part.length < 2 && !/\d/u.test(part)) continue;
    if (STOP_WORDS.has(part)) continue;
    out.push(stemWord(part));
  }
  if (parts.length > 1) {
    const joined = parts.join('');
    if (!STOP_WORDS.has(joined)) out.push(stemWord(joined));
  }
}

/** Hiragana: in Japanese, particles and inflections ("の", "は", "した"), no word of a claim. */
const HIRAGANA = /\p{Script=Hiragana}/u;
/** A Korean particle at the end of a word ("엔비디아의", "시가총액이", "중국에서"). */
const HANGUL_PARTICLE =
  /^(\p{Script=Hangul}+?)(?:에서|으로|까지|부터|에게|이|가|은|는|을|를|의|에|로|와|과|도)$/u;

function cjkTerms(run: string, out: string[]): void {
  const seen = new Set<string>();
  const add = (term: string) => {
    if (!seen.has(term) && !HAN_STOP_WORDS.has(term) && !HIRAGANA.test(term)) {
      seen.add(term);
      out.push(term);
    }
  };
  const words = segmentCjk(run);
  for (const word of words) if (word.length >= 2) add(word);
  if (run.length === 1) add(run);
  // The Korean word without its particle as well, so that "엔비디아의" meets "엔비디아".
  const particle = run.length >= 3 ? HANGUL_PARTICLE.exec(run) : null;
  if (particle?.[1] !== undefined && particle[1].length >= 2) add(particle[1]);
  // Pairs catch what the segmenter splits (英伟|达 still gives 伟达), but a pair across the boundary
  // of two words of two or more characters (人工|智能 → 工智) is neither word: it would count the
  // run a third time.
  const wordBoundaries = new Set<number>();
  let at = 0;
  words.forEach((word, i) => {
    at += word.length;
    const next = words[i + 1];
    if (next !== undefined && word.length >= 2 && next.length >= 2) wordBoundaries.add(at);
  });
  for (let i = 0; i + 2 <= run.length; i += 1) if (!wordBoundaries.has(i + 1)) add(run.slice(i, i + 2));
}

/**
 * The terms of `text`, in reading order, repeats kept (term frequency counts them). Stop words give
 * none. See the module comment for the forms.
 */
/**
 * Idioms made of words that say nothing alone, or another thing ("booked" a charge), read as the
 * word they stand for: "by the book" and "above board" are lawful.
 */
const IDIOMS: readonly (readonly [RegExp, string])[] = [
  [/(?<![\p{L}])(?:by the book|above(?:-| )?board)(?![\p{L}])/gu, 'lawful'],
];

export function termsOf(text: string): string[] {
  const out: string[] = [];
  let folded = foldForTerms(text);
  for (const [idiom, word] of IDIOMS) folded = folded.replace(idiom, word);
  for (const match of folded.matchAll(PIECE)) {
    const g = match.groups ?? {};
    if (g.clock !== undefined) {
      // no term
    } else if (g.monthYear !== undefined) {
      const month = MONTHS[g.m1 ?? ''] ?? '00';
      out.push(`@${g.y1}-${month}`);
      if (g.d1 !== undefined) out.push(`@${month}-${pad2(g.d1)}`);
      out.push(`#${g.y1}`);
    } else if (g.monthDay !== undefined) {
      out.push(`@${MONTHS[g.m2 ?? ''] ?? '00'}-${pad2(g.d2 ?? '')}`);
    } else if (g.dayMonth !== undefined) {
      const month = MONTHS[g.m3 ?? ''] ?? '00';
      out.push(`@${month}-${pad2(g.d3 ?? '')}`);
      if (g.y3 !== undefined) out.push(`@${g.y3}-${month}`, `#${g.y3}`);
    } else if (g.spelled !== undefined) {
      // "two hundred and ninety-four thousand": the hundreds, then what the "and" adds to them.
      const value =
        (g.sv === 'half a' ? 0.5 : spelledValue(g.sv ?? '')) * (g.sh === undefined ? 1 : 100) +
        (g.sr === undefined ? 0 : spelledValue(g.sr));
      if (g.spercent !== undefined) out.push(`%${valueTerm(value).slice(1)}`);
      else out.push(valueTerm(value * (MULTIPLIERS[g.sunit ?? ''] ?? 1)));
    } else if (g.german !== undefined) {
      const value =
        g.gspelled !== undefined
          ? (GERMAN_NUMBERS[g.gspelled] ?? 0)
          : Number((g.gdigits ?? '').replace(/\./gu, '').replace(',', '.'));
      out.push(valueTerm(value * (MULTIPLIERS[g.gunit ?? ''] ?? 1)));
    } else if (g.number !== undefined) {
      const value = Number((g.digits ?? '').replace(/,/gu, ''));
      if (g.percent !== undefined) out.push(`%${valueTerm(value).slice(1)}`);
      else {
        // "5.6 millions", "$5-trillion", "5.6 mil": the unit without its space, hyphen or plural.
        const unit = (g.unit ?? '')
          .replace(/^[ -]/u, '')
          .replace(/(?<=thousand|million|billion|trillion)s$/u, '');
        out.push(valueTerm(value * (MULTIPLIERS[unit] ?? 1)));
      }
    } else if (g.word !== undefined) {
      const word = g.word;
      if (CJK.test(word)) {
        // A run may hold Latin letters next to CJK ("意大利禁止deepseek" is two pieces already,
        // but "r1模型" is one word to the pattern): split at script changes.
        for (const piece of word.match(SCRIPT_RUN) ?? []) {
          if (CJK_RUN.test(piece)) cjkTerms(piece, out);
          else wordTerms(piece, out);
        }
      } else {
        wordTerms(word, out);
      }
    }
  }
  return out;
}

/** The distinct terms of `text`, in order of first appearance. */
export function distinctTermsOf(text: string): string[] {
  return [...new Set(termsOf(text))];
}

/** Whether a term is a number, percentage or date term (they must match exactly, never by typo). */
export function isValueTerm(term: string): boolean {
  return /^[#%@]/u.test(term);
}

/** Whether a term comes from CJK text (matched exactly: a one-character typo is another word). */
export function isCjkTerm(term: string): boolean {
  return CJK.test(term);
}
