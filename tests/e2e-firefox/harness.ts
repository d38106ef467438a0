/**
 * Shared set-up of the end-to-end tests in Firefox: the built Firefox extension installed into
 * headless Firefox (WebDriver BiDi, puppeteer-core), the fixture pages served from 127.0.0.1, and a
 * log of every request and page error so that tests can prove nothing left the machine and nothing
 * broke.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { type FirefoxExtensionBrowser, launchFirefox } from '../../scripts/lib/firefox';
import { type StaticServer, startStaticServer } from '../../scripts/lib/static-server';

export const EXTENSION_PATH = path.resolve('.output/firefox-mv2');
/** Screenshots of e2e runs, for a person to look at; ignored by git. */
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

export interface FirefoxHarness {
  firefox: FirefoxExtensionBrowser;
  server: StaticServer;
  /** Requests to anything but 127.0.0.1 or the extension itself, from every page opened. */
  outsideRequests: string[];
  /** Uncaught errors and console errors of every page opened (the article and the extension's). */
  pageErrors: string[];
  /** Opens a page of the served folders (`/fixtures/x.html`) in a new tab. */
  openPage(urlPath: string): Promise<Page>;
  /** Opens one of the extension's pages (`popup.html`, `options.html`) in a new tab. */
  openExtensionPage(file: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

const INTERNAL_PROTOCOLS = ['moz-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'resource:'];

export async function startFirefoxHarness(
  options: { prefs?: Record<string, unknown> } = {},
): Promise<FirefoxHarness> {
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_PATH}: run \`npm run build:firefox\` first.`);
  }
  const server = await startStaticServer({ '/demo/': 'demo', '/fixtures/': 'tests/fixtures' });
  let firefox: FirefoxExtensionBrowser;
  try {
    firefox = await launchFirefox({
      extensionPath: EXTENSION_PATH,
      ...(options.prefs ? { prefs: options.prefs } : {}),
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  const outsideRequests: string[] = [];
  const pageErrors: string[] = [];

  const watch = (page: Page, label: string) => {
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.hostname !== '127.0.0.1' && !INTERNAL_PROTOCOLS.includes(url.protocol)) {
        outsideRequests.push(request.url());
      }
    });
    page.on('pageerror', (error) => pageErrors.push(`${label}: ${String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${label}: console: ${message.text()}`);
    });
  };

  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    firefox,
    server,
    outsideRequests,
    pageErrors,
    async openPage(urlPath) {
      const page = await firefox.browser.newPage();
      watch(page, urlPath);
      await page.goto(`${server.origin}${urlPath}`);
      return page;
    },
    async openExtensionPage(file) {
      const page = await firefox.openExtensionPage(file);
      watch(page, file);
      return page;
    },
    async screenshot(page, name) {
      const file = path.join(SCREENSHOT_DIR, `firefox-${name}.png`);
      await page.screenshot({ path: file as `${string}.png` });
      return file;
    },
    async close() {
      await firefox.close();
      await server.close();
    },
  };
}
