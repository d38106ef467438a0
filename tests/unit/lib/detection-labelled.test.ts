import { describe, expect, it } from 'vitest';
import deepseek from '../../../data/topics/deepseek.json' with { type: 'json' };
import exportControls from '../../../data/topics/export-controls.json' with { type: 'json' };
import nvidia from '../../../data/topics/nvidia.json' with { type: 'json' };
import type { MatcherTopic } from '../../../lib/match/matcher';
import { type DetectionFigures, measureDetection } from './labelled/detection-evaluate';
import { DETECTION_HELD_OUT } from './labelled/detection-held-out';
import { DETECTION_HELD_OUT_B } from './labelled/detection-held-out-b';
import { DETECTION_TUNING } from './labelled/detection-tuning';

const TOPICS = [deepseek, nvidia, exportControls] as readonly MatcherTopic[];

function report(name: string, figures: DetectionFigures, { errors = true } = {}): void {
  console.log(
    `${name}: ${figures.blocks} blocks, ${figures.labelled} labelled mentions, ${figures.found} found; ` +
      `precision ${figures.precision.toFixed(3)}, recall ${figures.recall.toFixed(3)}`,
  );
  if (errors) for (const line of figures.errors) console.log(`  ${line}`);
}

describe('Detection on labelled real-text blocks', () => {
  // The gates were adjusted on this part, so its figures say only that an adjustment holds: 370
  // blocks, precision 0.992 (0.9923) and recall 0.997 on 7 December 2026 (third round). The three
  // wrong mentions left are an app's Entity List in a block that also says "exports", a game's
  // "Hopper class", and an export rule on fish in a block that also names chips; the miss is a
  // German "BIS-Regeln" in a block that names only Nvidia and its chips.
  // Fourth round, 7 December 2026: 70 new blocks, on which the third round's gates measured
  // precision 0.717 and recall 0.973 (all 440: 0.937 and 0.994); after the fourth round's gates all
  // 440 blocks measure precision 0.994 (0.9935) and recall 0.998 (0.9978), the new 70 1.000 and
  // 1.000. A second batch of 20 blocks (job ads, show notes, a reference page, plan pages, market
  // movers…) measured 0.783 and 0.818 under those gates (all 460: 0.984 and 0.990), and after the
  // second batch's gates all 460 measure precision 0.994 (0.9938) and recall 0.996 (0.9959). The
  // errors left are the four above and an H800 in a Chinese forum post ("两张H800") whose block has
  // no Nvidia context term. A third batch of 18 (game controllers, a dog show, a race card,
  // katakana and Hangul compounds, an antivirus beside DeepSeek, a German road compound) measured
  // 0.680 and 1.000 (all 478: 0.978 and 0.996); after its gates all 478 measure precision 0.994
  // (0.9940) and recall 0.996 (0.9960), with the same five errors.
  // Fifth round, 7 December 2026: 112 new blocks in page kinds the set lacked (patents, job ads,
  // bibliographies, genealogy, registries, credits, museum labels, real estate, weather, dockets,
  // show and patch notes, token pages, disambiguation pages, classifieds, newsletters, package
  // pages, issues, chats, tables, earnings calls, travel, obituaries) measured precision 0.784 and
  // recall 0.968 under the fourth round's gates (124 labelled, 153 found); a second batch of 24 in
  // the same kinds, written after the first batch's gates, measured 0.700 and 0.875 under those
  // gates (0.595 and 0.917 under the fourth round's). After the fifth round's gates: the first 478
  // blocks 0.994 (0.9940) and 0.998 (0.9980), the 112 0.961 and 0.992, the 24 0.852 and 0.958, and
  // all 614 precision 0.982 (0.9817) and recall 0.995 (0.9954). The new errors left are ungated
  // names that mean something else (a song called “Deep Seek”, a DEEPSEEK memecoin), a ship's number
  // in Chinese ("海丰H20号"), a program's `Hopper` class and a Japanese music credit ("音楽：ブラック
  // ウェル"; these two checks were left out for their size), a chip mention beside a person of that
  // name, a middle name before a surname ("Thomas Blackwell Hopper"), "had conspired" after a
  // name, and a chat's speaker label "Blackwell:" with a BIS that has no context term of its own.
  it('keeps precision at 0.981 and recall at 0.995 on the tuning part (the gates were adjusted on it)', () => {
    const figures = measureDetection(TOPICS, DETECTION_TUNING);
    report('tuning', figures);
    expect(figures.blocks).toBeGreaterThanOrEqual(614);
    expect(figures.precision).toBeGreaterThanOrEqual(0.981);
    expect(figures.recall).toBeGreaterThanOrEqual(0.995);
  });

  // Measured once, after the gates were tuned, on 7 December 2026: 194 blocks, 198 labelled
  // mentions, precision 0.937, recall 0.949. The target is 0.98 for both, and it is missed: the
  // misses are software that names a UI control "export controls", export bans on goods other than
  // chips, the NVDA screen reader, and bare R1/V3 in forum posts with no other context. The floors
  // hold what is reached; raising them needs better gates, never tuning on these blocks.
  // 36 Korean and German blocks, written against the topic files alone, joined the held-out part
  // on 7 December 2026 before any further change to the gates: 230 blocks, 235 mentions, precision
  // 0.926, recall 0.953.
  // Measured on 7 December 2026 (evening), after ungated names were read for look-alikes (the NVDA
  // screen reader, export controls in apps, export bans on other goods) and DeepSeek's topic got
  // context terms: 230 blocks, 235 mentions, precision 0.951, recall 0.962. The floors rose to them.
  // Measured once on 7 December 2026 (third round), after the gates were tuned on 148 new tuning
  // blocks: 230 blocks, 235 mentions, 229 found; precision 0.948 (0.9476), recall 0.970. Recall
  // rose, so its floor rose to 0.97. Precision fell from 0.951: the one new wrong mention is 实体清单
  // (the Entity List in Chinese, an alias since this round), which this part's labels do not list
  // because it was no alias when they were written. This part's rule is that a mention is an alias
  // as printed, unless it means something else; in that block (Chinese companies put on the
  // 实体清单 under US export controls) it is the US Entity List, so the block now lists it:
  // 236 mentions, precision 0.952, recall 0.970, and the precision floor stays at 0.95.
  // Measured once on 7 December 2026 (fourth round), after the gates were tuned on 108 new tuning
  // blocks: 230 blocks, 236 mentions, 228 found; precision 0.952 → 0.956 (218 of 228), recall 0.970
  // → 0.970 (229 of 236). Precision rose, so its floor rose to 0.955. The 0.98 target is still missed.
  // Measured once on 7 December 2026 (fifth round), after the gates were tuned on 136 new tuning
  // blocks: 230 blocks, 236 mentions, 228 found; precision 0.956 and recall 0.970, unchanged, so the
  // floors stay. The 0.98 target is still missed.
  it('keeps precision at 0.955 and recall at 0.97 or better on the held-out part (target 0.98)', () => {
    const figures = measureDetection(TOPICS, DETECTION_HELD_OUT);
    report('held-out', figures);
    expect(figures.blocks).toBeGreaterThanOrEqual(230);
    expect(figures.precision).toBeGreaterThanOrEqual(0.955);
    expect(figures.recall).toBeGreaterThanOrEqual(0.97);
  });

  // Held-out part B: 90 blocks written blind on 7 December 2026 against the topic files and the
  // README alone (patents, listings, bibliographies, registries, credits, dockets, show notes, patch
  // notes, token pages, disambiguation pages, chat logs, earnings calls, obituaries; English,
  // Chinese, Japanese, Korean, German), before the fifth round's gates were measured on anything.
  // Measured once, after that round: 107 labelled mentions, 107 found; precision 0.944, recall
  // 1.000 (target 0.98 and 0.98: precision missed). Its errors are not printed, so that nothing is
  // tuned on them; the floors keep what was measured.
  it('keeps precision at 0.94 and recall at 0.99 on held-out part B (target 0.98)', () => {
    const figures = measureDetection(TOPICS, DETECTION_HELD_OUT_B);
    report('held-out B', figures, { errors: false });
    expect(figures.blocks).toBe(90);
    expect(figures.precision).toBeGreaterThanOrEqual(0.94);
    expect(figures.recall).toBeGreaterThanOrEqual(0.99);
  });
});
