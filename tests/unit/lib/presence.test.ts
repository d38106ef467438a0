/**
 * The presence test (lib/match/presence.ts): a superset of the matcher, so that a page whose text
 * it rejects may skip loading the matcher, and stricter than the prefilter, so that most pages do.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import { compileMatcher, compilePresenceData, type MatcherTopic } from '../../../lib/match/matcher';
import { presenceFrom } from '../../../lib/match/presence';
import { DETECTION_HELD_OUT } from './labelled/detection-held-out';
import { DETECTION_HELD_OUT_B } from './labelled/detection-held-out-b';
import { DETECTION_TUNING } from './labelled/detection-tuning';

const TOPICS = BUILT_IN_KB as readonly MatcherTopic[];
const matcher = compileMatcher(TOPICS);
const mayMention = presenceFrom(compilePresenceData(TOPICS));
const BLOCKS = [...DETECTION_TUNING, ...DETECTION_HELD_OUT, ...DETECTION_HELD_OUT_B].map(
  (block) => block.text,
);
const aliasTexts = TOPICS.flatMap((topic) =>
  topic.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)),
);

describe('the presence test', () => {
  it('lets through every block of the labelled sets in which the matcher finds a mention', () => {
    const withMentions = BLOCKS.filter((text) => matcher.findMentions(text).length > 0);
    expect(withMentions.length).toBeGreaterThan(400);
    expect(withMentions.filter((text) => !mayMention(text))).toEqual([]);
  });

  it('lets every block with a mention through when it is joined to others without separators', () => {
    const withMentions = BLOCKS.filter((text) => matcher.findMentions(text).length > 0);
    fc.assert(
      fc.property(
        fc.constantFrom(...withMentions),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        (block, before, after) => mayMention(before + block + after),
      ),
    );
  });

  it('finds every alias however the page spaces, dashes or cases it', () => {
    for (const alias of aliasTexts) {
      expect(mayMention(`x${alias}y`), alias).toBe(true);
      expect(mayMention(alias.replaceAll(' ', '\u00a0\n ').replaceAll('-', '\u2013')), alias).toBe(true);
    }
    expect(mayMention('the NVIDIA-powered rig')).toBe(true);
    expect(mayMention('DEEP-SEEK')).toBe(true);
    // A decomposed umlaut, which normalising composes.
    expect(mayMention('die Exportbeschra\u0308nkungen')).toBe(true);
    // Characters that normalising turns into letters: let through without a closer look.
    expect(mayMention('Ｎｖｉｄｉａ')).toBe(true);
    expect(mayMention('Nvi\u00addia')).toBe(true);
  });

  it('asks for the whole alias, where the prefilter asks for one run of it', () => {
    for (const text of [
      'Foreign ministers discussed deep cuts in the chip industry and lower export volumes.',
      'The entity said its deep learning models run on any hardware.',
      '“We are not investing in capacity,” said the chief executive — speaking in Tokyo.',
      'Exporte stiegen im Mai; die Beschränkungen bleiben.',
    ]) {
      expect(matcher.findMentions(text), text).toEqual([]);
      expect(mayMention(text), text).toBe(false);
    }
  });

  it('makes of a knowledge base without aliases a test that lets nothing through', () => {
    expect(presenceFrom(compilePresenceData([]))('DeepSeek')).toBe(false);
    expect(presenceFrom(compilePresenceData([{ id: 'x', aliases: ['—'], contextTerms: [] }]))('a')).toBe(
      true,
    );
  });
});
