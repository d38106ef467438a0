import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../lib/text/sentence';

/** The sentence around the first occurrence of `mention` in `text`. */
function around(text: string, mention: string, locale?: string) {
  const start = text.indexOf(mention);
  if (start === -1) throw new Error(`"${mention}" is not in the text`);
  return sentenceAround(text, start, start + mention.length, locale);
}

describe('sentenceAround', () => {
  it('returns the sentence that holds the mention, without its neighbours', () => {
    const text = 'Markets opened lower. Nvidia fell 17% on Monday. Analysts were surprised.';
    expect(around(text, 'Nvidia').text).toBe('Nvidia fell 17% on Monday.');
  });

  it('gives offsets into the input that slice out the returned text', () => {
    const text = 'Markets opened lower.  Nvidia fell 17% on Monday.  Analysts were surprised.';
    const result = around(text, 'Nvidia');
    expect(text.slice(result.start, result.end)).toBe(result.text);
    expect(result.start).toBe(text.indexOf('Nvidia'));
  });

  it('keeps "U.S. export controls" in one sentence', () => {
    const text = 'Shares fell. The U.S. export controls bite hard on Nvidia. Next story.';
    expect(around(text, 'export controls').text).toBe('The U.S. export controls bite hard on Nvidia.');
  });

  it('does not cut after "U.S." when a capitalised name follows', () => {
    const text = 'Prices rose. The U.S. Commerce Department tightened export controls in 2023. Nvidia fell.';
    expect(around(text, 'export controls').text).toBe(
      'The U.S. Commerce Department tightened export controls in 2023.',
    );
    expect(around(text, 'Commerce').text).toBe(
      'The U.S. Commerce Department tightened export controls in 2023.',
    );
  });

  it('does not cut after titles and abbreviated months', () => {
    const text = 'Earlier news. On Jan. 27 Mr. Huang said Nvidia Corp. would comply. Other news.';
    expect(around(text, 'Huang').text).toBe('On Jan. 27 Mr. Huang said Nvidia Corp. would comply.');
  });

  it('still ends a sentence at an ordinary full stop before a capital', () => {
    const text = 'DeepSeek released R1 in January. Nvidia fell the next week.';
    expect(around(text, 'DeepSeek').text).toBe('DeepSeek released R1 in January.');
    expect(around(text, 'Nvidia').text).toBe('Nvidia fell the next week.');
  });

  it('splits Chinese text at its own sentence marks', () => {
    const text = '深度求索发布了R1模型。英伟达股价下跌17%。美国收紧出口管制';
    expect(around(text, '英伟达', 'zh').text).toBe('英伟达股价下跌17%。');
    expect(around(text, '出口管制', 'zh').text).toBe('美国收紧出口管制');
  });

  it('returns the whole block when it has no punctuation and is short', () => {
    const text = 'nvidia deepseek export controls no punctuation here at all';
    expect(around(text, 'deepseek').text).toBe(text);
  });

  it('cuts a long block without punctuation to a window around the mention, at word boundaries', () => {
    const text = `${'lorem ipsum '.repeat(300)}DeepSeek cost ${'dolor sit '.repeat(300)}`;
    const result = around(text, 'DeepSeek');
    expect(result.text.length).toBeLessThanOrEqual(400);
    expect(result.text).toContain('DeepSeek cost');
    expect(result.text.startsWith('lorem') || result.text.startsWith('ipsum')).toBe(true);
    expect(text.slice(result.start, result.end)).toBe(result.text);
  });

  it('finds the sentence deep inside a long block of many sentences', () => {
    const block = `${'Filler sentence here. '.repeat(5_000)}Nvidia fell 17%. ${'More filler. '.repeat(5_000)}`;
    const result = around(block, 'Nvidia');
    expect(result.text).toBe('Nvidia fell 17%.');
  });

  it('joins the sentences a mention spans', () => {
    const text = 'First part ends here. Second part goes on. Third.';
    const start = text.indexOf('here');
    const end = text.indexOf('goes') + 4;
    expect(sentenceAround(text, start, end).text).toBe('First part ends here. Second part goes on.');
  });

  it('clamps offsets outside the text and never throws on empty input', () => {
    expect(sentenceAround('', 0, 0)).toEqual({ text: '', start: 0, end: 0 });
    expect(sentenceAround('Nvidia fell.', -5, 99).text).toBe('Nvidia fell.');
    expect(sentenceAround('Nvidia fell. Then rose.', 50, 60).text).toBe('Then rose.');
  });

  it('falls back to the default locale for an invalid locale tag', () => {
    expect(around('One. Nvidia fell. Two.', 'Nvidia', 'not a locale!').text).toBe('Nvidia fell.');
  });

  it('always returns a slice of the input that overlaps the mention', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), fc.nat(), fc.nat({ max: 40 }), (text, rawStart, length) => {
        const start = text.length === 0 ? 0 : rawStart % (text.length + 1);
        const end = Math.min(text.length, start + length);
        const result = sentenceAround(text, start, end);
        expect(text.slice(result.start, result.end)).toBe(result.text);
        expect(result.start).toBeGreaterThanOrEqual(0);
        expect(result.end).toBeLessThanOrEqual(text.length);
        if (result.text.length > 0 && /\S/u.test(text.slice(start, end))) {
          expect(result.start).toBeLessThan(Math.max(end, start + 1));
          expect(result.end).toBeGreaterThan(start);
        }
      }),
      { numRuns: 300 },
    );
  });
});
