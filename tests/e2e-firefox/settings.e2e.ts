/**
 * The extension's own pages in Firefox: the popup's search finds the claim despite typos, and the
 * options page turns a topic off and on again live in an open tab (settings in Firefox's
 * storage.local, heard through storage.onChanged by the content script).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxHarness, startFirefoxHarness } from './harness';
import { ArticlePage } from './pages/article';
import { searchInPopup, setTopicInOptions } from './pages/extension-pages';

let harness: FirefoxHarness;

beforeAll(async () => {
  harness = await startFirefoxHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function topicsHighlighted(article: ArticlePage): Promise<string[]> {
  return [...new Set((await article.highlights()).map((highlight) => highlight.topic))].sort();
}

describe('the popup search in Firefox', () => {
  it('finds the training-cost claim despite typos', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    await popup.setViewport({ width: 400, height: 600 });
    const results = await searchInPopup(popup, 'deepsek trainng cost');
    expect(results).toMatch(/\$5\.6 million|\$294,000/);
    await harness.screenshot(popup, 'popup-search');
    await popup.close();
  });
});

describe('the options page in Firefox', () => {
  it('turns a topic off in an open tab at once, and back on', async () => {
    const article = new ArticlePage(await harness.openPage('/fixtures/split-links.html'));
    await article.waitForHighlights(6);
    expect(await topicsHighlighted(article)).toEqual(['deepseek', 'export-controls', 'nvidia']);

    const options = await harness.openExtensionPage('options.html');
    await setTopicInOptions(options, 'Nvidia', false);
    await expect
      .poll(() => topicsHighlighted(article), { timeout: 10_000, interval: 100 })
      .toEqual(['deepseek', 'export-controls']);
    await harness.screenshot(options, 'options-nvidia-off');

    await setTopicInOptions(options, 'Nvidia', true);
    await expect
      .poll(() => topicsHighlighted(article), { timeout: 10_000, interval: 100 })
      .toEqual(['deepseek', 'export-controls', 'nvidia']);
    await options.close();
    await article.page.close();
  });
});

describe('privacy and stability in Firefox', () => {
  it('sends no request beyond 127.0.0.1 and raises no page errors', () => {
    expect(harness.outsideRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
