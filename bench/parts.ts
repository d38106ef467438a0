/**
 * A quick look at the scan's costly parts on the generated 1 MB page in headless Chromium: the walk
 * into block runs and the matcher, next to the floor, each timed many times in one page, medians
 * printed. Faster to iterate with than the full `npm run bench`. The rounds run on one loaded page,
 * so all but the first are warm (compiled code, the browser's string caches): compare the parts
 * with each other and with the floor of the same run, not with the full benchmark's figures.
 *
 *   npx tsx bench/parts.ts [rounds] [part…]     (default: 30 rounds of floor, walk, match)
 */
import path from 'node:path';
import { launchChromium } from '../scripts/lib/chromium';
import { startStaticServer } from '../scripts/lib/static-server';
import { buildPageBundle } from './bundle';
import { articlePage } from './news-generator';
import { ms, percentile } from './stats';

const [roundsArg, ...partArgs] = process.argv.slice(2);
const ROUNDS = Number(roundsArg ?? 30);
const NAMES = partArgs.length > 0 ? partArgs : ['floor', 'walk', 'match'];

interface Parts {
  measure(names: readonly string[], rounds: number): Record<string, number[]>;
  outputs(names: readonly string[]): Record<string, string>;
}

async function main(): Promise<void> {
  const outDir = path.resolve('bench/results/.parts');
  const bundle = await buildPageBundle(outDir, 'bench/parts-entry.ts', 'parts.js');
  const server = await startStaticServer({});
  server.pages.set('/parts.html', { body: articlePage(1_000_000).html });
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/parts.html`, { waitUntil: 'load' });
    await page.addScriptTag({ path: bundle });
    const outputs = await page.evaluate(
      (names) => (window as unknown as { caveatParts: Parts }).caveatParts.outputs(names),
      NAMES,
    );
    const times = await page.evaluate(
      ({ names, rounds }) => (window as unknown as { caveatParts: Parts }).caveatParts.measure(names, rounds),
      { names: NAMES, rounds: ROUNDS },
    );
    for (const name of NAMES) {
      const samples = times[name] ?? [];
      const line = `${name.padEnd(6)} median ${ms(percentile(samples, 50))}, p10 ${ms(percentile(samples, 10))}, p90 ${ms(percentile(samples, 90))}`;
      console.log(`${line}  (result ${outputs[name] ?? ''})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
