/**
 * The matcher's one pass over a block (`scanHeads` in lib/match/matcher.ts): it finds where an
 * alias's first characters start a word, and whether the block needs normalising, by reading code
 * units through a table and a trie instead of regular expressions. These cases hold it to what the
 * expressions read: white space of any kind inside an anchor, every dash and apostrophe, word starts
 * beside letters outside ASCII, and blocks whose raw text shows no anchor until it is normalised.
 */
import { describe, expect, it } from 'vitest';
import deepseek from '../../../data/topics/deepseek.json' with { type: 'json' };
import exportControls from '../../../data/topics/export-controls.json' with { type: 'json' };
import nvidia from '../../../data/topics/nvidia.json' with { type: 'json' };
import { compileMatcher, type MatcherTopic } from '../../../lib/match/matcher';

const TOPICS = [deepseek, nvidia, exportControls] as readonly MatcherTopic[];
const matcher = compileMatcher(TOPICS);

function texts(text: string, topics: readonly MatcherTopic[] = TOPICS): string[] {
  const used = topics === TOPICS ? matcher : compileMatcher(topics);
  return used.findMentions(text).map((mention) => mention.text);
}

const CUSTOM: readonly MatcherTopic[] = [
  {
    id: 'custom',
    aliases: ['e-CNY', "O'Neil Chips", 'A B C', { text: 'XyZ', caseSensitive: true }, '𝐀𝐁 Labs'],
    contextTerms: [],
  },
];

describe('The scan over a block', () => {
  it('reads a space in an alias’s first characters as any run of white space', () => {
    expect(texts('The AI\u00a0diffusion rule; the AI\n  diffusion framework.')).toEqual([
      'AI\u00a0diffusion rule',
      'AI\n  diffusion framework',
    ]);
    expect(texts('정부는 수출\u3000통제를 강화했다')).toEqual(['수출\u3000통제']);
    expect(texts('A\tB\u2009C and A  B C', CUSTOM)).toEqual(['A\tB\u2009C', 'A  B C']);
  });

  it('reads every dash and apostrophe the expressions accept, within the first characters too', () => {
    expect(texts('e-CNY, e\u2010CNY, e\u2013CNY and e\u2212CNY', CUSTOM)).toEqual([
      'e-CNY',
      'e\u2010CNY',
      'e\u2013CNY',
      'e\u2212CNY',
    ]);
    expect(texts("O'Neil Chips and O\u2019Neil Chips", CUSTOM)).toEqual([
      "O'Neil Chips",
      'O\u2019Neil Chips',
    ]);
  });

  it('keeps a case-sensitive alias’s case and reads aliases outside the Basic Multilingual Plane', () => {
    expect(texts('xyz, XYZ and XyZ; 𝐀𝐁 Labs', CUSTOM)).toEqual(['XyZ', '𝐀𝐁 Labs']);
  });

  it('finds a word start beside punctuation, CJK and white space, never inside a word of any script', () => {
    expect(texts('«Nvidia» (Nvidia) 英伟达Nvidia_Nvidia')).toEqual([
      'Nvidia',
      'Nvidia',
      '英伟达',
      'Nvidia',
      'Nvidia',
    ]);
    expect(texts('éNvidia ΩNvidia xNvidia 1Nvidia')).toEqual([]);
  });

  it('normalises a block whose raw text shows no anchor when a key of the aliases is in it', () => {
    // The full-width hyphen is none of the dashes an anchor reads; normalising makes it "-".
    expect(texts('Pilots of the e\uFF0DCNY began', CUSTOM)).toEqual(['e\uFF0DCNY']);
    // Full-width letters become letters: the block is normalised though it holds no key.
    expect(texts('Ｎｖｉｄｉａ shares rose')).toEqual(['Ｎｖｉｄｉａ']);
  });

  it('finds nothing in a block that needs normalising but holds no alias', () => {
    expect(texts('（東京）株価は上昇した。ｶﾀｶﾅ and ﬁne print')).toEqual([]);
  });
});
