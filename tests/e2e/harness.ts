/**
 * Shared set-up of the end-to-end tests: the built extension loaded into headless Chromium, the
 * fixture pages served from 127.0.0.1, and a log of every request and page error so that tests can
 * prove nothing left the machine and nothing broke.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { type ExtensionBrowser, launchChromium } from '../../scripts/lib/chromium';
import { type StaticServer, startStaticServer } from '../../scripts/lib/static-server';

export const EXTENSION_PATH = path.resolve('.output/chrome-mv3');
/** Screenshots of e2e runs, for a person to look at; ignored by git. */
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

/** What a stretch of a test saw: requests that left the machine, and errors raised in pages. */
export interface Evidence {
  outsideRequests: string[];
  pageErrors: string[];
}

export interface Recorder extends Evidence {
  /** Stops recording; what was seen stays in the lists. */
  stop(): Evidence;
}

export interface Harness {
  browser: ExtensionBrowser;
  server: StaticServer;
  worker: Worker;
  extensionUrl(page: string): string;
  /** Requests to anything but 127.0.0.1 or the extension itself. */
  outsideRequests: string[];
  pageErrors: string[];
  openPage(urlPath: string): Promise<Page>;
  /**
   * Starts recording outside requests and page errors from now on, for a test that proves nothing
   * left the machine and nothing broke while it did its own work.
   */
  record(): Recorder;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startHarness(
  options: { colorScheme?: 'light' | 'dark'; hasTouch?: boolean; uiLanguage?: string } = {},
): Promise<Harness> {
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_PATH}: run \`npm run build\` first.`);
  }
  const server = await startStaticServer({ '/demo/': 'demo', '/fixtures/': 'tests/fixtures' });
  const browser = await launchChromium({
    extensionPath: EXTENSION_PATH,
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    ...(options.hasTouch ? { hasTouch: true } : {}),
    ...(options.uiLanguage ? { uiLanguage: options.uiLanguage } : {}),
  });
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  const outsideRequests: string[] = [];
  const pageErrors: string[] = [];
  const recorders = new Set<Evidence>();
  const seeRequest = (url: string) => {
    outsideRequests.push(url);
    for (const recorder of recorders) recorder.outsideRequests.push(url);
  };
  const seeError = (message: string) => {
    pageErrors.push(message);
    for (const recorder of recorders) recorder.pageErrors.push(message);
  };
  browser.context.on('request', (request) => {
    const url = new URL(request.url());
    const local = url.hostname === '127.0.0.1';
    const internal = ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:'].includes(url.protocol);
    if (!local && !internal) seeRequest(request.url());
  });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    browser,
    server,
    worker,
    outsideRequests,
    pageErrors,
    extensionUrl: (page) => `chrome-extension://${browser.extensionId}/${page}`,
    async openPage(urlPath) {
      const page = await browser.context.newPage();
      page.on('pageerror', (error) => seeError(`${urlPath}: ${error.message}`));
      await page.goto(urlPath.startsWith('chrome-extension:') ? urlPath : `${server.origin}${urlPath}`);
      return page;
    },
    record() {
      const evidence: Evidence = { outsideRequests: [], pageErrors: [] };
      recorders.add(evidence);
      return {
        outsideRequests: evidence.outsideRequests,
        pageErrors: evidence.pageErrors,
        stop() {
          recorders.delete(evidence);
          return evidence;
        },
      };
    },
    async screenshot(page, name) {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Ends a recording with a control: the page itself makes one outside request and raises one error,
 * and the record must show exactly those two and nothing else. The control proves the record was
 * listening, so an empty record is evidence rather than silence.
 */
export async function evidenceBeyondControls(recorder: Recorder, page: Page): Promise<Evidence> {
  const url = new URL(page.url());
  await page.evaluate(() => {
    void fetch('http://outside.invalid/control').catch(() => undefined);
    setTimeout(() => {
      throw new Error('control error');
    });
  });
  const until = Date.now() + 10_000;
  const seen = () =>
    recorder.outsideRequests.includes('http://outside.invalid/control') &&
    recorder.pageErrors.some((error) => error.endsWith(': control error'));
  while (!seen() && Date.now() < until) await page.waitForTimeout(50);
  const { outsideRequests, pageErrors } = recorder.stop();
  if (!seen()) throw new Error(`The record missed the control request or error on ${url.pathname}`);
  return {
    outsideRequests: outsideRequests.filter((request) => request !== 'http://outside.invalid/control'),
    pageErrors: pageErrors.filter((error) => !error.endsWith(': control error')),
  };
}
