import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import type { Claim } from '../../../data/schema';
import { createMentionClaimRanker } from '../../../lib/rank/mention-claims';
import type { ClaimRanking } from '../../../lib/rank/ranker';
import {
  distancesItself,
  MARK_CLOSE_WORDING,
  MARK_GROUNDING,
  MARK_GROUNDING_CLOSE,
  MARK_LEAD_SHARE,
  MARK_RESTATEMENT,
  MARK_WHOLE_WORDING,
  MARK_WORDING_LEAD,
  repeatedClaim,
} from '../../../lib/rank/repeats';

const claim = (statement: string, paraphrases: string[] = []): Pick<Claim, 'statement' | 'paraphrases'> => ({
  statement,
  paraphrases,
});
const cost = claim("DeepSeek's R1 model was trained for just $5.6 million.");

describe('distancesItself', () => {
  it('holds a plain statement, reported speech included, to what it says', () => {
    expect(distancesItself('DeepSeek trained R1 for $5.6 million.', cost)).toBe(false);
    expect(distancesItself('DeepSeek says it trained R1 for $5.6 million.', cost)).toBe(false);
  });

  it('sees questions, negations, doubt, hedges and corrections', () => {
    for (const sentence of [
      'Did DeepSeek really train R1 for $5.6 million?',
      'DeepSeek did not train R1 for $5.6 million.',
      "DeepSeek didn't spend only $5.6 million.",
      'Experts doubt that DeepSeek trained R1 for $5.6 million.',
      'The $5.6 million covered only the final run.',
      'The figure excludes research and hardware.',
      'DeepSeek allegedly trained R1 for $5.6 million.',
      'If DeepSeek trained R1 for $5.6 million, rivals should worry.',
      'The claim that R1 cost $5.6 million is a myth.',
      'DeepSeek hat R1 angeblich für 5,6 Millionen Dollar trainiert.',
      '深度求索并没有只花560万美元训练R1。',
      '深度求索真的只花了560万美元吗',
    ]) {
      expect(distancesItself(sentence, cost), sentence).toBe(true);
    }
  });

  it('does not count a word the claim’s own wording uses', () => {
    const barriers = claim("DeepSeek's approach could lower the barriers to entry in AI development.");
    expect(distancesItself('DeepSeek could lower the barriers to entry for small labs.', barriers)).toBe(
      false,
    );
    expect(distancesItself('DeepSeek could lower the barriers to entry for small labs.', cost)).toBe(true);
    const paraphrased = claim('DeepSeek is open source.', [
      'Anyone can download the weights without paying.',
    ]);
    expect(distancesItself('Anyone can download DeepSeek’s weights without paying.', paraphrased)).toBe(
      false,
    );
  });
});

describe('repeatedClaim', () => {
  const ranker = createMentionClaimRanker(BUILT_IN_KB);
  const repeats = (sentence: string, topic = 'deepseek') => {
    const at = sentence.search(/DeepSeek|Nvidia|export controls/);
    return ranker.rank(topic, sentence, at, at + 6).repeats?.id ?? null;
  };

  it('finds the claim a sentence states, and none in one that only names the subject', () => {
    expect(repeats('DeepSeek is a Chinese AI startup based in Hangzhou.')).toBe('deepseek-chinese-startup');
    expect(repeats('DeepSeek trained its R1 model for just $5.6 million, posts said.')).toBe(
      'deepseek-r1-trained-for-5-6-million',
    );
    expect(repeats('DeepSeek is hiring engineers in Beijing.')).toBeNull();
    expect(repeats('Is DeepSeek a Chinese AI startup?')).toBeNull();
  });

  const lead = {
    claim: BUILT_IN_KB[0]?.claims[0] as Claim,
    score: 10,
    matched: [],
    restatement: 0.9,
    grounding: 0.8,
  };
  const ranking = (over: Partial<ClaimRanking> = {}): ClaimRanking => ({
    fit: 'close',
    claims: [lead],
    ...over,
  });

  it('needs a close fit, a restatement of the claim’s wording, a sentence mostly about it, and a clear lead', () => {
    expect(repeatedClaim(ranking(), 'DeepSeek is a Chinese AI startup.')).toBe(lead);
    expect(repeatedClaim(ranking({ fit: 'none' }), 'DeepSeek is a Chinese AI startup.')).toBeNull();
    const weak = { ...lead, restatement: MARK_RESTATEMENT - 0.01 };
    expect(repeatedClaim(ranking({ claims: [weak] }), 'DeepSeek is a Chinese AI startup.')).toBeNull();
    const aside = { ...lead, restatement: MARK_CLOSE_WORDING - 0.01, grounding: MARK_GROUNDING - 0.01 };
    expect(repeatedClaim(ranking({ claims: [aside] }), 'DeepSeek is a Chinese AI startup.')).toBeNull();
    // Most of one wording met: a clause of its own is allowed, down to MARK_GROUNDING_CLOSE.
    const closeAside = { ...aside, restatement: MARK_CLOSE_WORDING };
    expect(repeatedClaim(ranking({ claims: [closeAside] }), 'DeepSeek is a Chinese AI startup.')).toBe(
      closeAside,
    );
    const farAside = { ...closeAside, grounding: MARK_GROUNDING_CLOSE - 0.01 };
    expect(repeatedClaim(ranking({ claims: [farAside] }), 'DeepSeek is a Chinese AI startup.')).toBeNull();
    // Nearly all of one wording met: the sentence states the claim, whatever else it says.
    const wholeAside = { ...aside, restatement: MARK_WHOLE_WORDING };
    expect(repeatedClaim(ranking({ claims: [wholeAside] }), 'DeepSeek is a Chinese AI startup.')).toBe(
      wholeAside,
    );
    // A close second in score, but far behind in wording, leaves the lead clear.
    const behind = {
      ...lead,
      claim: BUILT_IN_KB[0]?.claims[1] as Claim,
      score: lead.score * 0.95,
      restatement: lead.restatement - MARK_WORDING_LEAD,
    };
    expect(repeatedClaim(ranking({ claims: [lead, behind] }), 'DeepSeek is a Chinese AI startup.')).toBe(
      lead,
    );
    const near = { ...behind, restatement: lead.restatement - MARK_WORDING_LEAD + 0.05 };
    expect(repeatedClaim(ranking({ claims: [lead, near] }), 'DeepSeek is a Chinese AI startup.')).toBeNull();
    const close = {
      ...lead,
      claim: BUILT_IN_KB[0]?.claims[1] as Claim,
      score: lead.score * MARK_LEAD_SHARE + 0.01,
    };
    expect(repeatedClaim(ranking({ claims: [lead, close] }), 'DeepSeek is a Chinese AI startup.')).toBeNull();
    expect(repeatedClaim(ranking(), 'DeepSeek is not a Chinese AI startup.')).toBeNull();
  });
});
