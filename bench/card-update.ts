/**
 * How long changing the open card to another mention's card takes in Chromium: React's update of
 * the mounted card against a plain DOM update of the same card (bench/card-entry.tsx says what each
 * does). `npx tsx bench/card-update.ts [rounds]`; docs/decisions/0022 records the result.
 */
import path from 'node:path';
import { launchChromium } from '../scripts/lib/chromium';
import { buildPageBundle } from './bundle';
import type { UpdateTimes } from './card-entry';
import { ms, percentile, summarize } from './stats';

const rounds = Number(process.argv[2] ?? 200);
const script = await buildPageBundle(
  path.resolve('bench/results/.card-bundle'),
  'bench/card-entry.tsx',
  'card-bench.js',
);
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addStyleTag({ path: path.resolve('components/fact-card.css') });
  await page.addScriptTag({ path: script });
  const times = await page.evaluate(
    (rounds) =>
      (
        globalThis as unknown as { caveatCardBench: { measureUpdates(rounds: number): UpdateTimes } }
      ).caveatCardBench.measureUpdates(rounds),
    rounds,
  );
  // The first rounds warm the code up; the card updates of a reading session are past them.
  const warm = Math.min(20, Math.floor(rounds / 5));
  for (const [name, samples] of [
    ['React update, in the DOM (flushSync)', times.react.slice(warm)],
    ['React update, with the layout after it', times.reactLayout.slice(warm)],
    ['plain DOM update, in the DOM', times.dom.slice(warm)],
    ['plain DOM update, with the layout after it', times.domLayout.slice(warm)],
  ] as const) {
    const summary = summarize(samples);
    console.log(
      `${name.padEnd(44)} median ${ms(summary.median)}, p95 ${ms(percentile(samples, 95))}, max ${ms(summary.max)} (${samples.length} updates)`,
    );
  }
  console.log(
    `first update: React ${ms(times.react[0] ?? Number.NaN)}, plain DOM ${ms(times.dom[0] ?? Number.NaN)}`,
  );
  console.log(
    `plain DOM updates that had to replace nodes (cards of different shapes): ${times.reshaped} of ${rounds}`,
  );
} finally {
  await browser.close();
}
