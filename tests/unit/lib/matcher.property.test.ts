import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Alias } from '../../../data/schema';
import deepseek from '../../../data/topics/deepseek.json' with { type: 'json' };
import exportControls from '../../../data/topics/export-controls.json' with { type: 'json' };
import nvidia from '../../../data/topics/nvidia.json' with { type: 'json' };
import { compileMatcher, type MatcherTopic } from '../../../lib/match/matcher';
import { normalizeForMatch } from '../../../lib/text/normalize';

const TOPICS = [deepseek, nvidia, exportControls] as readonly MatcherTopic[];
const matcher = compileMatcher(TOPICS);

interface Insertable {
  topicId: string;
  text: string;
  caseSensitive: boolean;
}

/** The ungated aliases: they count wherever they stand. */
const UNGATED: readonly Insertable[] = TOPICS.flatMap((topic) =>
  topic.aliases
    .map((alias: Alias) => (typeof alias === 'string' ? { text: alias } : alias))
    .filter((alias) => !('gated' in alias && alias.gated))
    .map((alias) => ({
      topicId: topic.id,
      text: alias.text,
      caseSensitive: 'caseSensitive' in alias && alias.caseSensitive === true,
    })),
);

/** Filler that can never spell an alias or a context term: rare Latin letters, digits-free. */
const filler = fc.string({
  unit: fc.constantFrom('j', 'k', 'q', 'w', 'x', 'y', 'z', 'J', 'Q', 'Z'),
  maxLength: 8,
});
const cjkFiller = fc.string({ unit: fc.constantFrom('的', '是', '了', '在'), minLength: 1, maxLength: 3 });
/** What may stand on either side of a mention. */
const separator = fc.constantFrom(' ', ', ', '. ', ' (', ') ', '\n', '\u00a0', ' “', '” ', '的', ' — ', '\t');

const spelledAlias = fc
  .record({ alias: fc.constantFrom(...UNGATED), casing: fc.constantFrom('as written', 'lower', 'upper') })
  .map(({ alias, casing }) => {
    let text = alias.text;
    if (!alias.caseSensitive && casing === 'lower') text = text.toLowerCase();
    if (!alias.caseSensitive && casing === 'upper') text = text.toUpperCase();
    return { topicId: alias.topicId, text };
  });

describe('findMentions on generated text', () => {
  it('finds each alias inserted between separators exactly once, at its offsets', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            before: fc.oneof(filler, cjkFiller),
            open: separator,
            alias: spelledAlias,
            close: separator,
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.oneof(filler, cjkFiller),
        (pieces, tail) => {
          let text = '';
          const expected: { topicId: string; start: number; end: number; text: string }[] = [];
          for (const piece of pieces) {
            text += piece.before + piece.open;
            expected.push({
              topicId: piece.alias.topicId,
              start: text.length,
              end: text.length + piece.alias.text.length,
              text: piece.alias.text,
            });
            text += piece.alias.text + piece.close;
          }
          text += tail;
          const mentions = matcher.findMentions(text).map(({ topicId, start, end, text: mentionText }) => ({
            topicId,
            start,
            end,
            text: mentionText,
          }));
          expect(mentions).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on random Unicode and returns sorted, non-overlapping ranges inside the text', () => {
    const fragments = fc.constantFrom(
      ...UNGATED.map((alias) => alias.text),
      'H20 chips',
      'BIS export',
      'R1',
      'V3.1',
      '—',
      '-',
      '\u00AD',
      'ｶﾞ',
      'ﬁ',
      '\u0301',
      '\uD835',
      '\uDC00',
      '𝐍',
      '英',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fragments), { maxLength: 12 }),
        (parts) => {
          const text = parts.join('');
          const mentions = matcher.findMentions(text);
          let previousEnd = 0;
          for (const mention of mentions) {
            expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
            expect(mention.start).toBeLessThan(mention.end);
            expect(mention.end).toBeLessThanOrEqual(text.length);
            expect(mention.text).toBe(text.slice(mention.start, mention.end));
            previousEnd = mention.end;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** An independent statement of the normalisation, on the whole text at once. */
function referenceNormalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200F\u2060-\u2064\u2066-\u2069\uFEFF]/g, '')
    .replace(/[’‘ʼ′]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[\s\u0085]+/g, ' ');
}

describe('normalizeForMatch on generated text', () => {
  const anyText = fc
    .array(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 10 }),
        fc.constantFrom(
          ' ',
          '\u00a0 ',
          '\u00AD',
          'e\u0301',
          'ｶﾞ',
          'ﬃ',
          '’',
          '—',
          'ＡＢ',
          '𝐍',
          '\u3131\u314F',
          'ᄀ',
          'ᅡ',
        ),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(''));

  it('agrees with NFKC of the whole text followed by the character mapping', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normalizeForMatch(text).text).toBe(referenceNormalize(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('maps offsets back monotonically, within the text, and each range back to its own text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const normalized = normalizeForMatch(text);
        const length = normalized.text.length;
        expect(normalized.toOriginal(length)).toBe(text.length);
        expect(normalized.toOriginalEnd(0)).toBe(0);
        for (let index = 0; index < length; index += 1) {
          const start = normalized.toOriginal(index);
          const end = normalized.toOriginalEnd(index + 1);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(start).toBeLessThan(end);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(normalized.toOriginal(index + 1)).toBeGreaterThanOrEqual(start);
          expect(normalized.toOriginalEnd(index + 1)).toBeGreaterThanOrEqual(normalized.toOriginalEnd(index));
        }
        // Any range of the normalised text comes from an original range whose normalisation holds it.
        for (let start = 0; start < length; start += 3) {
          for (let end = start + 1; end <= length; end += 4) {
            const original = text.slice(normalized.toOriginal(start), normalized.toOriginalEnd(end));
            expect(normalizeForMatch(original).text).toContain(normalized.text.slice(start, end));
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
