/**
 * Choices that must take one click and stick: "Not relevant here" from the card (and its undo in the
 * popup), pausing a site from the popup, turning a topic off in the options page — each applied
 * live to the open tab. And the popup's search, typos included.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import { ArticlePage } from './pages/article';
import { openPopupFor } from './pages/popup';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function topicsHighlighted(article: ArticlePage): Promise<string[]> {
  return [...new Set((await article.highlights()).map((highlight) => highlight.topic))].sort();
}

async function waitForTopics(article: ArticlePage, topics: string[]): Promise<void> {
  const expected = [...topics].sort();
  await expect.poll(() => topicsHighlighted(article), { timeout: 10_000, interval: 100 }).toEqual(expected);
}

describe('settings that apply live', () => {
  let article: ArticlePage;
  let popup: Page;

  beforeAll(async () => {
    article = new ArticlePage(await harness.openPage('/fixtures/split-links.html'));
    await article.waitForHighlights(6);
  });

  it('stops highlighting a topic on this site from the card, and the popup undoes it', async () => {
    const card = await article.hover('export controls');
    await card.getByRole('button', { name: 'Not relevant here' }).click();
    await card.waitFor({ state: 'hidden' });
    await waitForTopics(article, ['deepseek', 'nvidia']);

    popup = await openPopupFor(harness, article.page);
    const undo = popup.getByRole('button', {
      name: /Undo: highlight US export controls on AI chips on 127\.0\.0\.1 again/,
    });
    await undo.click();
    await waitForTopics(article, ['deepseek', 'export-controls', 'nvidia']);
    await popup.close();
  });

  it('pauses Caveat on the site from the popup in one click, and resumes it', async () => {
    popup = await openPopupFor(harness, article.page);
    await popup.getByRole('button', { name: 'Pause on this site' }).click();
    await waitForTopics(article, []);
    await popup.getByText('Caveat is paused on 127.0.0.1.').waitFor();
    await harness.screenshot(popup, 'popup-paused');

    // The choice sticks: a reload of the page stays unmarked.
    await article.page.reload();
    await article.page.waitForTimeout(800);
    expect(await article.highlights()).toEqual([]);

    await popup.getByRole('button', { name: 'Resume on this site' }).click();
    await waitForTopics(article, ['deepseek', 'export-controls', 'nvidia']);
    await popup.close();
  });

  it('turns a topic off everywhere from the options page', async () => {
    const options = await harness.openPage(harness.extensionUrl('options.html'));
    await options.getByRole('checkbox', { name: /Nvidia/ }).uncheck();
    await waitForTopics(article, ['deepseek', 'export-controls']);
    await options.getByRole('checkbox', { name: /Nvidia/ }).check();
    await waitForTopics(article, ['deepseek', 'export-controls', 'nvidia']);
    await options.close();
  });
});

describe('the popup on a page with mentions', () => {
  it('takes the reader to the first mention of a topic and opens its card there', async () => {
    const article = new ArticlePage(await harness.openPage('/fixtures/split-links.html'));
    await article.waitForHighlights(6);
    const popup = await openPopupFor(harness, article.page);
    await popup.getByRole('button', { name: /^US export controls on AI chips/ }).click();
    await article.card.waitFor({ state: 'visible' });
    expect(await article.card.locator('h2').first().textContent()).toBe('US export controls on AI chips');
    await article.page.keyboard.press('Escape');
    await article.page.close();
  });
});

describe('the popup search', () => {
  it('finds claims despite typos and shows the claim with its verdict and sources', async () => {
    const popup = await harness.openPage(harness.extensionUrl('popup.html'));
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByRole('searchbox').fill('deepsek trainng cost');
    const results = popup.getByRole('list', { name: /results/i });
    await results.waitFor();
    const text = (await results.textContent()) ?? '';
    expect(text).toMatch(/\$5\.6 million|\$294,000/);
    await harness.screenshot(popup, 'popup-search');
    await popup.close();
  });
});

describe('privacy and stability', () => {
  it('sends no request beyond 127.0.0.1 and raises no page errors', () => {
    expect(harness.outsideRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
