/**
 * The matching engine: finds mentions of the knowledge base's topics in one block of text.
 * Pure: no DOM, no `browser`, no Node-only API (it runs in the content script and in the kb CLI).
 *
 * Detection is exact on normalised text (lib/text/normalize.ts): whole words with Unicode-aware
 * boundaries, where CJK characters do not count as word characters so an alias may sit against
 * Chinese text. Ambiguous aliases are gated by their topic's context terms. Every enabled alias is
 * compiled once into one regular expression; a cheaper one over the raw text rejects the blocks
 * that cannot contain a mention (most of a page) without normalising or allocating.
 * See docs/decisions/0002-matching-rules.md.
 */
import type { Alias, Topic } from '../../data/schema';
import {
  CHANGED_BY_NORMALIZING_PATTERN,
  LETTER_CHANGING_COARSE,
  LETTER_CHANGING_LOOKBEHIND,
  LETTER_CHANGING_PATTERN,
  type NormalizedText,
  normalizeForMatch,
  normalizeTerm,
} from '../text/index';
import {
  anchorsTopic,
  type GatedHit,
  isAnchored,
  type LookalikeKind,
  type LookalikeTopic,
  lookalikeKind,
  ungatedLookalikeKind,
  ungatedMayLookAlike,
} from './lookalikes';
import { PRESENCE_SEPARATOR, type PresenceData } from './presence';

/** What the matcher needs of a topic. */
export type MatcherTopic = Pick<Topic, 'id' | 'aliases' | 'contextTerms'>;

/** One mention found in a block. Offsets are UTF-16 indexes into the block text passed in. */
export interface MentionMatch {
  readonly topicId: string;
  readonly start: number;
  readonly end: number;
  /** The block text from `start` to `end`, as written on the page. */
  readonly text: string;
  /** The alias as written in the knowledge base. */
  readonly alias: string;
  /**
   * For a gated alias only: the context term (as written in the knowledge base) or the text of the
   * ungated mention of the same topic that let it count.
   */
  readonly contextTerm?: string;
}

/** Aliases compiled for repeated use; compile again when the set of topics changes. */
export interface Matcher {
  /**
   * The mentions in one block of text, sorted by start, never overlapping: at one start the
   * longest alias wins, and a mention hides the ones that would start inside it.
   */
  findMentions(blockText: string): readonly MentionMatch[];
}

/** Letters, digits and marks of any script: what a whole-word boundary looks at. */
const WORD = String.raw`\p{L}\p{N}\p{M}`;
/** Han, kana and Hangul: letters that never form a word boundary with a neighbour. */
const CJK = String.raw`\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}`;
/** A word character that takes part in word boundaries: a letter, digit or mark that is not CJK. */
const BOUNDARY_WORD_CHAR = new RegExp(`^(?![${CJK}])[${WORD}]`, 'u');
/**
 * "Not between two boundary word characters": the end of every alias. It sits after the whole
 * alternation so the engine backtracks to a shorter alias or product name when it fails. The start
 * of a match is checked in code instead (see `startsWord`), which keeps this lookbehind out of the
 * per-position scan.
 */
const WORD_END = `(?:(?<![${WORD}])|(?<=[${CJK}])|(?![${WORD}])|(?=[${CJK}]))`;
/**
 * Dashes and apostrophes as normalisation would write them, so that the same expression runs on
 * normalised text and on raw text that needs no normalisation (see `findMentions`).
 */
const ANY_DASH = '[\\-\\u2010-\\u2015\\u2212]';
const ANY_APOSTROPHE = "['\\u2018\\u2019\\u02BC\\u2032]";
/** Dashes that join the parts of a product name; em dashes and bars separate clauses. */
const JOINING_DASH = '[\\-\\u2010-\\u2013\\u2212]';
/** A character of a product-name part: a letter or digit that is not CJK. */
const PART_CHAR = `(?:(?![${CJK}])[\\p{L}\\p{N}])`;
/** How many hyphenated parts a product name may run on over ("-R1-Distill-Qwen-32B" is four). */
const MAX_PRODUCT_PARTS = 8;
/**
 * What follows a product alias that ends with a letter: a model version, attached or after one
 * space ("DeepSeekR1", "DeepSeek V3.1"), then hyphenated parts ("-R1-Distill-Qwen-32B",
 * "-style", "-chat"). The version must carry a digit, so "deepseeker" is not "DeepSeek" + "er",
 * and an apostrophe ends the name, so "DeepSeek's" is "DeepSeek".
 */
const PRODUCT_TAIL_AFTER_LETTER = String.raw`(?:\s?[VvRr]\p{Nd}+(?:\.\p{Nd}+)*)?(?:${JOINING_DASH}${PART_CHAR}+(?:\.\p{Nd}+)*){0,${MAX_PRODUCT_PARTS}}`;
/** What follows a product alias that ends with a digit: a point release, hyphenated parts ("V3.1", "R1-0528"). */
const PRODUCT_TAIL_AFTER_DIGIT = String.raw`(?:\.\p{Nd}+)*(?:${JOINING_DASH}${PART_CHAR}+(?:\.\p{Nd}+)*){0,${MAX_PRODUCT_PARTS}}`;
/**
 * Dashes that separate clauses rather than join words: a product name stops before one even though
 * normalisation turns every dash into "-" ("DeepSeek—the Chinese lab" is the mention "DeepSeek").
 */
const CLAUSE_DASHES = new Set(['\u2014', '\u2015', '\u2E3A', '\u2E3B', '\uFE58', '\uFE31']);
const NON_ASCII = /[\u0080-\uFFFF]/;
const CHANGED_BY_NORMALIZING = new RegExp(CHANGED_BY_NORMALIZING_PATTERN);

/**
 * Whether matching `text` needs its normalised form: NFKC would change it other than into white
 * space, or it has characters to drop.
 */
function needsNormalizing(text: string): boolean {
  return NON_ASCII.test(text) && CHANGED_BY_NORMALIZING.test(text);
}

/** How many leading characters of an alias form its anchor. */
const ANCHOR_LENGTH = 4;
const SYNTAX_CHARACTER = /[\\^$.*+?()[\]{}|/]/;

const NO_MENTIONS: readonly MentionMatch[] = Object.freeze([]);

/** One alias in `MatcherData`, in the combined expression's order (longest first). */
export interface AliasData {
  readonly topicIndex: number;
  /** As written in the knowledge base. */
  readonly written: string;
  /** Normalised. */
  readonly core: string;
  readonly caseSensitive: boolean;
  readonly gated: boolean;
  readonly product: boolean;
  /** The alias's letters as a regular-expression source, without a product tail or a word end. */
  readonly letters: string;
  readonly end: AliasEnd;
  /** Ungated, and a hit of it may mean something else in its block (`ungatedMayLookAlike`). */
  readonly mayLookAlike: boolean;
  /** Positions of the product aliases that are a prefix of this one (see `CompiledAlias.rivals`). */
  rivals: number[];
}

/**
 * How a match of an alias in the quick expression ends: `free`, it ends a word whatever follows
 * (its last character is not a boundary word character); `guarded`, it ends a word unless a
 * non-ASCII word character follows (the expression refuses an ASCII letter or digit);
 * `letterTail` and `digitTail`, a product name (ending with a letter or a digit) whose tail the
 * quick expression reads in ASCII only.
 */
export type AliasEnd = 'free' | 'guarded' | 'letterTail' | 'digitTail';

export interface TopicData {
  readonly id: string;
  /** Context terms as written. */
  readonly contextTerms: readonly string[];
  /** Each context term's letters as a regular-expression source (hyphens allowed between words). */
  readonly contextLetters: readonly string[];
  /** Per context term: whether it ends with a word character (its quick form refuses one next). */
  readonly contextGuarded: readonly boolean[];
}

/** The prefilter's expressions: see `prefilterData`. */
export type PrefilterData =
  | { readonly kind: 'any' }
  | { readonly kind: 'keysOrNonAscii'; readonly keys: string }
  | { readonly kind: 'keysOrChanging'; readonly keys: string | undefined; readonly changing: string };

/** A compiled matcher as plain data (regular expressions as sources). */
export interface MatcherData {
  readonly topics: readonly TopicData[];
  readonly aliases: readonly AliasData[];
  /**
   * The flags of the quick expressions: `y`, or `uy` when an alias or a context term lies outside
   * the Basic Multilingual Plane.
   *
   * Two expressions find the aliases. The full one (flags `uy`) is the definition: every alias's
   * `fullAlternative`, then the word end. The quick one (`quickAlternative`) holds each alias's
   * letters, an ASCII-only product tail and a refusal of an ASCII letter or digit after a word,
   * without a Unicode property class. It matches wherever the full one does, with the same alias,
   * unless a non-ASCII letter, digit or mark stands at the match's end (see `inDoubt`): only then
   * is the full expression created. The full expression costs a page about 25 ms to compile on its
   * first scan (every letter of every script in its word-end and product-tail classes); the quick
   * one well under a millisecond. Both are joined from the aliases (`aliasSearch`), not stored.
   */
  readonly quickFlags: string;
  /** The anchors' expression (flag `g`). */
  readonly anchors: string;
  readonly prefilter: PrefilterData;
}

interface CompiledAlias extends Omit<AliasData, 'rivals'> {
  /** The alias's alternative in the full expression (`fullAlternative`). */
  readonly source: string;
  /** The alias's alternative in the quick expression (`quickAlternative`). */
  readonly quick: string;
  /**
   * Product aliases that are a prefix of this one and may run on further at the same start
   * ("R1" before "R1-Zero-Preview"): they are tried when this one matches, so the longest wins.
   */
  rivals: CompiledAlias[];
  /** The alias alone with its word end, created when it is first tried as a rival. */
  alone?: AliasSearch;
}

interface CompiledTopic {
  readonly id: string;
  /** Context terms as written, in the order of the capture groups of `context`. */
  readonly contextTerms: readonly string[];
  /** The exact and the quick context expressions, created the first time a gate is looked up. */
  readonly context: string | undefined;
  readonly contextQuick: string | undefined;
  readonly contextFlags: string;
  readonly contextGuarded: readonly boolean[];
  contextSearch?: { quick: RegExp; exact?: RegExp };
  /** What the look-alike test needs, built the first time a block has a gated hit of the topic. */
  lookalike: () => LookalikeTopic;
}

interface Candidate {
  alias: CompiledAlias;
  start: number;
  end: number;
}

function aliasOptions(alias: Alias): {
  text: string;
  caseSensitive: boolean;
  gated: boolean;
  product: boolean;
} {
  if (typeof alias === 'string') return { text: alias, caseSensitive: false, gated: false, product: false };
  return {
    text: alias.text,
    caseSensitive: alias.caseSensitive === true,
    gated: alias.gated === true,
    product: alias.product === true,
  };
}

/** Whether `char` (one code point) is a boundary word character. */
export function isWordChar(char: string): boolean {
  return BOUNDARY_WORD_CHAR.test(char);
}

/** Answers of `knownWordChar`: not a boundary word character, one, or ask `isWordChar`. */
export const NOT_WORD = 0;
export const WORD_CHAR = 1;
export const ASK = 2;

/**
 * Whether the UTF-16 code unit `code` is a boundary word character, answered without a regular
 * expression where the answer is plain: ASCII, the general and CJK punctuation blocks, and the CJK
 * scripts (which never form a boundary). `ASK` for the rest. A regular expression with Unicode
 * property classes costs milliseconds to compile on a page's first scan, so it is created only when
 * a mention stands beside a character these ranges do not cover (tests/unit/lib/matcher.test.ts
 * checks every code point of the ranges against `BOUNDARY_WORD_CHAR`).
 */
export function knownWordChar(code: number): number {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
      ? WORD_CHAR
      : NOT_WORD;
  }
  if (
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xff01 && code <= 0xff0f)
  ) {
    return NOT_WORD;
  }
  return ASK;
}

/** `isWordChar` for the code point that starts at `index` (or ends just before it, `before`). */
function wordCharAt(text: string, index: number, before: boolean): boolean {
  const known = knownWordChar(text.charCodeAt(before ? index - 1 : index));
  if (known !== ASK) return known === WORD_CHAR;
  return isWordChar(codePointString(text, index, before));
}

/** The code point that starts at `index`, or ends just before it (`before`), as a string. */
function codePointString(text: string, index: number, before: boolean): string {
  if (before) {
    const low = text.charCodeAt(index - 1);
    const isPair = low >= 0xdc00 && low <= 0xdfff && index >= 2;
    return text.slice(isPair ? index - 2 : index - 1, index);
  }
  const codePoint = text.codePointAt(index) ?? 0;
  return text.slice(index, index + (codePoint > 0xffff ? 2 : 1));
}

/** Whether a match at `index` starts a word: not a word character on both sides of `index`. */
function startsWord(text: string, index: number): boolean {
  return index === 0 || !wordCharAt(text, index, true) || !wordCharAt(text, index, false);
}

/**
 * The next match of `regex` (global or sticky, `lastIndex` set by the caller) that starts a word,
 * or null. A match that does not start a word is retried one code point further on.
 */
function execAtWordStart(regex: RegExp, text: string): RegExpExecArray | null {
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (startsWord(text, match.index)) return match;
    regex.lastIndex = match.index + codePointString(text, match.index, false).length;
  }
  return null;
}

/**
 * A regular-expression source matching `term` (already normalised) on normalised or plain ASCII
 * text: spaces match any run of white space, letters match either case unless `caseSensitive`.
 * Case is spelled out as classes rather than left to the `i` flag so that case-sensitive and
 * case-insensitive aliases can share one expression.
 */
function literalSource(term: string, caseSensitive: boolean, unicode = true): string {
  let source = '';
  for (const char of term) {
    if (char === ' ') {
      source += String.raw`\s+`;
      continue;
    }
    if (char === '-') {
      source += ANY_DASH;
      continue;
    }
    if (char === "'") {
      source += ANY_APOSTROPHE;
      continue;
    }
    if (SYNTAX_CHARACTER.test(char)) {
      source += `\\${char}`;
      continue;
    }
    if (!caseSensitive) {
      const lower = char.toLowerCase();
      const upper = char.toUpperCase();
      const forms = new Set(
        [char, lower, upper].filter((form) => (unicode ? [...form].length === 1 : form.length === 1)),
      );
      if (forms.size > 1) {
        // Sorted, so that "[Dd]" reads the same for "D" and "d" and tries share the branch.
        source += `[${[...forms].sort().join('')}]`;
        continue;
      }
    }
    source += char;
  }
  return source;
}

/** PRODUCT_TAIL_AFTER_LETTER in ASCII letters and digits only (see `MatcherData.quickFlags`). */
const ASCII_TAIL_AFTER_LETTER = `(?:\\s?[VvRr][0-9]+(?:\\.[0-9]+)*)?(?:${JOINING_DASH}[A-Za-z0-9]+(?:\\.[0-9]+)*){0,${MAX_PRODUCT_PARTS}}`;
/** PRODUCT_TAIL_AFTER_DIGIT in ASCII digits only. */
const ASCII_TAIL_AFTER_DIGIT = `(?:\\.[0-9]+)*(?:${JOINING_DASH}[A-Za-z0-9]+(?:\\.[0-9]+)*){0,${MAX_PRODUCT_PARTS}}`;
/** Refuses an ASCII letter or digit next: the half of the word-end test a quick expression does. */
const NOT_ASCII_WORD_NEXT = '(?![A-Za-z0-9])';
const ASTRAL = /[\uD800-\uDFFF]/;

function aliasEnd(core: string, product: boolean): AliasEnd {
  const last = codePointString(core, core.length, true);
  if (!isWordChar(last)) return 'free';
  if (!product) return 'guarded';
  return /\p{N}/u.test(last) ? 'digitTail' : 'letterTail';
}

/** An alias's alternative in the full expression (the word end follows the whole alternation). */
function fullAlternative(letters: string, end: AliasEnd): string {
  if (end === 'letterTail') return letters + PRODUCT_TAIL_AFTER_LETTER;
  if (end === 'digitTail') return letters + PRODUCT_TAIL_AFTER_DIGIT;
  return letters;
}

/** An alias's alternative in the quick expression: see `MatcherData.quickFlags`. */
function quickAlternative(letters: string, end: AliasEnd): string {
  if (end === 'free') return letters;
  if (end === 'guarded') return letters + NOT_ASCII_WORD_NEXT;
  return (
    letters + (end === 'digitTail' ? ASCII_TAIL_AFTER_DIGIT : ASCII_TAIL_AFTER_LETTER) + NOT_ASCII_WORD_NEXT
  );
}

/** Whether a letter, digit or mark outside ASCII (and outside CJK) stands in `text[from, to)`. */
function nonAsciiWordIn(text: string, from: number, to: number): boolean {
  const last = Math.min(to, text.length);
  for (let index = from; index < last; index += 1) {
    if (text.charCodeAt(index) >= 0x80 && wordCharAt(text, index, false)) return true;
  }
  return false;
}

/**
 * Whether a quick match that ends at `end` may differ from the full expression's. The two read
 * ASCII and CJK alike; they part only where a non-ASCII letter, digit or mark stands at the word's
 * end, or, for a product name, within the two characters after it, where the full tail could read
 * on ("DeepSeek-Ü", "DeepSeek V٣"). Plain text is never in doubt.
 */
function inDoubt(text: string, end: number, kind: AliasEnd): boolean {
  if (kind === 'free') return false;
  return nonAsciiWordIn(text, end, end + (kind === 'guarded' ? 1 : 3));
}

/** Runs of letters and digits in a normalised term: a raw text that lacks all of them lacks the term. */
function letterRuns(core: string): string[] {
  return core.match(/[\p{L}\p{N}]+/gu) ?? [];
}

interface Key {
  readonly text: string;
  readonly caseSensitive: boolean;
}

/** Whether `key` occurs in every text that contains `text` (with the given case rule). */
function keyCovers(key: Key, text: string, textCaseSensitive: boolean): boolean {
  if (!key.caseSensitive) return text.toLowerCase().includes(key.text.toLowerCase());
  return textCaseSensitive && text.includes(key.text);
}

/**
 * The prefilter keys: for each alias one run of its letters and digits that must occur, unchanged,
 * in the raw text of any block where the alias matches (unless the block holds a character that
 * normalisation turns into letters, which the prefilter looks for separately). Short aliases go
 * first so longer ones can reuse their keys ("H20" covers "H200"). Aliases listed in `skip` need
 * no key of their own.
 */
function prefilterKeys(aliases: readonly AliasData[], skip: (alias: AliasData) => boolean): Key[] {
  const keys: Key[] = [];
  const byLength = aliases.filter((alias) => !skip(alias)).sort((a, b) => a.core.length - b.core.length);
  for (const alias of byLength) {
    const runs = letterRuns(alias.core);
    if (runs.some((run) => keys.some((key) => keyCovers(key, run, alias.caseSensitive)))) continue;
    const longest = runs.reduce((best, run) => (run.length > best.length ? run : best), '');
    keys.push({ text: longest, caseSensitive: alias.caseSensitive });
  }
  return keys.filter(
    (key, index) =>
      !keys.some(
        (other, otherIndex) =>
          keyCovers(other, key.text, key.caseSensitive) &&
          (otherIndex < index || !keyCovers(key, other.text, other.caseSensitive)),
      ),
  );
}

/**
 * One alternation over `words` (each a list of regular-expression atoms), factored as a trie so the
 * engine looks at each first character once ("h(?:20|100|800)" rather than "h20|h100|h800").
 */
function trieSource(words: readonly (readonly string[])[]): string {
  const groups = new Map<string, (readonly string[])[]>();
  for (const word of words) {
    const [head, ...rest] = word;
    if (head === undefined) continue;
    const group = groups.get(head);
    if (group) group.push(rest);
    else groups.set(head, [rest]);
  }
  return [...groups]
    .map(([head, rests]) => {
      // A word that ends here is a prefix of the others: it alone decides.
      if (rests.some((rest) => rest.length === 0)) return head;
      const inner = trieSource(rests);
      return rests.length === 1 ? head + inner : `${head}(?:${inner})`;
    })
    .join('|');
}

/** The atoms of a key for a regular expression without the `u` flag. */
function keyAtoms(key: Key): string[] {
  return [...key.text].map((char) => literalSource(char, key.caseSensitive, false));
}

const ASCII_OR_CJK = new RegExp(`^(?:[\\x20-\\x7E]|[${CJK}])*$`, 'u');

/**
 * The cheap test over raw text that every block with a mention passes: one of the keys, or a
 * character that normalisation turns into letters. Neither regular expression has the `u` flag,
 * which keeps the scan over ASCII and Latin text at its fastest.
 */
function prefilterData(keys: readonly Key[]): PrefilterData {
  if (keys.some((key) => key.text === '')) return { kind: 'any' };
  // A key with a letter outside ASCII and CJK could also be produced by composing a base letter
  // with a combining mark: then every non-ASCII character needs a closer look.
  if (!keys.every((key) => ASCII_OR_CJK.test(key.text))) {
    return { kind: 'keysOrNonAscii', keys: trieSource(keys.map(keyAtoms)) };
  }
  // Keys that start with a CJK character ride on the scan for letter-changing characters, whose
  // first, cheap class already stops at every CJK character: the ASCII keys then form a short
  // expression the engine scans fastest, and one-byte (Latin-1) strings never see a CJK branch.
  const asciiKeys = keys.filter((key) => key.text.charCodeAt(0) < 0x80);
  const cjkKeys = keys.filter((key) => key.text.charCodeAt(0) >= 0x80);
  const cjkBranches = cjkKeys.map((key) => {
    const [first = '', ...rest] = keyAtoms(key);
    return `(?<=${first})${rest.join('')}`;
  });
  return {
    kind: 'keysOrChanging',
    keys: asciiKeys.length > 0 ? trieSource(asciiKeys.map(keyAtoms)) : undefined,
    changing:
      cjkBranches.length === 0
        ? LETTER_CHANGING_PATTERN
        : `${LETTER_CHANGING_COARSE}(?:${LETTER_CHANGING_LOOKBEHIND}|${cjkBranches.join('|')})`,
  };
}

function prefilterFrom(data: PrefilterData): (text: string) => boolean {
  if (data.kind === 'any') return (text) => text.length > 0;
  if (data.kind === 'keysOrNonAscii') {
    const keyRegex = new RegExp(data.keys);
    return (text) => keyRegex.test(text) || NON_ASCII.test(text);
  }
  const keyRegex = data.keys === undefined ? undefined : new RegExp(data.keys);
  const changing = new RegExp(data.changing);
  return keyRegex ? (text) => keyRegex.test(text) || changing.test(text) : (text) => changing.test(text);
}

/**
 * Anchors for the full expression: each alias's first characters (spaces as white-space runs).
 * Every match of an alias starts with its anchor, so the full expression, which is costly to try
 * at every position, is tried only where an anchor starts a word.
 */
function anchorsSource(aliases: readonly AliasData[]): string {
  const words = aliases.map((alias) =>
    [...alias.core]
      .slice(0, ANCHOR_LENGTH)
      .map((char) => (char === ' ' ? String.raw`\s+` : literalSource(char, alias.caseSensitive, false))),
  );
  return trieSource(words);
}

function compileContext(terms: readonly string[]): {
  written: string[];
  letters: string[];
  guarded: boolean[];
} {
  const written: string[] = [];
  const letters: string[] = [];
  const guarded: boolean[] = [];
  for (const term of terms) {
    const core = normalizeTerm(term);
    if (core === '') continue;
    written.push(term);
    // A context term of several words also counts hyphenated ("export-control violations").
    letters.push(
      literalSource(core, false, true).replaceAll(String.raw`\s+`, String.raw`(?:\s+|${ANY_DASH})`),
    );
    guarded.push(aliasEnd(core, false) === 'guarded');
  }
  return { written, letters, guarded };
}

/** A topic's context expressions, full (flags `gu`) and quick, or undefined without context terms. */
function contextSources(topic: TopicData): { full: string; quick: string } | undefined {
  if (topic.contextLetters.length === 0) return undefined;
  return {
    full: `(?:${topic.contextLetters.map((letters) => `(${letters})`).join('|')})${WORD_END}`,
    quick: topic.contextLetters
      .map((letters, index) => `(${letters}${topic.contextGuarded[index] ? NOT_ASCII_WORD_NEXT : ''})`)
      .join('|'),
  };
}

/**
 * Compiles the aliases of `topics` (the enabled ones) into a matcher. Aliases and context terms are
 * normalised like page text, so a knowledge base may write "export–control" or "Deep Seek".
 *
 * Rules, in short: whole words with Unicode-aware boundaries, CJK characters not counting as word
 * characters; letter case ignored unless `caseSensitive`; a `product` alias runs on over a model
 * name that follows it; a `gated` alias counts only when the block holds one of its topic's context
 * terms (whole word, any case) or an ungated mention of the same topic.
 *
 * @example
 * const matcher = compileMatcher([deepseek, nvidia, exportControls]);
 * matcher.findMentions('DeepSeek-R1 was trained on Nvidia H800 chips.');
 * // DeepSeek-R1 (deepseek), Nvidia (nvidia), H800 (nvidia, contextTerm "Nvidia")
 */
export function compileMatcher(topics: readonly MatcherTopic[]): Matcher {
  return matcherFromData(compileMatcherData(topics));
}

/**
 * The work of `compileMatcher` that does not depend on the page, as plain data that survives
 * `JSON.stringify`: the build does it once (scripts/build/built-in-kb.ts), and a page only creates
 * the regular expressions (`matcherFromData`).
 */
export function compileMatcherData(topics: readonly MatcherTopic[]): MatcherData {
  const compiledTopics: TopicData[] = [];
  const aliases: (AliasData & { index: number })[] = [];
  topics.forEach((topic, topicIndex) => {
    const context = compileContext(topic.contextTerms);
    compiledTopics.push({
      id: topic.id,
      contextTerms: context.written,
      contextLetters: context.letters,
      contextGuarded: context.guarded,
    });
    for (const alias of topic.aliases) {
      const options = aliasOptions(alias);
      const core = normalizeTerm(options.text);
      if (core === '') continue;
      const end = aliasEnd(core, options.product);
      aliases.push({
        index: aliases.length,
        topicIndex,
        written: options.text,
        core,
        caseSensitive: options.caseSensitive,
        gated: options.gated,
        product: options.product,
        // The letters serve the quick expression too: without the `u` flag, an expression of the
        // Basic Multilingual Plane reads the same code units.
        letters: literalSource(core, options.caseSensitive, true),
        end,
        mayLookAlike: !options.gated && ungatedMayLookAlike(options.text),
        rivals: [],
      });
    }
  });
  if (aliases.length === 0) {
    return {
      topics: compiledTopics,
      aliases: [],
      quickFlags: 'y',
      anchors: '',
      prefilter: { kind: 'any' },
    };
  }

  // Longest first, so that at one start the alternation tries the longest alias first.
  const sorted = [...aliases].sort((a, b) => b.core.length - a.core.length || a.index - b.index);
  const ordered: AliasData[] = sorted.map(({ index: _index, ...alias }) => alias);
  for (const alias of ordered) {
    alias.rivals = ordered.flatMap((other, otherPosition) =>
      other !== alias &&
      other.product &&
      other.core.length < alias.core.length &&
      (other.caseSensitive
        ? alias.core.startsWith(other.core)
        : alias.core.toLowerCase().startsWith(other.core.toLowerCase()))
        ? [otherPosition]
        : [],
    );
  }
  // A gated alias of a topic without context terms counts only beside an ungated mention of the
  // topic ("R1" beside "DeepSeek"), whose key the block must then hold anyway.
  const keys = prefilterKeys(
    ordered,
    (alias) => alias.gated && (compiledTopics[alias.topicIndex] as TopicData).contextTerms.length === 0,
  );
  return {
    topics: compiledTopics,
    aliases: ordered,
    // Without the `u` flag an expression reads UTF-16 code units, which is the same for every
    // alias of the Basic Multilingual Plane.
    quickFlags:
      ordered.some((alias) => ASTRAL.test(alias.core)) ||
      compiledTopics.some((topic) => topic.contextLetters.some((letters) => ASTRAL.test(letters)))
        ? 'uy'
        : 'y',
    anchors: anchorsSource(ordered),
    prefilter: prefilterData(keys),
  };
}

/**
 * The presence test's data for `topics` (lib/match/presence.ts): every alias as its runs of letters
 * and digits with any separator between them, factored as a trie, and the characters normalising
 * turns into letters, whose presence lets a text through unseen. The build makes it once for the
 * built-in topics (scripts/build/built-in-kb.ts).
 */
export function compilePresenceData(topics: readonly MatcherTopic[]): PresenceData {
  const words: string[][] = [];
  for (const topic of topics) {
    for (const alias of topic.aliases) {
      const options = aliasOptions(alias);
      const runs = letterRuns(normalizeTerm(options.text));
      // An alias of no letters or digits could be anywhere.
      if (runs.length === 0) return { kind: 'any' };
      words.push(
        runs.flatMap((run, index) => [
          ...(index > 0 ? [PRESENCE_SEPARATOR] : []),
          ...[...run].map((char) => presenceAtom(char, options.caseSensitive)),
        ]),
      );
    }
  }
  return {
    kind: 'aliases',
    aliases: words.length > 0 ? trieSource(words) : '(?!)',
    changing: LETTER_CHANGING_PATTERN,
  };
}

/**
 * One character of an alias's run in the presence test. A letter beyond ASCII and CJK ("ä") may
 * stand on the page as a base letter and combining marks, which normalising composes: any one to
 * three code units stand for it.
 */
function presenceAtom(char: string, caseSensitive: boolean): string {
  return ASCII_OR_CJK.test(char) ? literalSource(char, caseSensitive, false) : '[^]{1,3}';
}

export interface MatcherOptions {
  /**
   * `false`: the full expressions only, never the quick ones. The same mentions, slower to start;
   * the reference the quick expressions are tested against.
   */
  readonly quick?: boolean;
}

/** A matcher from `compileMatcherData`'s output: only the regular expressions are created here. */
export function matcherFromData(data: MatcherData, options: MatcherOptions = {}): Matcher {
  if (data.aliases.length === 0) return { findMentions: () => NO_MENTIONS };
  // The reference: (A|B)W is (AW)|(BW), so with the word end in each alternative and no alias in
  // doubt, the quick expression is the full one.
  const reference = options.quick === false;
  const flags = reference ? 'uy' : data.quickFlags;
  // Made when the first block passes the prefilter: a page that mentions nothing builds no alias
  // expression and no topic.
  const build = () => {
    const compiledTopics: CompiledTopic[] = data.topics.map((topic, topicIndex) => {
      let built: LookalikeTopic | undefined;
      const sources = contextSources(topic);
      return {
        id: topic.id,
        contextTerms: topic.contextTerms,
        context: sources?.full,
        contextQuick: reference ? sources?.full : sources?.quick,
        contextFlags: flags.includes('u') ? 'gu' : 'g',
        contextGuarded: reference ? topic.contextGuarded.map(() => false) : topic.contextGuarded,
        lookalike: () => {
          built ??= lookalikeTopic(data, topicIndex);
          return built;
        },
      };
    });
    const ordered: CompiledAlias[] = data.aliases.map((alias) => {
      const source = fullAlternative(alias.letters, alias.end);
      return {
        ...alias,
        source,
        quick: reference ? `(?:${source})${WORD_END}` : quickAlternative(alias.letters, alias.end),
        end: reference ? 'free' : alias.end,
        rivals: [],
      };
    });
    data.aliases.forEach((alias, position) => {
      (ordered[position] as CompiledAlias).rivals = alias.rivals.map(
        (rival) => ordered[rival] as CompiledAlias,
      );
    });
    const combined = aliasSearch(ordered, flags);
    const anchors = new RegExp(data.anchors, 'g');
    return { compiledTopics, combined, anchors };
  };
  let engine: ReturnType<typeof build> | undefined;
  const passesPrefilter = prefilterFrom(data.prefilter);

  return {
    findMentions(blockText: string): readonly MentionMatch[] {
      if (!passesPrefilter(blockText)) return NO_MENTIONS;
      // Raw text serves as is when normalising would change nothing but white space, dashes and
      // apostrophes, which the expressions accept in every form; then offsets need no map.
      const normalized = needsNormalizing(blockText) ? normalizeForMatch(blockText) : undefined;
      const text = normalized ? normalized.text : blockText;
      engine ??= build();
      const candidates = findCandidates(text, engine.anchors, engine.combined, blockText, normalized);
      if (candidates.length === 0) return NO_MENTIONS;
      return resolve(candidates, engine.compiledTopics, text, blockText, normalized);
    },
  };
}

/** Aliases in one alternation: the quick expression, and the full one once a match has been in doubt. */
interface AliasSearch {
  readonly aliases: readonly CompiledAlias[];
  readonly quick: RegExp;
  exact?: RegExp;
  /** How far past a start a product tail's first non-ASCII character can stand (see `aliasAt`). */
  readonly tailReach: number;
}

function aliasSearch(aliases: readonly CompiledAlias[], flags: string): AliasSearch {
  let tailReach = 0;
  for (const alias of aliases) {
    if (alias.end === 'letterTail' || alias.end === 'digitTail') {
      tailReach = Math.max(tailReach, alias.core.length + 3);
    }
  }
  return {
    aliases,
    quick: new RegExp(aliases.map((alias) => `(${alias.quick})`).join('|'), flags),
    tailReach,
  };
}

/** The capture group that matched: the position of its alias or term. */
function groupOf(match: RegExpExecArray): number {
  let group = 1;
  while (match[group] === undefined) group += 1;
  return group - 1;
}

/**
 * The alias the full expression matches at `start` and where its match ends, or null. The quick
 * expression answers unless its match ends in doubt; it never misses a match of the full one.
 */
function aliasAt(
  text: string,
  start: number,
  search: AliasSearch,
): { alias: CompiledAlias; end: number } | null {
  const { quick, aliases } = search;
  quick.lastIndex = start;
  const match = quick.exec(text);
  if (match !== null) {
    const alias = aliases[groupOf(match)] as CompiledAlias;
    if (!inDoubt(text, quick.lastIndex, alias.end)) return { alias, end: quick.lastIndex };
  } else if (!nonAsciiWordIn(text, start, start + search.tailReach)) {
    // Where the quick expression finds nothing, so does the full one, unless a product tail could
    // read on over a non-ASCII digit or letter ("DeepSeekV٣", which the quick tail cannot take).
    return null;
  }
  search.exact ??= new RegExp(
    `(?:${aliases.map((alias) => `(${alias.source})`).join('|')})${WORD_END}`,
    'uy',
  );
  const { exact } = search;
  exact.lastIndex = start;
  const exactMatch = exact.exec(text);
  if (exactMatch === null) return null;
  return { alias: aliases[groupOf(exactMatch)] as CompiledAlias, end: exact.lastIndex };
}

/**
 * The leftmost-longest, non-overlapping alias matches in `text`: at each anchor that starts a word
 * the sticky full expression is tried; a match resumes the scan at its end.
 */
function findCandidates(
  text: string,
  anchors: RegExp,
  combined: AliasSearch,
  original: string,
  normalized: NormalizedText | undefined,
): Candidate[] {
  const candidates: Candidate[] = [];
  anchors.lastIndex = 0;
  for (let anchor = anchors.exec(text); anchor !== null; anchor = anchors.exec(text)) {
    const start = anchor.index;
    anchors.lastIndex = start + 1;
    if (!startsWord(text, start)) continue;
    const found = aliasAt(text, start, combined);
    if (found === null) continue;
    let { alias, end } = found;
    for (const rival of alias.rivals) {
      rival.alone ??= aliasSearch([rival], combined.quick.flags);
      const alone = aliasAt(text, start, rival.alone);
      if (alone !== null && alone.end > end) {
        alias = rival;
        end = alone.end;
      }
    }
    if (alias.product && normalized) {
      end = endBeforeClauseDash(text, start + alias.core.length, end, original, normalized);
    }
    candidates.push({ alias, start, end });
    anchors.lastIndex = end;
  }
  return candidates;
}

/**
 * Where a product name must stop: before the first "-" of its tail that was a clause dash in the
 * original. On normalised text an alias's core has exactly its normalised length (spaces are
 * single), so the tail starts at `tailStart`.
 */
function endBeforeClauseDash(
  text: string,
  tailStart: number,
  end: number,
  original: string,
  normalized: NormalizedText,
): number {
  for (
    let index = text.indexOf('-', tailStart);
    index !== -1 && index < end;
    index = text.indexOf('-', index + 1)
  ) {
    if (CLAUSE_DASHES.has(original.charAt(normalized.toOriginal(index)))) return index;
  }
  return end;
}

const CJK_TERM = new RegExp(`[${CJK}]`, 'u');
const SINGLE_LATIN_WORD = /^[\p{L}\p{N}]+$/u;

/** The look-alike test's view of one topic: its aliases and context terms, lower-cased. */
function lookalikeTopic(data: MatcherData, topicIndex: number): LookalikeTopic {
  const aliases = new Set<string>();
  const cjkTerms = new Set<string>();
  for (const alias of data.aliases) {
    if (alias.topicIndex !== topicIndex) continue;
    const lower = alias.core.toLowerCase();
    aliases.add(lower);
    if (CJK_TERM.test(lower)) cjkTerms.add(lower);
  }
  const contextWords = new Set<string>();
  const contextTerms: string[] = [];
  for (const term of (data.topics[topicIndex] as TopicData).contextTerms) {
    const lower = normalizeTerm(term).toLowerCase();
    contextTerms.push(lower);
    if (CJK_TERM.test(lower)) cjkTerms.add(lower);
    else if (SINGLE_LATIN_WORD.test(lower)) contextWords.add(lower);
  }
  return { aliases, contextWords, cjkTerms: [...cjkTerms], contextTerms };
}

/** An alias's core without a plural "s", lower-cased: "H100s" and "H100" are one name. */
function nameOf(alias: CompiledAlias): string {
  const lower = alias.core.toLowerCase();
  return /\p{N}s$/u.test(lower) ? lower.slice(0, -1) : lower;
}

const SPREADING_KINDS: ReadonlySet<LookalikeKind> = new Set(['person', 'named-after-person', 'software']);

/**
 * Which candidates mean something else in this block (see lib/match/lookalikes.ts). A name that is
 * a person, named after one, or a software version somewhere in the block is so everywhere in it,
 * unless it stands right beside its topic ("Grace Hopper, the pioneer" … "the Hopper story";
 * "the /v3/ path" … "V3 routes"). An ungated candidate is asked only about the kinds the block
 * decides with high confidence (a program, an app's control, a rule on other goods), and is kept
 * whenever the block anchors its topic: a context term that shares no word with it, or an ungated
 * mention of the topic that is no look-alike ("NVDA fell 3%" is the ticker).
 */
function lookalikes(
  candidates: readonly Candidate[],
  topics: readonly CompiledTopic[],
  text: string,
): boolean[] {
  const rejected: boolean[] = new Array(candidates.length).fill(false);
  const people = new Set<string>();
  const ungated: number[] = [];
  candidates.forEach((candidate, index) => {
    const hit: GatedHit = { start: candidate.start, end: candidate.end, written: candidate.alias.written };
    if (!candidate.alias.gated) {
      const kind = candidate.alias.mayLookAlike ? ungatedLookalikeKind(text, hit) : undefined;
      // Another body's name ("不可靠实体清单") is never the topic; other kinds yield to an anchor.
      if (kind === 'other-body') rejected[index] = true;
      else if (kind !== undefined) ungated.push(index);
      return;
    }
    const topic = (topics[candidate.alias.topicIndex] as CompiledTopic).lookalike();
    const kind = lookalikeKind(text, hit, topic);
    if (kind === undefined) return;
    rejected[index] = true;
    if (SPREADING_KINDS.has(kind)) people.add(`${candidate.alias.topicIndex}:${nameOf(candidate.alias)}`);
  });
  for (const index of ungated) {
    const candidate = candidates[index] as Candidate;
    const { topicIndex } = candidate.alias;
    const mentioned = candidates.some(
      (other, otherIndex) =>
        !other.alias.gated &&
        other.alias.topicIndex === topicIndex &&
        !ungated.includes(otherIndex) &&
        !rejected[otherIndex],
    );
    if (mentioned) continue;
    const topic = (topics[topicIndex] as CompiledTopic).lookalike();
    const hit: GatedHit = { start: candidate.start, end: candidate.end, written: candidate.alias.written };
    if (!anchorsTopic(text, hit, topic)) rejected[index] = true;
  }
  if (people.size === 0) return rejected;
  candidates.forEach((candidate, index) => {
    if (rejected[index] || !candidate.alias.gated) return;
    if (!people.has(`${candidate.alias.topicIndex}:${nameOf(candidate.alias)}`)) return;
    const topic = (topics[candidate.alias.topicIndex] as CompiledTopic).lookalike();
    const hit: GatedHit = { start: candidate.start, end: candidate.end, written: candidate.alias.written };
    if (!isAnchored(text, hit, topic)) rejected[index] = true;
  });
  return rejected;
}

/**
 * Applies the gates, then maps the survivors back to offsets in the original block. A gated
 * candidate that means something else in the block is dropped whatever the context (see
 * `lookalikes`); the others count when the block holds a context term of the topic, an ungated
 * mention of it, or, for a topic with context terms, a gated mention of another of its names
 * ("the H800 differed from the H100").
 */
function resolve(
  candidates: readonly Candidate[],
  topics: readonly CompiledTopic[],
  text: string,
  original: string,
  normalized: NormalizedText | undefined,
): MentionMatch[] {
  const toStart = (index: number): number => (normalized ? normalized.toOriginal(index) : index);
  const toEnd = (index: number): number => (normalized ? normalized.toOriginalEnd(index) : index);
  // Per topic: undefined = not yet looked up, null = the gate is closed, string = what opened it.
  const gates: (string | null | undefined)[] = new Array(topics.length);
  const rejected = candidates.some((candidate) => candidate.alias.gated || candidate.alias.mayLookAlike)
    ? lookalikes(candidates, topics, text)
    : undefined;
  candidates.forEach((candidate, index) => {
    if (candidate.alias.gated || rejected?.[index]) return;
    if (gates[candidate.alias.topicIndex] === undefined) {
      gates[candidate.alias.topicIndex] = original.slice(toStart(candidate.start), toEnd(candidate.end));
    }
  });
  const mentions: MentionMatch[] = [];
  candidates.forEach(({ alias, start, end }, index) => {
    let contextTerm: string | undefined;
    if (rejected?.[index]) return;
    if (alias.gated) {
      let gate = gates[alias.topicIndex];
      if (gate === undefined) {
        const topic = topics[alias.topicIndex] as CompiledTopic;
        gate = findContextTerm(text, topic);
        gates[alias.topicIndex] = gate;
      }
      if (gate === null) {
        const other = otherName(candidates, rejected, index, topics);
        if (other === undefined) return;
        contextTerm = original.slice(toStart(other.start), toEnd(other.end));
      } else {
        contextTerm = gate;
      }
    }
    const originalStart = toStart(start);
    const originalEnd = toEnd(end);
    const topicId = (topics[alias.topicIndex] as CompiledTopic).id;
    const mentionText = original.slice(originalStart, originalEnd);
    mentions.push(
      contextTerm === undefined
        ? { topicId, start: originalStart, end: originalEnd, text: mentionText, alias: alias.written }
        : {
            topicId,
            start: originalStart,
            end: originalEnd,
            text: mentionText,
            alias: alias.written,
            contextTerm,
          },
    );
  });
  return mentions;
}

/**
 * Another gated name of the same topic in the block that is not a look-alike, for a topic with
 * context terms: two of its names in one block vouch for each other.
 */
function otherName(
  candidates: readonly Candidate[],
  rejected: readonly boolean[] | undefined,
  index: number,
  topics: readonly CompiledTopic[],
): Candidate | undefined {
  const self = candidates[index] as Candidate;
  if ((topics[self.alias.topicIndex] as CompiledTopic).context === undefined) return undefined;
  const name = nameOf(self.alias);
  return candidates.find(
    (other, otherIndex) =>
      otherIndex !== index &&
      !rejected?.[otherIndex] &&
      other.alias.gated &&
      other.alias.topicIndex === self.alias.topicIndex &&
      nameOf(other.alias) !== name,
  );
}

/** The first of the topic's context terms in the block (as written in the knowledge base), or null. */
function findContextTerm(text: string, topic: CompiledTopic): string | null {
  if (topic.context === undefined || topic.contextQuick === undefined) return null;
  topic.contextSearch ??= { quick: new RegExp(topic.contextQuick, topic.contextFlags) };
  const search = topic.contextSearch;
  const { quick } = search;
  quick.lastIndex = 0;
  for (let match = execAtWordStart(quick, text); match !== null; match = execAtWordStart(quick, text)) {
    const term = groupOf(match);
    if (!topic.contextGuarded[term] || !inDoubt(text, quick.lastIndex, 'guarded')) {
      return topic.contextTerms[term] ?? null;
    }
    // In doubt: the full expression at this start decides; the search goes on after it.
    search.exact ??= new RegExp(topic.context, 'uy');
    search.exact.lastIndex = match.index;
    const exact = search.exact.exec(text);
    if (exact !== null) return topic.contextTerms[groupOf(exact)] ?? null;
    quick.lastIndex = match.index + codePointString(text, match.index, false).length;
  }
  return null;
}
