/**
 * `npm run bench`: Caveat's engine against the floor and against mark.js, side by side, in headless
 * Chromium, on generated news pages of 10 KB, 100 KB, 1 MB and 5 MB of text and a 20,000-element
 * front page. Prints a table and writes every sample as JSON under bench/results/.
 *
 *   npm run bench              the full benchmark (a few minutes on two cores)
 *   npm run bench -- --quick   one small page, one run, the cheap figures only (part of `npm test`)
 *   npm run bench -- --scan    the 1 MB page only: scan+highlight, its parts, mark.js once each way
 *
 * Figures are reported against their targets, never asserted: the exit code is 0 unless the harness
 * itself fails (2 for an unknown option). See bench/BASELINE.md for the recorded numbers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../lib/settings/settings';
import { SKIPPED_ELEMENTS } from '../page/block-runs';
import { cardProbes } from '../scripts/lib/card-probe';
import { findChromium, launchChromium, waitInClosedShadowRoot } from '../scripts/lib/chromium';
import { type StaticServer, startStaticServer } from '../scripts/lib/static-server';
import { buildPageBundle } from './bundle';
import { articlePage, cardsPage, type GeneratedPage, moreParagraphs } from './news-generator';
import {
  PACK_CLAIMS,
  type PackCheckFigures,
  packCheckFigures,
  startPackBench,
  subscribeFigures,
  subscribeInBrowser,
} from './packs';
import {
  COST_CONFIGS,
  COST_HEADER,
  type CostPage,
  costRows,
  measurePageCosts,
  type PageCost,
} from './page-cost';
import type { AppendResult, Breakdown, CaveatBench, FloorResult, RankResult, ScanResult } from './page-entry';
import { bytes, ms, percentile, ratio, type Summary, spread, summarize, table } from './stats';

declare global {
  interface Window {
    caveatBench: CaveatBench;
  }
}

const USAGE = 'usage: npm run bench [-- --quick | --scan | --page-cost [--no-pack] [--no-hover] | --hover]';
const OPTIONS = ['--quick', '--scan', '--page-cost', '--no-pack', '--no-hover', '--hover'];
const HELP = `${USAGE}

  (no option)   the full benchmark: every page, mark.js, appends, ranking, per-page cost, hovers
  --quick       the 10 KB page once and the cheap figures (part of npm test)
  --scan        the 1 MB page only: scan+highlight against the floor, the scan by part, mark.js
                once each way; nothing that needs the built extension
  --page-cost   only what the built extension costs a page: per-page cost, hovers, bundle sizes
  --no-pack     with --page-cost: leave out the topic-pack figures
  --no-hover    with --page-cost: leave out the hovers
  --hover       only the hovers in the built extension`;

const args = process.argv.slice(2);
for (const arg of args) {
  if (arg === '--help' || arg === '-h') {
    console.log(HELP);
    process.exit(0);
  }
  if (!OPTIONS.includes(arg)) {
    console.error(`bench: unknown option ${arg} (${USAGE})`);
    process.exit(2);
  }
}
const QUICK = args.includes('--quick');
/** Only the scan of the 1 MB page: its figures against the floor, its parts and mark.js's. */
const SCAN_ONLY = args.includes('--scan') && !QUICK;
/** Only what the built extension costs a page: per-page cost, hovers and bundle sizes. */
const HOVER_ONLY = args.includes('--hover') && !QUICK && !SCAN_ONLY;
const PAGE_COST_ONLY = (args.includes('--page-cost') || HOVER_ONLY) && !QUICK && !SCAN_ONLY;
/** Leaves out the topic-pack figures and the per-page cost with a pack installed. */
const SKIP_PACK = args.includes('--no-pack') || HOVER_ONLY;
/** Leaves out the hover figures. */
const SKIP_HOVER = args.includes('--no-hover');

const RESULTS_DIR = path.resolve('bench/results');
/**
 * The built extension measured: `.output/chrome-mv3`, or another build (CAVEAT_BENCH_EXTENSION).
 * CAVEAT_BENCH_COMPARE names a second build whose per-page cost is measured in the same run.
 */
const EXTENSION_PATH = path.resolve(process.env.CAVEAT_BENCH_EXTENSION ?? '.output/chrome-mv3');
const CONTENT_SCRIPT = path.join(EXTENSION_PATH, 'content-scripts/content.js');
/** The card, loaded by the content script on first need (absent from builds that inline it). */
const CARD_SCRIPT = path.join(EXTENSION_PATH, 'card.js');
const MENTIONS_SCRIPT = path.join(EXTENSION_PATH, 'mentions.js');
/** The content script every page loads must stay under this, gzipped. */
const CONTENT_SCRIPT_GZIP_LIMIT = 40_000;
const MARK_JS = path.resolve('node_modules/mark.js/dist/mark.min.js');
const HIGHLIGHTS_CSS = readFileSync(path.resolve('page/highlights.css'), 'utf8');

/**
 * Runs per figure: medians of six (three with the floor first, three with the scan first), one in
 * quick mode.
 */
const RUNS = QUICK ? 1 : 6;
/** Loads per browser for the per-page cost: medians of seven, one in quick mode. */
const COST_LOADS = QUICK ? 1 : 7;
/** Fresh loads for the first hover of a page. */
const FIRST_HOVERS = QUICK ? 1 : 7;

interface PageSpec {
  id: string;
  label: string;
  make: () => GeneratedPage;
  /**
   * mark.js on this page, as usually called (the aliases as keywords) and at its best (one regular
   * expression): how many runs of each, and the time after which a run is stopped.
   */
  markRuns: number;
  markBestRuns: number;
  markLimitMs: number;
}

const PAGES: PageSpec[] = SCAN_ONLY
  ? [{ id: '1mb', label: '1 MB', make: () => articlePage(1_000_000), ...markEach(1, 45_000) }]
  : QUICK
    ? [
        {
          id: '10kb',
          label: '10 KB',
          make: () => articlePage(10_000),
          markRuns: 1,
          markBestRuns: 1,
          markLimitMs: 20_000,
        },
      ]
    : [
        { id: '10kb', label: '10 KB', make: () => articlePage(10_000), ...markEach(5, 20_000) },
        { id: '100kb', label: '100 KB', make: () => articlePage(100_000), ...markEach(5, 30_000) },
        { id: '1mb', label: '1 MB', make: () => articlePage(1_000_000), ...markEach(5, 45_000) },
        // mark.js as usually called would take about 40 s a run here; at its best it is tried.
        {
          id: '5mb',
          label: '5 MB',
          make: () => articlePage(5_000_000),
          markRuns: 0,
          markBestRuns: 5,
          markLimitMs: 60_000,
        },
        { id: '20k-elements', label: '20,000 el.', make: () => cardsPage(20_000), ...markEach(5, 45_000) },
      ];

function markEach(
  runs: number,
  markLimitMs: number,
): Pick<PageSpec, 'markRuns' | 'markBestRuns' | 'markLimitMs'> {
  return { markRuns: runs, markBestRuns: runs, markLimitMs };
}

/** The page whose longest task is reported (figure 3). */
const LONG_TASK_PAGE = QUICK ? '10kb' : '5mb';
/** The page whose heap growth is reported (figure 7). */
const HEAP_PAGE = QUICK ? '10kb' : '1mb';
/** The floor target is judged on this page (figure 1), and the scan's parts are timed on it. */
const FLOOR_TARGET_PAGE = '1mb';
const BREAKDOWN_PAGE = QUICK ? '10kb' : FLOOR_TARGET_PAGE;
const APPEND_COUNTS = QUICK ? [250] : [250, 1000];
const APPEND_BATCH = 25;
const HOVERS = QUICK ? 5 : 30;
const RANK_ROUNDS = QUICK ? 3 : 20;
const GENERATED_CLAIMS = 10_000;
/** Checks of the 1,000-claim pack, and subscriptions to it in the built extension. */
const PACK_RUNS = QUICK ? 1 : 7;

const log = (line: string) => process.stderr.write(`${line}\n`);

// --------------------------------------------------------------------------------------------
// Pages in Chromium

async function settle(page: Page): Promise<void> {
  // Two frames: style and layout are done, as they are when a content script runs at document_idle.
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Loads a fresh copy of a generated page with Caveat's highlight styles and the engine bundle. */
async function openFresh(page: Page, url: string, bundle: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.addStyleTag({ content: HIGHLIGHTS_CSS });
  await page.addScriptTag({ path: bundle });
  await page.evaluate(() => window.caveatBench.prepare());
  await settle(page);
}

interface ScanRun {
  floor: FloorResult;
  scan: ScanResult;
  longTasks: number[];
  /** A highlight change after the scan (a card opening) until the next frame is done. */
  activeChangeMs: number;
}

/**
 * One fresh load: the floor and the scan, in the order given. The first pass over a fresh page pays
 * for it (style data, the browser's text caches), so the runs alternate which one goes first.
 */
async function scanRun(page: Page, url: string, bundle: string, floorFirst: boolean): Promise<ScanRun> {
  await openFresh(page, url, bundle);
  let floor = floorFirst ? await page.evaluate(() => window.caveatBench.floor()) : null;
  await page.evaluate(() => window.caveatBench.observeLongTasks());
  const scan = await page.evaluate(() => window.caveatBench.scan());
  const longTasks = await page.evaluate(() => window.caveatBench.takeLongTasks());
  floor ??= await page.evaluate(() => window.caveatBench.floor());
  const activeChangeMs = await page.evaluate(() => window.caveatBench.activeChangeFrame());
  return { floor, scan, longTasks, activeChangeMs };
}

interface MarkRun {
  ms: number;
  marks: number;
  /** Stopped at the time limit. */
  stopped: boolean;
}

/**
 * The elements Caveat never scans (page/block-runs.ts), as mark.js `exclude` selectors. mark.js
 * tests a text node's parent only, so each selector also names the element's descendants.
 */
const SKIPPED_SELECTORS = [
  ...SKIPPED_ELEMENTS,
  '[hidden]',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
].flatMap((selector) => [selector, `${selector} *`]);

/**
 * The aliases as one alternation, longest first so that the longer of two aliases at one place
 * wins, as whole words: no letter or digit of any script on either side.
 */
function aliasAlternation(aliases: readonly string[]): { source: string; flags: string } {
  const escaped = [...new Set(aliases)]
    .sort((a, b) => b.length - a.length)
    .map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { source: `(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, flags: 'giu' };
}

/**
 * How mark.js is given the job. `keywords`: as it is usually called, `mark(aliases)` (one pass over
 * the document per alias, diacritics expanded, `accuracy: 'partially'` by default). `best`: one
 * `markRegExp` with the aliases' alternation, without diacritics, across elements, with Caveat's
 * skipped elements excluded.
 */
type MarkMode = 'keywords' | 'best';

function markScript(mode: MarkMode, aliases: readonly string[]): string {
  if (mode === 'keywords') {
    return `new Mark(document.body).mark(${JSON.stringify(aliases)}, {
          acrossElements: true,
          separateWordSearch: false,
          done: (marks) => resolve({ ms: performance.now() - started, marks }),
        });`;
  }
  const { source, flags } = aliasAlternation(aliases);
  return `new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(source)}, ${JSON.stringify(flags)}), {
          acrossElements: true,
          diacritics: false,
          exclude: ${JSON.stringify(SKIPPED_SELECTORS)},
          done: (marks) => resolve({ ms: performance.now() - started, marks }),
        });`;
}

/** mark.js with the same aliases on a fresh copy of the page; stopped at `limitMs`. */
async function markRun(
  page: Page,
  cdp: CDPSession,
  url: string,
  aliases: string[],
  mode: MarkMode,
  limitMs: number,
): Promise<MarkRun> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.addScriptTag({ path: MARK_JS });
  await settle(page);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<'stopped'>((resolve) => {
    timer = setTimeout(() => resolve('stopped'), limitMs);
  });
  // Source text, not a function: the page must not depend on the bundler's helpers.
  const marking: Promise<{ ms: number; marks: number } | Error> = page
    .evaluate(
      `new Promise((resolve) => {
        const started = performance.now();
        ${markScript(mode, aliases)}
      })`,
    )
    .then((value) => value as { ms: number; marks: number })
    .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  const outcome = await Promise.race([marking, limit]);
  clearTimeout(timer);
  if (outcome instanceof Error) throw new Error(`mark.js failed: ${outcome.message}`);
  if (outcome === 'stopped') {
    await cdp.send('Runtime.terminateExecution').catch(() => undefined);
    await marking;
    return { ms: limitMs, marks: 0, stopped: true };
  }
  return { ...outcome, stopped: false };
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}

/** JS heap added by the initial scan (mentions, ranges, highlights), after garbage collection. */
async function heapRun(page: Page, cdp: CDPSession, url: string, bundle: string): Promise<number> {
  await openFresh(page, url, bundle);
  const before = await heapUsed(cdp);
  await page.evaluate(() => window.caveatBench.scan());
  const after = await heapUsed(cdp);
  return after - before;
}

async function appendRun(
  page: Page,
  url: string,
  bundle: string,
  paragraphs: string[],
): Promise<AppendResult> {
  await openFresh(page, url, bundle);
  await page.evaluate(() => window.caveatBench.scan());
  await settle(page);
  return page.evaluate(({ paragraphs, batch }) => window.caveatBench.append(paragraphs, batch), {
    paragraphs,
    batch: APPEND_BATCH,
  });
}

// --------------------------------------------------------------------------------------------
// Hover in the built extension

interface HoverTimes {
  /** Intent delay elapsed → the first animation frame in which the card covers the space beside the mention. */
  frame: number;
}

function ensureExtensionBuilt(): boolean {
  if (existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) return true;
  if (QUICK) return false;
  log('bench: no built extension, running `npx wxt build`…');
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  return existsSync(path.join(EXTENSION_PATH, 'manifest.json'));
}

/**
 * Installed in the page before each hover (as source text: it must not depend on the bundler's
 * helpers). Records when the animation frame after the next pointer move ran, and the first frame
 * after it in which the card is on screen beside the mention. The card's shadow root is closed, so
 * the page sees the card only as its host element under the point it covers (`elementFromPoint`),
 * as a reader sees it: below the mention, or above it when the card flips.
 */
const watchNextCard = (probes: { x: number; y: number }[]) => `(() => {
  const probes = ${JSON.stringify(probes)};
  const record = { start: 0, frame: 0 };
  window.hoverRecord = record;
  const shown = () => probes.some(({ x, y }) => document.elementFromPoint(x, y)?.localName === 'caveat-card');
  const frame = () => {
    if (shown()) { record.frame = performance.now(); return; }
    requestAnimationFrame(frame);
  };
  addEventListener('pointermove', () => requestAnimationFrame(() => {
    record.start = performance.now();
    requestAnimationFrame(frame);
  }), { capture: true, once: true });
})()`;

/** Waits until the content script has registered at least `min` underlined mentions. */
async function waitForHighlights(page: Page, min: number): Promise<void> {
  await page.waitForFunction(
    (min) => {
      let total = 0;
      for (const [name, highlight] of CSS.highlights)
        if (name.startsWith('caveat-underline-') || name.startsWith('caveat-verdict-'))
          total += highlight.size;
      return total >= min;
    },
    min,
    { timeout: 30_000 },
  );
}

/**
 * Moves the pointer onto the `nth` registered mention and times its card from the moment the intent
 * delay elapses. The content script starts the delay in the animation frame after the pointer moved
 * (one hit test per frame); an animation-frame callback of the page's own in that same frame marks
 * that moment, and every later frame looks for the card beside the mention.
 */
async function hoverOnce(page: Page, nth: number): Promise<HoverTimes | null> {
  const delay = DEFAULT_SETTINGS.hoverDelayMs;
  // Rest the pointer away from any mention until the previous card is gone.
  await page.mouse.move(2, 2);
  // The card stays in its shadow root once made, hidden while closed: wait until none is on screen.
  await waitInClosedShadowRoot(page, 'caveat-card', (root) => {
    const dialog = root?.querySelector('[role="dialog"]');
    return !dialog || dialog.getBoundingClientRect().height === 0;
  });
  const mention = await page.evaluate((nth) => {
    const ranges: AbstractRange[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('caveat-underline-') || name.startsWith('caveat-verdict-'))
        ranges.push(...highlight);
    }
    const abstract = ranges[nth % ranges.length] as AbstractRange;
    const range = document.createRange();
    range.setStart(abstract.startContainer, abstract.startOffset);
    range.setEnd(abstract.endContainer, abstract.endOffset);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return rect
      ? {
          left: rect.left,
          top: rect.top,
          bottom: rect.bottom,
          width: rect.width,
          viewportHeight: innerHeight,
        }
      : null;
  }, nth);
  if (!mention) return null;
  const point = { x: mention.left + Math.min(mention.width / 2, 8), y: (mention.top + mention.bottom) / 2 };
  const probes = cardProbes({
    x: mention.left + 12,
    top: mention.top,
    bottom: mention.bottom,
    viewportHeight: mention.viewportHeight,
  });
  await page.waitForTimeout(delay + 400);
  await page.evaluate(watchNextCard(probes));
  await page.mouse.move(point.x, point.y);
  const record = await page
    .waitForFunction(
      () => {
        const record = (window as unknown as { hoverRecord: { start: number; frame: number } }).hoverRecord;
        return record.frame ? record : null;
      },
      undefined,
      { timeout: 10_000, polling: 50 },
    )
    .then((handle) => handle.jsonValue() as Promise<{ start: number; frame: number }>);
  return { frame: record.frame - record.start - delay };
}

interface HoverFigures {
  /** The first card of a freshly loaded page, one per load. */
  first: HoverTimes[];
  /** Later cards on one page, after its first. */
  later: HoverTimes[];
}

/**
 * The first card on each of `firstLoads` fresh loads of a 40 KB page (the card may load late), then
 * `count` hovers on one page, one mention at a time.
 */
async function hoverTimes(server: StaticServer, count: number, firstLoads: number): Promise<HoverFigures> {
  const url = `${server.origin}/bench/hover.html`;
  server.pages.set('/bench/hover.html', { body: articlePage(40_000, 7).html });
  const browser = await launchChromium({ extensionPath: EXTENSION_PATH });
  try {
    const first: HoverTimes[] = [];
    for (let load = 0; load < firstLoads; load += 1) {
      const page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await waitForHighlights(page, 1);
      const times = await hoverOnce(page, 0);
      if (times) first.push(times);
      await page.close();
    }
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // Only mentions near the viewport are registered (docs/decisions/0007); a few are enough to start.
    await waitForHighlights(page, Math.min(count, 5));
    const later: HoverTimes[] = [];
    for (let index = 0; index <= count; index += 1) {
      const times = await hoverOnce(page, index);
      // The page's first card is counted with the first cards above.
      if (times && index > 0) later.push(times);
    }
    return { first, later };
  } finally {
    await browser.close();
  }
}

// --------------------------------------------------------------------------------------------
// The run

interface MarkFigures {
  runs: MarkRun[];
  summary: Summary;
  skipped: boolean;
  limitMs: number;
}

function markFigures(runs: MarkRun[], planned: number, limitMs: number): MarkFigures {
  return {
    runs,
    summary: summarize(runs.filter((run) => !run.stopped).map((run) => run.ms)),
    skipped: planned === 0,
    limitMs,
  };
}

interface PageFigures {
  id: string;
  label: string;
  chars: number;
  elements: number;
  writtenMentions: number;
  floor: Summary;
  scan: Summary;
  scanBusy: Summary;
  longestChunk: Summary;
  longTasks: number[];
  mentions: number;
  compileMs: Summary;
  /** mark.js as usually called (the aliases as keywords) and at its best (one regular expression). */
  mark: MarkFigures;
  markBest: MarkFigures;
  painted: Summary;
  activeChange: Summary;
  breakdown: Breakdown[];
}

async function main(): Promise<void> {
  const started = Date.now();
  await mkdir(RESULTS_DIR, { recursive: true });
  const executable = findChromium();
  log(`bench: building the in-page bundle…`);
  const bundle = await buildPageBundle(path.join(RESULTS_DIR, '.bundle'));
  const server = await startStaticServer({ '/demo/': 'demo' });
  const pageFigures: PageFigures[] = [];
  let appendFigures: { count: number; runs: AppendResult[] }[] = [];
  let heap: Summary = summarize([]);
  let builtInRank: RankResult | null = null;
  let generatedRank: RankResult | null = null;
  let hovers: HoverFigures | null = null;
  let costs: PageCost[] = [];
  let hoverNote = '';

  const browser = await launchChromium();
  if (PAGE_COST_ONLY) server.pages.set('/bench/1mb.html', { body: articlePage(1_000_000).html });
  try {
    if (PAGE_COST_ONLY) throw new SkipEngine();
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    for (const spec of PAGES) {
      const generated = spec.make();
      const url = `/bench/${spec.id}.html`;
      server.pages.set(url, { body: generated.html });
      const fullUrl = `${server.origin}${url}`;
      log(
        `bench: ${spec.label} page (${generated.chars.toLocaleString('en')} characters, ${generated.elements} elements)`,
      );
      const runs: ScanRun[] = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await scanRun(page, fullUrl, bundle, run % 2 === 0));
      const aliases = await page.evaluate(() => window.caveatBench.aliases());
      const markRuns: Record<MarkMode, MarkRun[]> = { keywords: [], best: [] };
      const planned: Record<MarkMode, number> = { keywords: spec.markRuns, best: spec.markBestRuns };
      // The two ways alternate, so that neither always runs on a machine warmed by the other.
      for (let run = 0; run < Math.max(spec.markRuns, spec.markBestRuns); run += 1) {
        for (const mode of run % 2 === 0
          ? (['keywords', 'best'] as const)
          : (['best', 'keywords'] as const)) {
          const done = markRuns[mode];
          if (run >= planned[mode] || done.some((previous) => previous.stopped)) continue;
          done.push(await markRun(page, cdp, fullUrl, aliases, mode, spec.markLimitMs));
        }
      }
      pageFigures.push({
        id: spec.id,
        label: spec.label,
        chars: generated.chars,
        elements: generated.elements,
        writtenMentions: generated.mentions,
        floor: summarize(runs.map((run) => run.floor.ms)),
        scan: summarize(runs.map((run) => run.scan.ms)),
        scanBusy: summarize(runs.map((run) => run.scan.busyMs)),
        longestChunk: summarize(runs.map((run) => run.scan.longestChunkMs)),
        longTasks: runs.flatMap((run) => run.longTasks),
        mentions: runs[0]?.scan.mentions ?? 0,
        compileMs: summarize(runs.map((run) => run.scan.compileMs)),
        painted: summarize(runs.map((run) => run.scan.paintedMs)),
        activeChange: summarize(runs.map((run) => run.activeChangeMs)),
        breakdown: [],
        mark: markFigures(markRuns.keywords, spec.markRuns, spec.markLimitMs),
        markBest: markFigures(markRuns.best, spec.markBestRuns, spec.markLimitMs),
      });
      if (spec.id === BREAKDOWN_PAGE) {
        const figures = pageFigures[pageFigures.length - 1] as PageFigures;
        for (let run = 0; run < RUNS; run += 1) {
          await openFresh(page, fullUrl, bundle);
          figures.breakdown.push(await page.evaluate(() => window.caveatBench.breakdown()));
        }
      }
      if (spec.id === HEAP_PAGE && !SCAN_ONLY) {
        log(`bench: heap on the ${spec.label} page`);
        const samples: number[] = [];
        for (let run = 0; run < RUNS; run += 1) samples.push(await heapRun(page, cdp, fullUrl, bundle));
        heap = summarize(samples);
      }
    }
    if (SCAN_ONLY) throw new SkipEngine();

    log('bench: appending paragraphs');
    const base = articlePage(100_000, 11);
    server.pages.set('/bench/append.html', { body: base.html });
    appendFigures = [];
    for (const count of APPEND_COUNTS) {
      const paragraphs = moreParagraphs(count).map((p) => p.html);
      const runs: AppendResult[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        runs.push(await appendRun(page, `${server.origin}/bench/append.html`, bundle, paragraphs));
      }
      appendFigures.push({ count, runs });
    }

    log('bench: ranking');
    await openFresh(page, `${server.origin}/bench/append.html`, bundle);
    const rankParagraphs = moreParagraphs(200, 5).map((p) => p.html);
    builtInRank = await page.evaluate(
      ({ paragraphs, rounds }) => window.caveatBench.rankBuiltIn(paragraphs, rounds),
      { paragraphs: rankParagraphs, rounds: RANK_ROUNDS },
    );
    generatedRank = await page.evaluate(
      ({ paragraphs, claims, rounds }) => window.caveatBench.rankGenerated(paragraphs, claims, rounds),
      { paragraphs: rankParagraphs.slice(0, QUICK ? 20 : 200), claims: GENERATED_CLAIMS, rounds: 1 },
    );
  } catch (error) {
    if (!(error instanceof SkipEngine)) throw error;
  } finally {
    await browser.close();
  }

  const built = SCAN_ONLY ? false : ensureExtensionBuilt();
  server.pages.set('/bench/plain.html', { body: articlePage(60_000, 21, { withMentions: false }).html });
  const costPages: CostPage[] = [
    { id: 'plain', label: 'plain 60 KB, no mention', url: `${server.origin}/bench/plain.html` },
    ...(QUICK
      ? []
      : [
          { id: 'demo', label: 'demo article', url: `${server.origin}/demo/article.html` },
          { id: '1mb', label: '1 MB', url: `${server.origin}/bench/1mb.html` },
        ]),
  ];
  const packBench = SKIP_PACK || SCAN_ONLY ? null : await startPackBench();
  let packCheck: PackCheckFigures | null = null;
  let packSubscribe: Summary | null = null;
  if (packBench) {
    log(`bench: a ${PACK_CLAIMS.toLocaleString('en')}-claim topic pack`);
    packCheck = await packCheckFigures(packBench, PACK_RUNS);
    packSubscribe = built ? await subscribeFigures(EXTENSION_PATH, packBench, PACK_RUNS) : null;
  }
  costs =
    HOVER_ONLY || SCAN_ONLY
      ? []
      : await measurePageCosts(
          COST_CONFIGS(
            built ? EXTENSION_PATH : null,
            packBench
              ? {
                  label: `Caveat with a ${PACK_CLAIMS.toLocaleString('en')}-claim pack`,
                  prepare: async (extension) => {
                    await subscribeInBrowser(extension, packBench);
                  },
                }
              : undefined,
            process.env.CAVEAT_BENCH_COMPARE ? path.resolve(process.env.CAVEAT_BENCH_COMPARE) : undefined,
          ),
          costPages,
          COST_LOADS,
          log,
        );
  await packBench?.close();
  if (SCAN_ONLY) {
    hoverNote = 'left out (--scan)';
  } else if (SKIP_HOVER) {
    hoverNote = 'left out (--no-hover)';
  } else if (built) {
    log('bench: hover in the built extension');
    hovers = await hoverTimes(server, HOVERS, FIRST_HOVERS);
  } else {
    hoverNote = 'no build at .output/chrome-mv3 (run `npx wxt build`)';
  }
  await server.close();

  const sizeOf = (file: string) => {
    if (!existsSync(file)) return null;
    const content = readFileSync(file);
    return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  };
  const bundleSize = sizeOf(CONTENT_SCRIPT);
  const cardSize = sizeOf(CARD_SCRIPT);
  const mentionsSize = sizeOf(MENTIONS_SCRIPT);

  // ------------------------------------------------------------------------------------------
  // Report

  const rows: string[][] = [];
  const figure = (
    name: string,
    page: string,
    value: string,
    reference: string,
    result: string,
    target: string,
  ) => rows.push([name, page, value, reference, result, target]);

  for (const p of pageFigures) {
    const r = p.scan.median / p.floor.median;
    figure(
      '1 scan+highlight',
      p.label,
      spread(p.scan),
      `floor ${spread(p.floor)}`,
      `${ratio(r)} floor`,
      p.id === FLOOR_TARGET_PAGE ? `≤ 3× floor: ${r <= 3 ? 'met' : `missed by ${ratio(r / 3)}`}` : '',
    );
  }
  const parts = pageFigures.find((p) => p.id === BREAKDOWN_PAGE);
  if (parts && parts.breakdown.length > 0) {
    const part = (key: keyof Breakdown) => ms(summarize(parts.breakdown.map((b) => b[key])).median);
    figure(
      '1 scan, by part',
      parts.label,
      `walk ${part('walkMs')}, match ${part('matchMs')}, ranges ${part('rangesMs')}`,
      `visibility ${part('visibleMs')}, highlights ${part('highlightMs')}`,
      `floor ${ms(parts.floor.median)}`,
      '',
    );
    figure(
      '1 scan + next frame',
      parts.label,
      spread(parts.painted),
      'until the frame after the scan (painting the highlights)',
      '',
      '',
    );
  }
  const compile = summarize(pageFigures.flatMap((p) => p.compileMs.samples));
  if (pageFigures.length > 0)
    figure(
      '1 matcher compile',
      'every page load',
      spread(compile),
      'matcherFromData(MATCHER_DATA): the expressions compiled at build time, created before the scan',
      '',
      '',
    );
  for (const [name, key, goal] of [
    ['2 mark.js as usually called', 'mark', 500],
    ['2 mark.js at its best', 'markBest', 100],
  ] as const) {
    for (const p of pageFigures) {
      const mark = p[key];
      let value: string;
      let speedUp = Number.NaN;
      if (mark.skipped) value = 'skipped (too slow)';
      else if (mark.runs.some((run) => run.stopped)) {
        value = `> ${ms(mark.limitMs)}`;
        speedUp = mark.limitMs / p.scan.median;
      } else {
        value = spread(mark.summary);
        speedUp = mark.summary.median / p.scan.median;
      }
      const lowerBound = mark.runs.some((run) => run.stopped);
      const marks = mark.runs.find((run) => !run.stopped)?.marks;
      figure(
        name,
        p.label,
        value,
        `Caveat ${ms(p.scan.median)}${marks === undefined ? '' : `; ${marks} marks, Caveat ${p.mentions} mentions`}`,
        Number.isFinite(speedUp) ? `${lowerBound ? '> ' : ''}${ratio(speedUp)} faster` : '',
        Number.isFinite(speedUp)
          ? `≥ ${goal}×: ${speedUp >= goal ? 'met' : lowerBound ? 'not shown' : `missed by ${ratio(goal / speedUp)}`}`
          : '',
      );
    }
  }
  const longPage = pageFigures.find((p) => p.id === LONG_TASK_PAGE);
  if (longPage) {
    const longestTask = Math.max(0, ...longPage.longTasks);
    const worst = Math.max(longPage.longestChunk.max, longestTask, longPage.compileMs.max);
    figure(
      '3 longest task',
      longPage.label,
      `chunk ${spread(longPage.longestChunk)}, compile ${spread(longPage.compileMs)}`,
      `longtask entries: ${longPage.longTasks.length}${longPage.longTasks.length ? `, max ${ms(longestTask)}` : ''}`,
      `worst ${ms(worst)}`,
      `≤ 50 ms: ${worst <= 50 ? 'met' : `missed by ${ms(worst - 50)}`}`,
    );
  }
  if (longPage) {
    figure(
      '3 frame after a change',
      longPage.label,
      spread(longPage.activeChange),
      `one highlight changed after the scan (a card opening); ${longPage.mentions} mentions held, those near the viewport registered`,
      '',
      '',
    );
  }
  const perParagraph = new Map<number, number>();
  for (const { count, runs } of appendFigures) {
    const total = summarize(runs.map((run) => run.totalMs));
    const busy = summarize(runs.map((run) => run.busyMs));
    const lag = summarize(runs.map((run) => run.lagMs));
    const per = (busy.median / count) * 1000;
    perParagraph.set(count, per);
    figure(
      '4 append',
      `${count} paragraphs`,
      `done ${spread(total)}`,
      `engine ${spread(busy)}, after last batch ${ms(lag.median)}, ${Math.max(...runs.map((run) => run.rescans))} rescans`,
      `${per.toFixed(1)} µs/paragraph`,
      count === 1000 ? `one idle period (≤ 50 ms engine): ${busy.median <= 50 ? 'met' : 'missed'}` : '',
    );
  }
  if (perParagraph.has(250) && perParagraph.has(1000)) {
    const linearity = (perParagraph.get(1000) as number) / (perParagraph.get(250) as number);
    figure(
      '4 linearity',
      '1000 vs 250',
      `${linearity.toFixed(2)} cost/paragraph ratio`,
      '',
      '',
      'linear ≈ 1.0',
    );
  }
  if (hovers && hovers.first.length > 0) {
    const first = summarize(hovers.first.map((h) => h.frame));
    figure(
      '5 first hover→card',
      `extension, ${hovers.first.length} fresh loads`,
      spread(first),
      "on screen; the page's first card",
      '',
      `≤ 100 ms: ${first.median <= 100 ? 'met' : `missed by ${ms(first.median - 100)}`}`,
    );
  }
  if (hovers && hovers.later.length > 0) {
    const frame = hovers.later.map((h) => h.frame);
    const p95 = percentile(frame, 95);
    figure(
      '5 later hover→card',
      `extension, ${hovers.later.length} hovers`,
      `p50 ${ms(percentile(frame, 50))}, p95 ${ms(p95)}`,
      'on screen',
      '',
      `≤ 16 ms: ${p95 <= 16 ? 'met' : `p95 missed by ${ms(p95 - 16)}`}`,
    );
  }
  if (!hovers && !SCAN_ONLY) {
    figure('5 hover→card', '', 'skipped', hoverNote, '', '');
  }
  for (const [name, rank, limit] of [
    ['real KB', builtInRank, 2],
    [`${GENERATED_CLAIMS.toLocaleString('en')} claims`, generatedRank, 20],
  ] as const) {
    if (!rank) continue;
    const p95 = percentile(rank.times, 95);
    figure(
      '6 ranking',
      `${name} (${rank.claims} claims)`,
      `p50 ${ms(percentile(rank.times, 50))}, p95 ${ms(p95)}, max ${ms(Math.max(...rank.times))}`,
      `${rank.times.length} mentions; index ${ms(rank.indexMs)}`,
      '',
      `≤ ${limit} ms/mention: ${p95 <= limit ? 'met' : `p95 missed by ${ms(p95 - limit)}`}`,
    );
  }
  if (!SCAN_ONLY)
    figure(
      '7 bundle',
      'content.js (every page)',
      bundleSize ? `${bytes(bundleSize.raw)} raw, ${bytes(bundleSize.gzip)} gzip` : 'n/a (no build)',
      '',
      '',
      bundleSize
        ? `< ${bytes(CONTENT_SCRIPT_GZIP_LIMIT)} gzip: ${bundleSize.gzip < CONTENT_SCRIPT_GZIP_LIMIT ? 'met' : `missed by ${bytes(bundleSize.gzip - CONTENT_SCRIPT_GZIP_LIMIT)}`}`
        : '',
    );
  if (mentionsSize && !SCAN_ONLY) {
    figure(
      '7 bundle',
      'mentions.js (once a page shows a name)',
      `${bytes(mentionsSize.raw)} raw, ${bytes(mentionsSize.gzip)} gzip`,
      'the matcher, the look-alike gates, the page session and the highlights',
      '',
      '',
    );
  }
  if (cardSize && !SCAN_ONLY) {
    figure(
      '7 bundle',
      'card.js (on first need)',
      `${bytes(cardSize.raw)} raw, ${bytes(cardSize.gzip)} gzip`,
      'React, the card, its styles, the claims and the ranker',
      '',
      '',
    );
  }
  if (packBench && packCheck) {
    figure(
      '8 pack check',
      `${PACK_CLAIMS.toLocaleString('en')} claims, ${bytes(packBench.bytes)}`,
      spread(packCheck.total),
      `parse ${ms(packCheck.parse.median)}, canonical JSON + SHA-256 ${ms(packCheck.hash.median)}, Ed25519 ${ms(packCheck.signature.median)}, kb validate checks ${ms(packCheck.schema.median)}`,
      'Node, lib/packs/packs.ts checkPackFile',
      '',
    );
    figure(
      '8 pack subscribe',
      'built extension',
      packSubscribe ? spread(packSubscribe) : 'n/a (no build)',
      'options page message → answer: index and pack fetched from 127.0.0.1, checked, stored',
      '',
      '',
    );
  }
  const heapPage = pageFigures.find((p) => p.id === HEAP_PAGE);
  if (heapPage && !SCAN_ONLY)
    figure(
      '7 heap',
      heapPage?.label ?? '',
      spread(heap, bytes),
      heapPage ? `${heapPage.mentions} mentions` : '',
      heapPage && heapPage.mentions > 0 ? `${bytes(heap.median / heapPage.mentions)}/mention` : '',
      '',
    );

  const seconds = (Date.now() - started) / 1000;
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    load: os.loadavg().map((value) => Number(value.toFixed(2))),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    chromium: executable,
    chromiumVersion: chromiumVersion(executable),
  };
  const costTable = costRows(
    costs,
    { scriptTimesFloor: { plain: 2, demo: 3 }, heapBytes: { plain: 1e6 } },
    { ms, bytes, ratio },
  );
  if (!SCAN_ONLY) {
    console.log(
      `Per-page cost (CDP Performance.getMetrics in thread time, median of ${COST_LOADS} load(s), each in a freshly launched browser with a fresh profile, minus the median without an extension)\n`,
    );
    console.log(table(COST_HEADER, costTable));
    console.log('');
  }
  const header = ['figure', 'page', 'Caveat / value (median, min–max)', 'reference', 'result', 'target'];
  console.log(table(header, rows));
  console.log(
    `\n${QUICK ? 'quick' : SCAN_ONLY ? 'scan' : PAGE_COST_ONLY ? 'page-cost' : 'full'} run, ${RUNS} run(s) per figure, ${seconds.toFixed(0)} s; ` +
      `${machine.cpu}, ${machine.cores} cores, load ${machine.load.join(' ')}; ${machine.chromiumVersion}`,
  );

  const report = {
    date: new Date().toISOString(),
    mode: QUICK ? 'quick' : SCAN_ONLY ? 'scan' : HOVER_ONLY ? 'hover' : PAGE_COST_ONLY ? 'page-cost' : 'full',
    command: QUICK
      ? 'npm run bench -- --quick'
      : PAGE_COST_ONLY || SCAN_ONLY
        ? `npm run bench -- ${args.join(' ')}`
        : 'npm run bench',
    seconds,
    machine,
    pages: pageFigures,
    append: appendFigures,
    hover: { delayMs: DEFAULT_SETTINGS.hoverDelayMs, times: hovers, note: hoverNote },
    pageCost: { loads: COST_LOADS, pages: costs, table: { header: COST_HEADER, rows: costTable } },
    ranking: { builtIn: builtInRank, generated: generatedRank },
    bundle: bundleSize,
    card: cardSize,
    heap: { page: HEAP_PAGE, bytes: heap },
    pack: packBench
      ? { claims: PACK_CLAIMS, bytes: packBench.bytes, check: packCheck, subscribe: packSubscribe }
      : null,
    table: { header, rows },
  };
  const stamp = report.date.replace(/[:.]/g, '-');
  const file = path.join(RESULTS_DIR, `bench-${report.mode}-${stamp}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(
    path.join(RESULTS_DIR, `latest-${report.mode}.json`),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  log(`bench: wrote ${path.relative(process.cwd(), file)}`);
}

/** Thrown to leave out the engine's figures with `--page-cost`, and the rest of them with `--scan`. */
class SkipEngine extends Error {}

function chromiumVersion(executable: string): string {
  try {
    return execFileSync(executable, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch {
    return 'unknown version';
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
