/**
 * The matcher's quick expressions (no Unicode property class, so a page compiles them in well under
 * a millisecond) must find exactly what the full expressions find. Checked three ways: the code-unit
 * answers for word characters against the Unicode-class expression, the quick and the full matcher
 * on generated text full of the characters that put a quick match in doubt, and that plain text
 * never creates a full expression.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import {
  ASK,
  compileMatcherData,
  isWordChar,
  knownWordChar,
  type MatcherData,
  matcherFromData,
  WORD_CHAR,
} from '../../../lib/match/matcher';

const DATA: MatcherData = compileMatcherData(BUILT_IN_KB);

describe('knownWordChar', () => {
  it('agrees with the Unicode-class test on every code unit it answers', () => {
    const wrong: string[] = [];
    let answered = 0;
    for (let code = 0; code <= 0xffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const known = knownWordChar(code);
      if (known === ASK) continue;
      answered += 1;
      if ((known === WORD_CHAR) !== isWordChar(String.fromCharCode(code))) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
    // ASCII, general and CJK punctuation, kana, Han and Hangul: most of what news pages hold.
    expect(answered).toBeGreaterThan(39_000);
  });

  it('asks about the letters, digits and marks of other scripts', () => {
    for (const char of ['é', 'ü', 'Ω', 'ı', '\u0301', '٣', 'ª', '²', 'Ａ']) {
      expect(knownWordChar(char.charCodeAt(0))).toBe(ASK);
    }
  });
});

/** Pieces that spell aliases, context terms and what may follow them, in every kind of script. */
const PIECES = [
  ...DATA.aliases.map((alias) => alias.written),
  ...DATA.aliases.map((alias) => alias.written.toLowerCase()),
  ...DATA.topics.flatMap((topic) => topic.contextTerms),
  '-R1',
  '-r1',
  ' V3',
  'V3',
  'R1',
  '.1',
  '-0528',
  '-Distill',
  '-Zürich',
  '-٣',
  'V٣',
  ' V٣',
  'é',
  'ü',
  'Ω',
  'ß',
  'ı',
  '\u0301',
  '٣',
  'ª',
  '²',
  'Ａ',
  '的',
  '是',
  'ー',
  '’s',
  "'s",
  '’',
  '—',
  '–',
  '-',
  '.',
  ',',
  ' ',
  '\u00a0',
  '\u2009',
  '(',
  'x',
  'S',
  '7',
  '\u00ad',
  '\u200b',
  '  ',
  '\n',
];

const text = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''));

describe('quick expressions', () => {
  const quick = matcherFromData(DATA);
  const exact = matcherFromData(DATA, { quick: false });

  it('find the same mentions as the full expressions on generated text', () => {
    fc.assert(
      fc.property(text, (block) => {
        expect(quick.findMentions(block)).toEqual(exact.findMentions(block));
      }),
      { numRuns: 4000 },
    );
  });

  it('find the same mentions where a non-ASCII letter, digit or mark ends the word', () => {
    const cases = [
      'DeepSeeké is not DeepSeek.',
      'DeepSeek-Zürich and DeepSeek-R1-Zürich',
      'DeepSeek V٣ and DeepSeek V3',
      'Nvidia\u0301 and Nvidia’s H100s',
      'R1-Zeroé, R1-Zero, export controlsé and export controls',
      'the H800ı chips of Nvidia; the H800 chips',
      '深度求索DeepSeekü的模型',
      'DeepSeekV٣顯卡Framework for Artificial Intelligence Diffusion',
      'DeepSeeksV٣ and R1-ZeroV٣',
    ];
    for (const block of cases) expect(quick.findMentions(block), block).toEqual(exact.findMentions(block));
  });
});

describe('what plain text costs', () => {
  const original = globalThis.RegExp;
  afterEach(() => {
    globalThis.RegExp = original;
  });

  it('creates no expression with a Unicode property class for mentions in plain English and Chinese', () => {
    const matcher = matcherFromData(DATA);
    const created: string[] = [];
    globalThis.RegExp = new Proxy(original, {
      construct(target, args: [string | RegExp, string?]) {
        created.push(String(args[0]));
        return new target(...args);
      },
    });
    const found = [
      'DeepSeek’s R1 model was trained on Nvidia H800 chips, the company said.',
      'US export controls on H20 chips tightened again; the BIS cited national security.',
      '深度求索发布了新模型，英伟达的H20芯片受到出口管制。',
    ].flatMap((block) => matcher.findMentions(block));
    expect(found.length).toBeGreaterThanOrEqual(8);
    expect(created.filter((source) => source.includes('\\p{'))).toEqual([]);
  });
});
