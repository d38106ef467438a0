/**
 * Ranking by meaning and the sentence-level verdict marks, measured on sentences that state, report,
 * correct or discuss a claim in words its statement does not use (./labelled/types.ts,
 * RelatedSentence). The assertions are on the held-out part alone: it was written before the
 * paraphrases, the grounding rule and the marks' thresholds were tuned, by someone who saw neither
 * the engine nor the tuning sentences, and it is never used to adjust anything. The tuning part is
 * measured and printed beside it.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import {
  describeMarks,
  describeRanking,
  measureMarks,
  measureRanking,
  sharedWithClaim,
} from './labelled/evaluate';
import { MEANING_HELD_OUT } from './labelled/sentences-meaning-held-out';
import { MEANING_TUNING } from './labelled/sentences-meaning-tuning';
import type { ClaimRelation, RelatedSentence } from './labelled/types';

const claimIds = new Set(BUILT_IN_KB.flatMap((topic) => topic.claims.map((claim) => claim.id)));
const lowOverlap = (set: readonly RelatedSentence[]) =>
  set.filter((labelled) => labelled.expected.length > 0 && sharedWithClaim(BUILT_IN_KB, labelled) <= 0.3);
const count = (set: readonly RelatedSentence[], relation: ClaimRelation) =>
  set.filter((labelled) => labelled.relation === relation).length;

describe('the meaning sets', () => {
  it('label claims that exist, and every relation but `mentions` with a claim', () => {
    for (const labelled of [...MEANING_TUNING, ...MEANING_HELD_OUT]) {
      for (const id of labelled.expected) expect(claimIds.has(id), `${id}: ${labelled.sentence}`).toBe(true);
      expect(labelled.expected.length === 0, labelled.sentence).toBe(labelled.relation === 'mentions');
    }
  });

  it('hold out enough of each kind: repeats, corrections, discussion, no claim, low overlap, Chinese', () => {
    expect(count(MEANING_HELD_OUT, 'repeats')).toBeGreaterThanOrEqual(50);
    expect(count(MEANING_HELD_OUT, 'corrects')).toBeGreaterThanOrEqual(25);
    expect(count(MEANING_HELD_OUT, 'discusses')).toBeGreaterThanOrEqual(15);
    expect(count(MEANING_HELD_OUT, 'mentions')).toBeGreaterThanOrEqual(30);
    expect(lowOverlap(MEANING_HELD_OUT).length).toBeGreaterThanOrEqual(50);
    expect(MEANING_HELD_OUT.filter(({ style }) => style === 'chinese').length).toBeGreaterThanOrEqual(15);
  });
});

describe('ranking by meaning on held-out sentences', () => {
  const tuning = measureRanking(BUILT_IN_KB, MEANING_TUNING);
  const heldOut = measureRanking(BUILT_IN_KB, MEANING_HELD_OUT);
  const low = measureRanking(BUILT_IN_KB, lowOverlap(MEANING_HELD_OUT));
  console.log(
    [
      describeRanking('meaning, tuning sentences', tuning).split('\n')[0],
      describeRanking('meaning, held-out sentences', heldOut),
      describeRanking('meaning, held-out sentences sharing ≤ 30% of their words with the claim', low).split(
        '\n',
      )[0],
    ].join('\n'),
  );

  // FLOORS
  it('ranks an acceptable claim first and in the top 3', () => {
    expect(heldOut.top1).toBeGreaterThanOrEqual(TOP1);
    expect(heldOut.top3).toBeGreaterThanOrEqual(TOP3);
  });

  it('ranks the claim first for sentences that share at most 30% of their words with it', () => {
    expect(low.top1).toBeGreaterThanOrEqual(LOW_TOP1);
  });

  it('falls back on sentences that make no claim, and rarely on those that do', () => {
    expect(heldOut.fallbackOnNoClaim).toBeGreaterThanOrEqual(FALLBACK_NO_CLAIM);
    expect(heldOut.fallbackOnMatching).toBeLessThanOrEqual(FALLBACK_MATCHING);
  });
});

describe('verdict marks on held-out sentences', () => {
  const tuning = measureMarks(BUILT_IN_KB, MEANING_TUNING);
  const heldOut = measureMarks(BUILT_IN_KB, MEANING_HELD_OUT);
  console.log(
    [
      describeMarks('marks, tuning sentences', tuning).split('\n')[0],
      describeMarks('marks, held-out sentences', heldOut),
    ].join('\n'),
  );

  it('marks a sentence that repeats a claim, and almost never one that does not', () => {
    expect(heldOut.precision).toBeGreaterThanOrEqual(MARK_PRECISION);
    expect(heldOut.recall).toBeGreaterThanOrEqual(MARK_RECALL);
  });
});
