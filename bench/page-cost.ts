/**
 * What a page load costs with an extension installed, from Chromium's own per-page counters (CDP
 * `Performance.getMetrics`): main-thread script time, main-thread task time and the JS heap after
 * garbage collection. Each load is the first page of a browser launched for it with a fresh
 * profile — no extension, a content script that does nothing, the floor (bench/extensions/floor:
 * every text node read once, one regular expression), and Caveat — one launch of each in turn, so
 * that the machine's drift touches all alike. The figure is each one's median minus the median of
 * the browser without an extension.
 */
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { type ExtensionBrowser, launchChromium } from '../scripts/lib/chromium';
import { type Summary, summarize } from './stats';

export interface CostConfig {
  id: 'none' | 'noop' | 'floor' | 'caveat' | 'caveat-pack' | 'compared';
  label: string;
  /** Unpacked extension to load; none for the plain browser. */
  extensionPath?: string;
  /** Runs once after the browser starts, before any load is measured (e.g. subscribes to a pack). */
  prepare?: (browser: ExtensionBrowser) => Promise<void>;
}

export const COST_CONFIGS = (
  caveatPath: string | null,
  withPack?: { label: string; prepare: (browser: ExtensionBrowser) => Promise<void> },
  /** Another build of Caveat measured in the same run (a change's before and after). */
  compared?: string,
): CostConfig[] => [
  { id: 'none', label: 'no extension' },
  { id: 'noop', label: 'content script doing nothing', extensionPath: path.resolve('bench/extensions/noop') },
  {
    id: 'floor',
    label: 'floor (text read once, one regex)',
    extensionPath: path.resolve('bench/extensions/floor'),
  },
  ...(caveatPath ? [{ id: 'caveat' as const, label: 'Caveat', extensionPath: caveatPath }] : []),
  ...(caveatPath && withPack
    ? [
        {
          id: 'caveat-pack' as const,
          label: withPack.label,
          extensionPath: caveatPath,
          prepare: withPack.prepare,
        },
      ]
    : []),
  ...(compared
    ? [{ id: 'compared' as const, label: `Caveat, ${path.basename(compared)}`, extensionPath: compared }]
    : []),
];

/** One load's counters, from navigation until the page and its content scripts are quiet. */
export interface LoadCost {
  /** Main-thread time spent running script (the page's and every content script's). */
  scriptMs: number;
  /** Main-thread time of all tasks: script, style, layout, paint, garbage collection. */
  taskMs: number;
  /** JS heap used after garbage collection, once the page is quiet. */
  heapBytes: number;
  /** From the load event until the counters stopped moving. */
  settleMs: number;
}

export interface ConfigCost {
  config: CostConfig['id'];
  label: string;
  loads: LoadCost[];
  script: Summary;
  task: Summary;
  heap: Summary;
}

export interface PageCost {
  id: string;
  label: string;
  configs: ConfigCost[];
}

type Metrics = Record<string, number>;

/** How long the counters must stand still to call the page quiet, and how often they are read. */
const QUIET_MS = 600;
const POLL_MS = 150;
/** Counters moving by less than this (seconds of task time) between two reads count as still. */
const STILL_TASK_SECONDS = 0.002;
const SETTLE_LIMIT_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readMetrics(cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>): Promise<Metrics> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

/** Loads `url` in a fresh tab and measures it until the counters have been still for QUIET_MS. */
export async function measureLoad(context: BrowserContext, url: string): Promise<LoadCost> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    // Thread time, not wall time: another process on the shared cores does not inflate the figure.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const loaded = Date.now();
    let last = await readMetrics(cdp);
    let stillSince = Date.now();
    while (Date.now() - loaded < SETTLE_LIMIT_MS) {
      await sleep(POLL_MS);
      const now = await readMetrics(cdp);
      if ((now.TaskDuration ?? 0) - (last.TaskDuration ?? 0) >= STILL_TASK_SECONDS) stillSince = Date.now();
      last = now;
      if (Date.now() - stillSince >= QUIET_MS) break;
    }
    const settleMs = stillSince - loaded;
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await readMetrics(cdp);
    await cdp.detach();
    return {
      scriptMs: (last.ScriptDuration ?? Number.NaN) * 1000,
      taskMs: (last.TaskDuration ?? Number.NaN) * 1000,
      heapBytes: afterGc.JSHeapUsedSize ?? Number.NaN,
      settleMs,
    };
  } finally {
    await page.close();
  }
}

export interface CostPage {
  id: string;
  label: string;
  url: string;
}

/**
 * Every page, `loads` times with each extension, each load in a browser launched for it with a fresh
 * profile, as a harness outside the project measures: nothing is warm (no compiled script in the
 * renderer, no storage already read, no service worker already running a while). The extensions take
 * turns within each round, and which goes first rotates, so that the machine's drift touches all
 * alike.
 */
export async function measurePageCosts(
  configs: readonly CostConfig[],
  pages: readonly CostPage[],
  loads: number,
  log: (line: string) => void,
): Promise<PageCost[]> {
  const results: PageCost[] = [];
  for (const spec of pages) {
    log(`bench: per-page cost on ${spec.label}, ${loads} fresh launches × ${configs.length} extensions`);
    const samples = configs.map(() => [] as LoadCost[]);
    for (let load = 0; load < loads; load += 1) {
      // Rotate which extension goes first, so none always follows the same one.
      for (let step = 0; step < configs.length; step += 1) {
        const index = (step + load) % configs.length;
        const config = configs[index] as CostConfig;
        const browser = await launchChromium({ extensionPath: config.extensionPath });
        try {
          await config.prepare?.(browser);
          (samples[index] as LoadCost[]).push(await measureLoad(browser.context, spec.url));
        } finally {
          await browser.close().catch(() => undefined);
        }
      }
    }
    results.push({
      id: spec.id,
      label: spec.label,
      configs: configs.map((config, index) => {
        const own = samples[index] as LoadCost[];
        return {
          config: config.id,
          label: config.label,
          loads: own,
          script: summarize(own.map((cost) => cost.scriptMs)),
          task: summarize(own.map((cost) => cost.taskMs)),
          heap: summarize(own.map((cost) => cost.heapBytes)),
        };
      }),
    });
  }
  return results;
}

/** Where the issue's targets for Caveat's added cost are judged: the page and the bound. */
export interface CostTargets {
  /** Page id → Caveat's added script time at most this many times the floor's. */
  scriptTimesFloor: Record<string, number>;
  /** Page id → Caveat's added heap at most this many bytes. */
  heapBytes: Record<string, number>;
}

/**
 * The per-page table: for each page, each extension's median cost minus the median with no
 * extension, and the target where one is set. The row without an extension shows its own medians.
 */
export function costRows(
  costs: readonly PageCost[],
  targets: CostTargets,
  format: {
    ms: (value: number) => string;
    bytes: (value: number) => string;
    ratio: (value: number) => string;
  },
): string[][] {
  const rows: string[][] = [];
  const signed = (value: number, unit: (value: number) => string) =>
    value < 0 ? `−${unit(-value)}` : `+${unit(value)}`;
  for (const page of costs) {
    const none = page.configs.find((config) => config.config === 'none');
    const floor = page.configs.find((config) => config.config === 'floor');
    if (!none) continue;
    const added = (config: ConfigCost) => ({
      script: config.script.median - none.script.median,
      task: config.task.median - none.task.median,
      heap: config.heap.median - none.heap.median,
    });
    for (const config of page.configs) {
      if (config === none) {
        rows.push([
          page.label,
          `${config.label} (own medians)`,
          format.ms(config.script.median),
          format.ms(config.task.median),
          format.bytes(config.heap.median),
          '',
        ]);
        continue;
      }
      const own = added(config);
      const judged: string[] = [];
      if (config.config === 'caveat' && floor) {
        const floorScript = added(floor).script;
        const times = targets.scriptTimesFloor[page.id];
        if (times !== undefined) {
          const ratio = own.script / Math.max(floorScript, 0.1);
          judged.push(
            `script ${format.ratio(ratio)} floor's, ≤ ${times}×: ${ratio <= times ? 'met' : `missed by ${format.ratio(ratio / times)}`}`,
          );
        }
        const heap = targets.heapBytes[page.id];
        if (heap !== undefined) {
          judged.push(
            `heap ≤ ${format.bytes(heap)}: ${own.heap <= heap ? 'met' : `missed by ${format.bytes(own.heap - heap)}`}`,
          );
        }
      }
      rows.push([
        page.label,
        config.label,
        signed(own.script, format.ms),
        signed(own.task, format.ms),
        signed(own.heap, format.bytes),
        judged.join('; '),
      ]);
    }
  }
  return rows;
}

export const COST_HEADER = [
  'page',
  'extension',
  'script time added',
  'main-thread task time added',
  'JS heap added',
  'target',
];
