/**
 * Text normalisation for matching, with an exact map from the normalised text back to the
 * original. Pure: no DOM, no `browser`, no Node-only API (it runs in the content script and in the
 * kb CLI).
 *
 * What normalisation does, in order, one segment at a time (a segment is a code point with the
 * combining marks and conjoining jamo that may compose with it, so NFKC of the whole string equals
 * the concatenation of NFKC of its segments):
 * 1. Unicode NFKC (full-width forms, ligatures, compatibility ideographs, composed accents);
 * 2. apostrophes ’ ‘ ʼ ′ become `'`; dashes ‐ ‑ ‒ – — ― and the minus sign become `-`;
 * 3. soft hyphens, zero-width and bidi formatting characters are dropped;
 * 4. every Unicode space (no-break, narrow, ideographic, line breaks, tabs) becomes a space and a
 *    run of them collapses to one.
 * Letter case is kept: case-insensitive aliases are matched case-insensitively by the matcher, and
 * case-sensitive ones (NVDA, BIS) need the original case. See docs/decisions/0002-matching-rules.md.
 *
 * Offsets are UTF-16 code-unit indexes, as everywhere in the DOM.
 */

/** The normalised text of a string and the way back to offsets in the original. */
export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /**
   * The original offset where the normalised character at `index` comes from: use it for the start
   * of a range. A character produced by expanding one original character (the `i` of `ﬁ`) maps to
   * the start of that character; `index >= text.length` maps to the original length.
   */
  toOriginal(index: number): number;
  /**
   * The original offset just after the normalised character at `index - 1`: use it for the end of
   * a range. Inside an expansion it maps to the end of the expanded character; `index <= 0` maps
   * to 0. At a boundary it differs from `toOriginal` only when dropped characters (a soft hyphen)
   * or a collapsed space run sit between the two sides.
   */
  toOriginalEnd(index: number): number;
}

/**
 * Characters normalisation drops, as a regular-expression class body: soft hyphen, zero-width
 * space and joiners, left-to-right and right-to-left marks, word joiner and invisible operators,
 * bidi isolates, byte-order mark. (Bidi embeddings U+202A–U+202E wrap whole runs, so they are left
 * in place and act as word separators.)
 */
export const DROPPED_CLASS = '\\u00AD\\u200B-\\u200F\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';

/**
 * Code points of the Basic Multilingual Plane whose NFKC form differs from them and contains a
 * letter or digit (`c.normalize('NFKC') !== c && /[\p{L}\p{N}]/u.test(c.normalize('NFKC'))`), as a
 * class body. Generated from the engine's Unicode data; a unit test checks it against the engine
 * that runs the tests.
 */
const LETTER_CHANGING_BMP = [
  '\\u00AA\\u00B2-\\u00B3\\u00B5\\u00B9-\\u00BA\\u00BC-\\u00BE\\u0132-\\u0133\\u013F-\\u0140\\u0149\\u017F',
  '\\u01C4-\\u01CC\\u01F1-\\u01F3\\u02B0-\\u02B8\\u02E0-\\u02E4\\u0374\\u03D0-\\u03D6\\u03F0-\\u03F2',
  '\\u03F4-\\u03F5\\u03F9\\u0587\\u0675-\\u0678\\u0958-\\u095F\\u09DC-\\u09DD\\u09DF\\u0A33\\u0A36\\u0A59-\\u0A5B',
  '\\u0A5E\\u0B5C-\\u0B5D\\u0E33\\u0EB3\\u0EDC-\\u0EDD\\u0F43\\u0F4D\\u0F52\\u0F57\\u0F5C\\u0F69\\u10FC',
  '\\u1D2C-\\u1D2E\\u1D30-\\u1D3A\\u1D3C-\\u1D4D\\u1D4F-\\u1D6A\\u1D78\\u1D9B-\\u1DBF\\u1E9A-\\u1E9B\\u1F71\\u1F73',
  '\\u1F75\\u1F77\\u1F79\\u1F7B\\u1F7D\\u1FBB\\u1FBE\\u1FC9\\u1FCB\\u1FD3\\u1FDB\\u1FE3\\u1FEB\\u1FF9\\u1FFB',
  '\\u2070-\\u2071\\u2074-\\u2079\\u207F-\\u2089\\u2090-\\u209C\\u20A8\\u2100-\\u2103\\u2105-\\u2107',
  '\\u2109-\\u2113\\u2115-\\u2116\\u2119-\\u211D\\u2120-\\u2122\\u2124\\u2126\\u2128\\u212A-\\u212D\\u212F-\\u2131',
  '\\u2133-\\u2139\\u213B-\\u213F\\u2145-\\u2149\\u2150-\\u217F\\u2189\\u2460-\\u24EA\\u2C7C-\\u2C7D\\u2D6F\\u2E9F',
  '\\u2EF3\\u2F00-\\u2FD5\\u3038-\\u303A\\u309F\\u30FF\\u3131-\\u318E\\u3192-\\u319F\\u3200-\\u321E\\u3220-\\u3247',
  '\\u3250-\\u327E\\u3280-\\u33FF\\uA69C-\\uA69D\\uA770\\uA7F1-\\uA7F4\\uA7F8-\\uA7F9\\uAB5C-\\uAB5F\\uAB69',
  '\\uF900-\\uFA0D\\uFA10\\uFA12\\uFA15-\\uFA1E\\uFA20\\uFA22\\uFA25-\\uFA26\\uFA2A-\\uFA6D\\uFA70-\\uFAD9',
  '\\uFB00-\\uFB06\\uFB13-\\uFB17\\uFB1D\\uFB1F-\\uFB28\\uFB2A-\\uFB36\\uFB38-\\uFB3C\\uFB3E\\uFB40-\\uFB41',
  '\\uFB43-\\uFB44\\uFB46-\\uFBB1\\uFBD3-\\uFC5D\\uFC64-\\uFD3D\\uFD50-\\uFD8F\\uFD92-\\uFDC7\\uFDF0-\\uFDFC',
  '\\uFE71\\uFE77\\uFE79\\uFE7B\\uFE7D\\uFE7F-\\uFEFC\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFF9D',
  '\\uFFA0-\\uFFBE\\uFFC2-\\uFFC7\\uFFCA-\\uFFCF\\uFFD2-\\uFFD7\\uFFDA-\\uFFDC',
].join('');

/** High surrogates of the astral code points with the same property (mathematical letters, …). */
const LETTER_CHANGING_HIGH_SURROGATES = '\\uD801\\uD833\\uD835\\uD838\\uD83B-\\uD83C\\uD83E\\uD87E';

/**
 * Code points of the Basic Multilingual Plane that NFKC changes into something other than white
 * space (and other than the dot leaders U+2024–U+2026, which no alias needs), as a class body.
 * Generated like LETTER_CHANGING_BMP; the non-breaking hyphen U+2011 is left out because the
 * matcher accepts every dash.
 */
const MEANINGFULLY_UNSTABLE_BMP = [
  '\\u00A8\\u00AA\\u00AF\\u00B2-\\u00B5\\u00B8-\\u00BA\\u00BC-\\u00BE\\u0132-\\u0133\\u013F-\\u0140\\u0149\\u017F',
  '\\u01C4-\\u01CC\\u01F1-\\u01F3\\u02B0-\\u02B8\\u02D8-\\u02DD\\u02E0-\\u02E4\\u0340-\\u0341\\u0343-\\u0344',
  '\\u0374\\u037A\\u037E\\u0384-\\u0385\\u0387\\u03D0-\\u03D6\\u03F0-\\u03F2\\u03F4-\\u03F5\\u03F9\\u0587',
  '\\u0675-\\u0678\\u0958-\\u095F\\u09DC-\\u09DD\\u09DF\\u0A33\\u0A36\\u0A59-\\u0A5B\\u0A5E\\u0B5C-\\u0B5D\\u0E33',
  '\\u0EB3\\u0EDC-\\u0EDD\\u0F0C\\u0F43\\u0F4D\\u0F52\\u0F57\\u0F5C\\u0F69\\u0F73\\u0F75-\\u0F79\\u0F81\\u0F93',
  '\\u0F9D\\u0FA2\\u0FA7\\u0FAC\\u0FB9\\u10FC\\u1D2C-\\u1D2E\\u1D30-\\u1D3A\\u1D3C-\\u1D4D\\u1D4F-\\u1D6A\\u1D78',
  '\\u1D9B-\\u1DBF\\u1E9A-\\u1E9B\\u1F71\\u1F73\\u1F75\\u1F77\\u1F79\\u1F7B\\u1F7D\\u1FBB\\u1FBD-\\u1FC1\\u1FC9',
  '\\u1FCB\\u1FCD-\\u1FCF\\u1FD3\\u1FDB\\u1FDD-\\u1FDF\\u1FE3\\u1FEB\\u1FED-\\u1FEF\\u1FF9\\u1FFB\\u1FFD-\\u1FFE',
  '\\u2017\\u2033-\\u2034\\u2036-\\u2037\\u203C\\u203E\\u2047-\\u2049\\u2057\\u2070-\\u2071\\u2074-\\u208E',
  '\\u2090-\\u209C\\u20A8\\u2100-\\u2103\\u2105-\\u2107\\u2109-\\u2113\\u2115-\\u2116\\u2119-\\u211D',
  '\\u2120-\\u2122\\u2124\\u2126\\u2128\\u212A-\\u212D\\u212F-\\u2131\\u2133-\\u2139\\u213B-\\u2140\\u2145-\\u2149',
  '\\u2150-\\u217F\\u2189\\u222C-\\u222D\\u222F-\\u2230\\u2329-\\u232A\\u2460-\\u24EA\\u2A0C\\u2A74-\\u2A76\\u2ADC',
  '\\u2C7C-\\u2C7D\\u2D6F\\u2E9F\\u2EF3\\u2F00-\\u2FD5\\u3036\\u3038-\\u303A\\u309B-\\u309C\\u309F\\u30FF',
  '\\u3131-\\u318E\\u3192-\\u319F\\u3200-\\u321E\\u3220-\\u3247\\u3250-\\u327E\\u3280-\\u33FF\\uA69C-\\uA69D',
  '\\uA770\\uA7F1-\\uA7F4\\uA7F8-\\uA7F9\\uAB5C-\\uAB5F\\uAB69\\uF900-\\uFA0D\\uFA10\\uFA12\\uFA15-\\uFA1E\\uFA20',
  '\\uFA22\\uFA25-\\uFA26\\uFA2A-\\uFA6D\\uFA70-\\uFAD9\\uFB00-\\uFB06\\uFB13-\\uFB17\\uFB1D\\uFB1F-\\uFB36',
  '\\uFB38-\\uFB3C\\uFB3E\\uFB40-\\uFB41\\uFB43-\\uFB44\\uFB46-\\uFBB1\\uFBD3-\\uFD3D\\uFD50-\\uFD8F',
  '\\uFD92-\\uFDC7\\uFDF0-\\uFDFC\\uFE10-\\uFE19\\uFE30-\\uFE44\\uFE47-\\uFE52\\uFE54-\\uFE66\\uFE68-\\uFE6B',
  '\\uFE70-\\uFE72\\uFE74\\uFE76-\\uFEFC\\uFF01-\\uFFBE\\uFFC2-\\uFFC7\\uFFCA-\\uFFCF\\uFFD2-\\uFFD7',
  '\\uFFDA-\\uFFDC\\uFFE0-\\uFFE6\\uFFE8-\\uFFEE',
].join('');

/**
 * A regular-expression source (no flags needed) that finds any character whose normalised form
 * differs in a way that matters for matching: anything NFKC changes except into white space, and
 * the characters normalisation drops. A text without one can be matched as it is, by expressions
 * that accept every form of white space, dash and apostrophe, with no offset map.
 */
export const CHANGED_BY_NORMALIZING_PATTERN = `[\\u00A8-\\u1FFF\\u200B-\\u200F\\u2017\\u2033-\\u2037\\u203C\\u203E\\u2047-\\u2049\\u2057\\u2060-\\uFFFF](?<=[${MEANINGFULLY_UNSTABLE_BMP}${DROPPED_CLASS}\\uD801\\uD833-\\uD835\\uD838\\uD83B-\\uD83C\\uD83E\\uD87E])`;

/** The cheap first class of LETTER_CHANGING_PATTERN: it holds every CJK character too. */
export const LETTER_CHANGING_COARSE = '[\\u00AA-\\u1FFF\\u200B-\\u200F\\u2060-\\uFFFF]';
/** The exact test of LETTER_CHANGING_PATTERN, on the character the coarse class took. */
export const LETTER_CHANGING_LOOKBEHIND = `(?<=[${LETTER_CHANGING_BMP}${DROPPED_CLASS}${LETTER_CHANGING_HIGH_SURROGATES}])`;

/**
 * A regular-expression source (no flags needed) that finds any character which normalisation turns
 * into letters or digits (full-width forms, ligatures, mathematical letters, compatibility
 * ideographs) or drops (soft hyphen, zero-width space). A text without one of them has, after
 * normalisation, exactly the runs of letters and digits it had before, so a matcher may look for an
 * alias's letters in the raw text and normalise only the blocks that pass.
 *
 * The first class is a cheap superset that lets ASCII, Latin-1 punctuation and the general
 * punctuation block (curly quotes, dashes, ellipsis) through at the cost of two comparisons; only
 * the rare character inside it pays for the exact test.
 */
export const LETTER_CHANGING_PATTERN = `${LETTER_CHANGING_COARSE}${LETTER_CHANGING_LOOKBEHIND}`;

/**
 * Code points that may compose with (or reorder around) the code point before them under NFKC:
 * combining marks, conjoining and compatibility Hangul vowels and final consonants, Thai and Lao
 * AM, half-width katakana voicing marks. Found with the engine's own NFD/NFKC data; a segment
 * never ends before one of them.
 */
const ATTACHED_RUN =
  /[\p{M}\u0E33\u0EB3\u1161-\u1175\u11A8-\u11C2\u3133\u3135\u3136\u313A-\u313F\u314F-\u3163\uFF9E\uFF9F\uFFA3\uFFA5\uFFA6\uFFAA-\uFFAF\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC\u{16D67}]*/uy;

/** The lowest code unit that can start an attached run (U+0300, the first combining mark). */
const FIRST_ATTACHED = 0x300;

const DROPPED = new RegExp(`[${DROPPED_CLASS}]`, 'u');

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const HYPHEN_MINUS = 0x2d;
/** Marks a code unit that normalisation drops. */
const DROP = -1;

/** What one code unit of NFKC output becomes: itself, a space, `'`, `-` or nothing. */
function mapUnit(unit: number): number {
  if (unit < 0x80) {
    return unit === SPACE || (unit >= 0x09 && unit <= 0x0d) ? SPACE : unit;
  }
  switch (unit) {
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x02bc: // ʼ modifier letter apostrophe
    case 0x2032: // ′ prime, often typed for an apostrophe
      return APOSTROPHE;
    case 0x2010: // ‐
    case 0x2011: // ‑ non-breaking hyphen
    case 0x2012: // ‒ figure dash
    case 0x2013: // –
    case 0x2014: // —
    case 0x2015: // ―
    case 0x2212: // − minus sign
      return HYPHEN_MINUS;
    case 0x0085: // next line
    case 0x00a0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return SPACE;
    default:
      if (unit >= 0x2000 && unit <= 0x200a) return SPACE;
      return DROPPED.test(String.fromCharCode(unit)) ? DROP : unit;
  }
}

/**
 * Normalises `text` for matching (NFKC, apostrophes, dashes, spaces; see the module comment) and
 * keeps an exact map back to UTF-16 offsets in `text`.
 *
 * @example
 * const normalized = normalizeForMatch('ＤｅｅｐＳｅｅｋ’s\u00a0R1');
 * normalized.text; // "DeepSeek's R1"
 * normalized.toOriginalEnd(8); // 8 (after the full-width "ｋ")
 */
export function normalizeForMatch(text: string): NormalizedText {
  const length = text.length;
  const units: number[] = [];
  // For each normalised code unit, the original segment it comes from.
  const starts: number[] = [];
  const ends: number[] = [];
  let inSpaceRun = false;

  const emit = (unit: number, segmentStart: number, segmentEnd: number): void => {
    if (unit === DROP) return;
    if (unit === SPACE) {
      if (inSpaceRun) {
        ends[ends.length - 1] = segmentEnd;
        return;
      }
      inSpaceRun = true;
    } else {
      inSpaceRun = false;
    }
    units.push(unit);
    starts.push(segmentStart);
    ends.push(segmentEnd);
  };

  let index = 0;
  while (index < length) {
    const unit = text.charCodeAt(index);
    const following = index + 1 < length ? text.charCodeAt(index + 1) : 0;
    if (unit < 0x80 && following < FIRST_ATTACHED) {
      // ASCII is stable under NFKC: only white space changes.
      emit(mapUnit(unit), index, index + 1);
      index += 1;
      continue;
    }
    const isPair = unit >= 0xd800 && unit <= 0xdbff && following >= 0xdc00 && following <= 0xdfff;
    let end = index + (isPair ? 2 : 1);
    if (end < length && text.charCodeAt(end) >= FIRST_ATTACHED) {
      ATTACHED_RUN.lastIndex = end;
      if (ATTACHED_RUN.test(text)) end = ATTACHED_RUN.lastIndex;
    }
    const normalized = text.slice(index, end).normalize('NFKC');
    for (let k = 0; k < normalized.length; k += 1) {
      emit(mapUnit(normalized.charCodeAt(k)), index, end);
    }
    index = end;
  }

  let normalizedText = '';
  const CHUNK = 8192;
  for (let k = 0; k < units.length; k += CHUNK) {
    normalizedText += String.fromCharCode(...units.slice(k, k + CHUNK));
  }
  const startMap = Int32Array.from(starts);
  const endMap = Int32Array.from(ends);
  const count = startMap.length;
  return {
    text: normalizedText,
    toOriginal: (position) =>
      position < 0 ? 0 : position >= count ? length : (startMap[position] ?? length),
    toOriginalEnd: (position) =>
      position <= 0 ? 0 : position > count ? length : (endMap[position - 1] ?? length),
  };
}

/**
 * The normalised form of an alias or context term as written in the knowledge base: normalised like
 * page text, without the leading or trailing space.
 */
export function normalizeTerm(term: string): string {
  return normalizeText(term).trim();
}

/** Apostrophe look-alikes that normalisation writes as `'` (see `mapUnit`). */
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032]/g;
/** Dashes that normalisation writes as `-` (see `mapUnit`). */
const DASHES = /[\u2010-\u2015\u2212]/g;
const DROPPED_ALL = new RegExp(`[${DROPPED_CLASS}]`, 'g');
/** Every character `mapUnit` turns into a space, in runs (JavaScript's `\s` lacks U+0085). */
const SPACE_RUNS = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/**
 * The normalised text of `text`, exactly `normalizeForMatch(text).text`, without the offset map:
 * for text that is compared, not located (ranking, search, alias keys, host names).
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(DROPPED_ALL, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(SPACE_RUNS, ' ');
}

/**
 * Normalised and lower-cased: the form in which ranking and search compare words, and in which two
 * case-insensitive aliases are the same alias.
 */
export function foldText(text: string): string {
  return normalizeText(text).toLowerCase();
}

/**
 * The key under which the matcher sees an alias: two aliases with the same key are one alias to the
 * matcher ("Deep\u00ADSeek" and "DeepSeek"; "nvidia" and "Nvidia" unless both are case-sensitive).
 */
export function aliasKey(alias: string, caseSensitive = false): string {
  const term = normalizeTerm(alias);
  return caseSensitive ? term : term.toLowerCase();
}
