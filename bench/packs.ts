/**
 * What a topic pack costs: checking a 1,000-claim pack (parse, canonical JSON and SHA-256, the
 * Ed25519 signature, the `kb validate` checks) in Node, and subscribing to it in the built extension
 * in Chromium (the background fetches it from a pack server on 127.0.0.1, checks it and stores it),
 * timed from the options page's message to the answer. The per-page cost with the pack installed
 * is measured with the other per-page costs (bench/page-cost.ts), in a browser prepared here.
 */
import type { Page } from 'playwright-core';
import { BUILT_IN_TOPIC_FILES } from '../data/kb';
import { checkCustomTopicFiles } from '../lib/kb/custom-topics';
import { buildPackRelease, generatePackKey, type PackRelease } from '../lib/packs/pack-publish';
import {
  canonicalJson,
  checkPackFile,
  type PackContent,
  type PackFile,
  sha256Hex,
  verifySignature,
} from '../lib/packs/packs';
import { type ExtensionBrowser, launchChromium } from '../scripts/lib/chromium';
import { type PackServer, startPackServer } from '../scripts/lib/pack-server';
import { generatedTopic } from './claims-generator';
import { type Summary, summarize } from './stats';

export const PACK_CLAIMS = 1_000;

export interface PackBench {
  readonly server: PackServer;
  readonly publicKey: string;
  readonly release: PackRelease;
  /** The pack file's size in bytes. */
  readonly bytes: number;
  close(): Promise<void>;
}

/** Signs a pack of one generated topic with `PACK_CLAIMS` claims and serves it on 127.0.0.1. */
export async function startPackBench(): Promise<PackBench> {
  const key = await generatePackKey();
  const content: PackContent = {
    id: 'bench',
    name: 'Benchmark pack',
    version: 1,
    published: '2026-12-06',
    topics: [generatedTopic(PACK_CLAIMS)],
  };
  const release = await buildPackRelease(content, key, []);
  const server = await startPackServer();
  server.publish(release.files);
  return {
    server,
    publicKey: key.publicKey,
    release,
    bytes: Buffer.byteLength(release.files[0]?.text ?? ''),
    close: () => server.close(),
  };
}

export interface PackCheckFigures {
  total: Summary;
  parse: Summary;
  hash: Summary;
  signature: Summary;
  schema: Summary;
}

const time = async (work: () => unknown): Promise<number> => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

/** `checkPackFile` on the pack, `runs` times, and each of its stages alone. */
export async function packCheckFigures(bench: PackBench, runs: number): Promise<PackCheckFigures> {
  const text = bench.release.files[0]?.text ?? '';
  const context = { builtIn: BUILT_IN_TOPIC_FILES, others: [] };
  const samples = {
    total: [] as number[],
    parse: [] as number[],
    hash: [] as number[],
    signature: [] as number[],
    schema: [] as number[],
  };
  for (let run = 0; run < runs; run += 1) {
    let file: PackFile | undefined;
    let canonical = '';
    samples.total.push(
      await time(async () => {
        const check = await checkPackFile(text, bench.release.sha256, bench.publicKey, undefined, context);
        if (!check.ok) throw new Error(`The benchmark pack is refused: ${check.message}`);
      }),
    );
    samples.parse.push(await time(() => (file = JSON.parse(text) as PackFile)));
    samples.hash.push(
      await time(async () => {
        canonical = canonicalJson(file?.pack);
        await sha256Hex(canonical);
      }),
    );
    samples.signature.push(
      await time(() => verifySignature(canonical, file?.signature ?? '', bench.publicKey)),
    );
    samples.schema.push(
      await time(() =>
        checkCustomTopicFiles([{ file: 'pack', json: file?.pack.topics }], { builtIn: BUILT_IN_TOPIC_FILES }),
      ),
    );
  }
  return {
    total: summarize(samples.total),
    parse: summarize(samples.parse),
    hash: summarize(samples.hash),
    signature: summarize(samples.signature),
    schema: summarize(samples.schema),
  };
}

async function optionsPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  return page;
}

/** Subscribes the extension in `browser` to the pack through the background; returns the time taken. */
export async function subscribeInBrowser(browser: ExtensionBrowser, bench: PackBench): Promise<number> {
  const page = await optionsPage(browser);
  try {
    const result = await page.evaluate(
      async ({ indexUrl, publicKey }) => {
        const start = performance.now();
        const answer = await chrome.runtime.sendMessage({
          type: 'caveat:subscribe-pack',
          payload: { indexUrl, publicKey },
        });
        return { ms: performance.now() - start, answer };
      },
      { indexUrl: bench.server.indexUrl, publicKey: bench.publicKey },
    );
    const answer = result.answer as { ok: boolean; value?: { ok: boolean; message: string }; error?: string };
    if (!answer.ok || !answer.value?.ok) {
      throw new Error(`Subscribing to the benchmark pack failed: ${answer.value?.message ?? answer.error}`);
    }
    return result.ms;
  } finally {
    await page.close();
  }
}

async function unsubscribeInBrowser(browser: ExtensionBrowser, bench: PackBench): Promise<void> {
  const page = await optionsPage(browser);
  await page.evaluate(
    (indexUrl) => chrome.runtime.sendMessage({ type: 'caveat:remove-pack', payload: { indexUrl } }),
    bench.server.indexUrl,
  );
  await page.close();
}

/** Subscribing in the built extension, `runs` times (each in the same browser, removed between). */
export async function subscribeFigures(
  extensionPath: string,
  bench: PackBench,
  runs: number,
): Promise<Summary> {
  const browser = await launchChromium({ extensionPath });
  try {
    const samples: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      samples.push(await subscribeInBrowser(browser, bench));
      if (run < runs - 1) await unsubscribeInBrowser(browser, bench);
    }
    return summarize(samples);
  } finally {
    await browser.close();
  }
}
