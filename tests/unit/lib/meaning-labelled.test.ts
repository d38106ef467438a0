/**
 * Ranking by meaning and the sentence-level verdict marks on the meaning tuning sentences
 * (./labelled/sentences-meaning-tuning.ts): sentences that state, report, correct or discuss a
 * claim in words its statement does not use. The paraphrases, the grounding rule and the marks'
 * thresholds were adjusted on these sentences, so the figures here are not a measure of quality:
 * they guard what was reached against a regression. The held-out part
 * (./labelled/sentences-meaning-held-out.ts) was written blind — by someone who saw neither the
 * engine nor the tuning sentences — and measured once, after the tuning; its floors hold what was
 * reached, and raising them needs better ranking, never tuning on those sentences. Held-out part B
 * (./labelled/sentences-meaning-held-out-b.ts) was written the same way, later, and is measured on
 * its own so that its figures are not mixed with the first part's.
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
import { MEANING_HELD_OUT_B } from './labelled/sentences-meaning-held-out-b';
import { MEANING_HELD_OUT_C } from './labelled/sentences-meaning-held-out-c';
import { MEANING_TUNING } from './labelled/sentences-meaning-tuning';
import type { RelatedSentence } from './labelled/types';

const claimIds = new Set(BUILT_IN_KB.flatMap((topic) => topic.claims.map((claim) => claim.id)));

/** Every expected claim exists, and only `mentions` sentences expect none. */
function expectLabelsValid(sentences: readonly RelatedSentence[]): void {
  for (const labelled of sentences) {
    for (const id of labelled.expected) expect(claimIds.has(id), `${id}: ${labelled.sentence}`).toBe(true);
    expect(labelled.expected.length === 0, labelled.sentence).toBe(labelled.relation === 'mentions');
  }
}

/** A held-out part's ranking, its low-overlap sentences' ranking and its marks, printed under `name`. */
function measureHeldOut(name: string, sentences: readonly RelatedSentence[]) {
  const ranking = measureRanking(BUILT_IN_KB, sentences);
  const low = measureRanking(
    BUILT_IN_KB,
    sentences.filter((s) => s.expected.length > 0 && sharedWithClaim(BUILT_IN_KB, s) <= 0.3),
  );
  const marks = measureMarks(BUILT_IN_KB, sentences);
  // Only the figures: a held-out part's sentences are never read while the engine is tuned, and
  // its misses would show them.
  console.log(
    [
      describeRanking(`meaning, ${name}`, ranking).split('\n')[0],
      describeRanking(`meaning, ${name} sharing ≤ 30% of their claim’s words`, low).split('\n')[0],
      describeMarks(`marks, ${name}`, marks).split('\n')[0],
    ].join('\n'),
  );
  return { ranking, low, marks };
}

describe('the meaning tuning sentences', () => {
  it('label claims that exist, and a claim for every relation but `mentions`', () => {
    expectLabelsValid(MEANING_TUNING);
  });

  // 7 December 2026: top-1 0.938, top-3 0.983 on 178 sentences with a claim; marks precision 0.942
  // (49 right, 3 wrong), recall 0.628 of 78 sentences that repeat a claim. Before the paraphrases
  // and the grounding rule: top-1 0.904, marks precision 0.818, recall 0.115.
  // 7 December 2026, with the marks' rule classes (lib/rank/repeats.ts) and 84 sentences added for
  // them: top-1 0.946, top-3 0.988 on 258 sentences with a claim; marks precision 0.954 (83 right,
  // 4 wrong), recall 0.790 of 105 sentences that repeat a claim. With the paraphrases and doubts of
  // 0020 as well: top-1 0.965, top-3 0.992; marks precision 0.948 (92 right, 5 wrong), recall 0.876.
  // 7 December 2026, 112 sentences added before the engine was changed for them (claims told by what
  // happened, long sentences, headlines without a verb, captions, quotes, German, Japanese, Korean,
  // and 29 that only name the subject): on the new ones alone top-1 0.880, marks recall 0.44, as on
  // the held-out parts, which is why they were written. On all 341 with a claim: top-1 0.947, top-3
  // 0.979, fallback on 86.4% of 59 without one and 4.1% with one; marks precision 0.941 (112 right,
  // 7 wrong), recall 0.747 of 150. The floors below follow the grown set until the engine is changed.
  // Then, with the changes of docs/decisions/0026 (German, Korean and Japanese words and amounts,
  // refusals and the subjects they avoid, a phrase synonym counted whole in the grounding, wordings
  // told by what happened, more distancing words, the fit's names-only rule): top-1 0.962, top-3
  // 0.991; on the 181 sharing at most 30% of their claim's words 0.950; the fallback on 88.1% of 59
  // without a claim and 1.8% with one; marks precision 0.959 (118 right, 5 wrong), recall 0.787.
  // 7 December 2026, 80 sentences added before the engine was changed for them: 33 that name the
  // subject and make no claim (market reports, product news, people's moves, event listings, how-to
  // text, opinion, sentences sharing a claim's words while saying something else), hedged repeats
  // against doubters and attributions, and claim sentences of two or three words. On the new ones
  // alone: top-1 0.936, top-3 0.979 of 47 with a claim, the fallback on 66.7% of 33 without one and
  // 6.4% with one, marks precision 0.862 (25 right, 4 wrong), recall 0.694. On all 480: top-1 0.959,
  // top-3 0.990, fallback on 80.4% of 92 without a claim and 2.3% with one, marks precision 0.941
  // (143 right, 9 wrong), recall 0.769. The floors follow the grown set until the engine is changed.
  // Then, with the changes of docs/decisions/0026's second section (the scene rule for the fit and
  // the marks, hedges that grant the claim, doubts for every claim): top-1 0.961, top-3 0.992; on
  // the 186 sharing at most 30% of their claim's words 0.946; the fallback on 91.3% of 92 without a
  // claim and 1.8% with one; marks precision 0.974 (147 right, 4 wrong), recall 0.790. On the 80
  // new ones alone: top-1 0.957, top-3 1.000, fallback 87.9% and 4.3%, marks 0.967 and 0.806.
  // 7 December 2026, third round: 122 sentences added before the engine was changed for them, in
  // styles the set lacked (social-media posts and replies, live-blog lines with their time stamps,
  // analyst notes with numbers, two clauses about two claims, rhetorical questions, sarcasm,
  // attribution, the passive voice, French- and Spanish-influenced English, Simplified Chinese news
  // lines, 29 that only name the subject). On the new ones alone: top-1 0.935, top-3 1.000 of 93 with
  // a claim (0.912 on the 34 sharing at most 30% of their claim's words), the fallback on 93.1% of
  // 29 without one and 2.2% with one, marks precision 0.920 (46 right, 4 wrong), recall 0.742 of 62.
  // On all 602: top-1 0.956, top-3 0.994, fallback on 91.7% of 121 without a claim and 1.9% with one,
  // marks precision 0.960 (193 right, 8 wrong), recall 0.778 of 248. The floors follow the grown set
  // until the engine is changed.
  // Then, with the changes of 0026's third section (units written with a hyphen, a plural or an
  // abbreviation, clock times, live-blog time stamps, analysts' revised estimates, sarcasm, "expect X
  // to", scene cues that are claims' own words, synonyms and country names in CJK, doubts for 26
  // caveats, a paraphrase for 60 claims): top-1 0.971, top-3 0.994; on the 220 sharing at most 30%
  // of their claim's words 0.955; the fallback on 92.6% of 121 without a claim and 1.9% with one;
  // marks precision 0.981 (202 right, 4 wrong), recall 0.815. On the 122 new ones alone: top-1
  // 0.968, top-3 1.000, fallback 96.6% and 1.1%, marks 0.981 (53 right, 1 wrong) and 0.855.
  // 7 December 2026, fourth round: 115 sentences added before the engine was changed for them, in
  // styles the set lacked (newsletter bullets, podcast and TV transcripts, regulatory and legal
  // prose, filings' risk factors, academic abstracts, op-ed hyperbole, British idiom, listicle lines,
  // comparatives, hedges, conditionals and the future tense, numbers in words, pronoun-heavy
  // sentences, timeline entries, Traditional Chinese, 29 that only name the subject). On the new
  // ones alone: top-1 0.919, top-3 0.988 of 86 with a claim (0.872 on the 47 sharing at most 30% of
  // their claim's words), the fallback on 86.2% of 29 without one and 8.1% with one, marks precision
  // 0.913 (42 right, 4 wrong), recall 0.609 of 69. On all 717: top-1 0.963, top-3 0.993, fallback on
  // 91.3% of 150 without a claim and 2.8% with one, marks precision 0.968 (244 right, 8 wrong),
  // recall 0.770 of 317. The floors follow the grown set until the engine is changed.
  // Then, with the changes of 0026's fourth section (hundreds in spelled numbers, a short word's
  // plural, customers apart from customs, idioms of empty words, what may be apart from what will
  // be, the month May, "No. 1", "appears in", "didn't just", a bill, a fall undone, scene cues for
  // previews, study designs, attending and replies not given, idioms of a fall, the megacaps, China
  // as the export controls' subject, five wordings and a keyword): top-1 0.974, top-3 0.995; on
  // the 266 sharing at most 30% of their claim's words 0.959; the fallback on 92.0% of 150 without
  // a claim and 1.6% with one; marks precision 0.992 (256 right, 2 wrong), recall 0.808. On the 115
  // new ones alone: top-1 0.977, top-3 1.000 (low-overlap 0.957 of 47), fallback 89.7% and 2.3%,
  // marks 1.000 (52 right, none wrong) and 0.754.
  it('keep what ranking by meaning and the marks reached on them', () => {
    const ranking = measureRanking(BUILT_IN_KB, MEANING_TUNING);
    const marks = measureMarks(BUILT_IN_KB, MEANING_TUNING);
    console.log(
      [
        describeRanking('meaning, tuning', ranking).split('\n')[0],
        describeMarks('marks, tuning', marks),
      ].join('\n'),
    );
    expect(ranking.top1).toBeGreaterThanOrEqual(0.97);
    expect(ranking.top3).toBeGreaterThanOrEqual(0.99);
    expect(ranking.fallbackOnNoClaim).toBeGreaterThanOrEqual(0.92);
    expect(ranking.fallbackOnMatching).toBeLessThanOrEqual(0.02);
    expect(marks.precision).toBeGreaterThanOrEqual(0.99);
    expect(marks.recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('ranking by meaning and the marks on the held-out sentences', () => {
  // Measured once on 7 December 2026, after the tuning: 195 sentences with a claim, top-1 0.882,
  // top-3 0.949; on the 121 sharing at most 30% of their claim's words, top-1 0.818; the fallback
  // on 89.8% of the 49 without a claim and on 8.2% of those with one; marks precision 0.909 (50
  // right, 5 wrong), recall 0.485 of 103 sentences that repeat a claim. The targets (top-1 ≥ 0.93,
  // top-3 ≥ 0.99, low-overlap top-1 ≥ 0.85, fallback ≤ 3% on claim sentences, marks precision
  // ≥ 0.95 and recall ≥ 0.6) are missed; these floors keep what is reached.
  // Measured again on 7 December 2026, once, after paraphrases and doubts for every claim, the new
  // fit (0020) and the marks' rule classes (0017), tuned on the tuning sentences only: top-1 0.903,
  // top-3 0.954; low-overlap top-1 0.860 (target met); the fallback on 89.8% without a claim and
  // 6.2% with one; marks precision 0.932 (55 right, 4 wrong), recall 0.534.
  // Measured again on 7 December 2026, once, after the changes of docs/decisions/0026, tuned on the
  // tuning sentences only: top-1 0.913, top-3 0.959; low-overlap top-1 0.876; the fallback on 85.7%
  // without a claim (from 89.8%: two of the 49 now get a close fit) and 5.6% with one; marks
  // precision 0.934 (57 right, 4 wrong), recall 0.553. The floors that rose are raised.
  // Measured again on 7 December 2026, once, after the second section of docs/decisions/0026 (the
  // scene rule, hedges that grant a claim, doubts for every claim), tuned on the tuning sentences
  // only: top-1 0.918, top-3 0.959; low-overlap top-1 0.884; the fallback on 87.8% without a claim
  // (from 85.7%) and 5.6% with one; marks precision 0.948 (55 right, 3 wrong), recall 0.534. The
  // floors that rose are raised. Marks recall fell from 0.553 (57 right) to 0.534 (55) as one wrong
  // mark went: the trade was taken, precision first, and its floor is lowered to what was measured,
  // 0.53, rather than tuned back on these sentences; see 0026.
  // Measured again on 7 December 2026, once, after the third section of 0026, tuned on the tuning
  // sentences only: top-1 0.923, top-3 0.964; low-overlap top-1 0.893; the fallback on 87.8% without
  // a claim and 5.6% with one (both as before); marks precision 0.951 (58 right, 3 wrong; the target
  // of 0.95 met), recall 0.563 (from 0.534). The floors that rose are raised.
  // Measured again on 7 December 2026, once, after the fourth section of 0026, tuned on the tuning
  // sentences only: top-1 0.928 (from 0.923), top-3 0.964; low-overlap top-1 0.901 (from 0.893);
  // the fallback on 89.8% without a claim (from 87.8%) and 5.6% with one (as before); marks
  // precision 0.951 (58 right, 3 wrong) and recall 0.563, as before. The floors that rose are raised.
  const { ranking, low, marks } = measureHeldOut('held-out', MEANING_HELD_OUT);

  it('keeps ranking by meaning where it was measured', () => {
    expect(ranking.withClaim).toBeGreaterThanOrEqual(190);
    expect(ranking.top1).toBeGreaterThanOrEqual(0.92);
    expect(ranking.top3).toBeGreaterThanOrEqual(0.96);
    expect(low.top1).toBeGreaterThanOrEqual(0.9);
    expect(ranking.fallbackOnNoClaim).toBeGreaterThanOrEqual(0.89);
    expect(ranking.fallbackOnMatching).toBeLessThanOrEqual(0.06);
  });

  it('keeps the marks’ precision and recall where they were measured', () => {
    expect(marks.precision).toBeGreaterThanOrEqual(0.95);
    // 0.55 until 7 December 2026, then lowered to 0.53 with the trade described above; 0.56 since
    // the third section of 0026.
    expect(marks.recall).toBeGreaterThanOrEqual(0.56);
  });
});

describe('ranking by meaning and the marks on held-out part B', () => {
  // Measured once on 7 December 2026 on main's engine, the first time these sentences were ranked:
  // 84 sentences with a claim, top-1 0.857, top-3 0.964; on the 51 sharing at most 30% of their
  // claim's words, top-1 0.804; the fallback on 75.0% of the 16 without a claim and on 6.0% of
  // those with one; marks precision 0.875 (21 right, 3 wrong), recall 0.553 of 38 sentences that
  // repeat a claim. Every target (top-1 ≥ 0.93, top-3 ≥ 0.99, low-overlap top-1 ≥ 0.85, fallback
  // ≤ 3% on claim sentences, marks precision ≥ 0.95 and recall ≥ 0.6) is missed; these floors keep
  // what is reached.
  // Measured again on 7 December 2026, once, after the same changes as part A: top-1 0.917, top-3
  // 0.976; low-overlap top-1 0.863; the fallback on 87.5% without a claim and 3.6% with one; marks
  // precision 0.963 (26 right, 1 wrong, target met), recall 0.684 (target met).
  // Measured again on 7 December 2026, once, after the changes of docs/decisions/0026: top-1 0.929,
  // top-3 0.988; low-overlap top-1 0.882; the fallback on 81.3% without a claim (13 of 16, from 14)
  // and 3.6% with one; marks precision 0.964 (27 right, 1 wrong), recall 0.711. The no-claim
  // fallback fell below its floor of 0.87 (and below the 0.85 target): one sentence without a
  // claim now gets a close fit, as two do in part A. The trade was taken — every ranking figure of
  // both parts rose (three more sentences ranked first, two more in the top three), part A's
  // fallback on claim sentences fell (12 to 11), the marks gained three right and no wrong one — and the floor is lowered
  // to what was measured, 0.81, rather than tuned back on these sentences; see 0026.
  // Measured again on 7 December 2026, once, after the second section of 0026: every figure as
  // before (top-1 0.929, top-3 0.988, low-overlap 0.882, fallback 81.3% and 3.6%, marks 0.964 and
  // 0.711); the floors stay.
  // Measured again on 7 December 2026, once, after the third section of 0026: the ranking and the
  // fallback as before (top-1 0.929, top-3 0.988, low-overlap 0.882, fallback 81.3% and 3.6%); marks
  // precision 1.000 (27 right, none wrong; one wrong mark gone), recall 0.711. The precision floor
  // is raised so that a wrong mark fails it.
  // Measured again on 7 December 2026, once, after the fourth section of 0026: every figure as
  // before (top-1 0.929, top-3 0.988, low-overlap 0.882, fallback 81.3% and 3.6%, marks 1.000 and
  // 0.711); the floors stay.
  const { ranking, low, marks } = measureHeldOut('held-out B', MEANING_HELD_OUT_B);

  it('label claims that exist, and a claim for every relation but `mentions`', () => {
    expect(MEANING_HELD_OUT_B).toHaveLength(100);
    expectLabelsValid(MEANING_HELD_OUT_B);
  });

  it('keeps ranking by meaning where it was measured', () => {
    expect(ranking.withClaim).toBe(84);
    expect(ranking.withoutClaim).toBe(16);
    expect(ranking.top1).toBeGreaterThanOrEqual(0.92);
    expect(ranking.top3).toBeGreaterThanOrEqual(0.98);
    expect(low.withClaim).toBe(51);
    expect(low.top1).toBeGreaterThanOrEqual(0.88);
    // 0.87 until 7 December 2026; lowered with the trade described above.
    expect(ranking.fallbackOnNoClaim).toBeGreaterThanOrEqual(0.81);
    expect(ranking.fallbackOnMatching).toBeLessThanOrEqual(0.04);
  });

  it('keeps the marks’ precision and recall where they were measured', () => {
    expect(marks.precision).toBeGreaterThanOrEqual(0.99);
    expect(marks.recall).toBeGreaterThanOrEqual(0.71);
  });
});

describe('ranking by meaning and the marks on held-out part C', () => {
  // Written blind on 7 December 2026, before the fourth section of 0026 and against the topic files
  // alone, in voices the other parts lack (newsletters, transcripts, regulatory prose, filings,
  // abstracts, op-eds, British idiom, listicles, hedged and conditional reports, numbers in words,
  // Traditional and Simplified Chinese, German, Japanese, Korean). Measured once, after that section
  // and the fifth look-alike round: 80 sentences with a claim, top-1 0.913, top-3 0.950; on the 52
  // sharing at most 30% of their claim's words, top-1 0.885; the fallback on 90.0% of the 20 without
  // a claim (target ≥ 0.85: met) and on 8.8% of those with one (target ≤ 3%: missed); marks precision
  // 1.000 (21 right, none wrong), recall 0.553 of 38 (target 0.6: missed). The floors keep what was
  // measured; raising them needs better ranking, never tuning on these sentences.
  const { ranking, low, marks } = measureHeldOut('held-out C', MEANING_HELD_OUT_C);

  it('label claims that exist, and a claim for every relation but `mentions`', () => {
    expect(MEANING_HELD_OUT_C).toHaveLength(100);
    expectLabelsValid(MEANING_HELD_OUT_C);
  });

  it('keeps ranking by meaning where it was measured', () => {
    expect(ranking.withClaim).toBe(80);
    expect(ranking.withoutClaim).toBe(20);
    expect(ranking.top1).toBeGreaterThanOrEqual(0.91);
    expect(ranking.top3).toBeGreaterThanOrEqual(0.95);
    expect(low.withClaim).toBe(52);
    expect(low.top1).toBeGreaterThanOrEqual(0.88);
    expect(ranking.fallbackOnNoClaim).toBeGreaterThanOrEqual(0.9);
    expect(ranking.fallbackOnMatching).toBeLessThanOrEqual(0.09);
  });

  it('keeps the marks’ precision and recall where they were measured', () => {
    expect(marks.precision).toBeGreaterThanOrEqual(0.99);
    expect(marks.recall).toBeGreaterThanOrEqual(0.55);
  });
});
