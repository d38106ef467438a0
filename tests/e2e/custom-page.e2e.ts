/**
 * Custom topics and imported fact-checks on open pages, live, and the "Only on news articles"
 * mode, in the built extension in Chromium.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_TOPIC_FILES } from '../../data/kb';
import { toClaimReviewDocument } from '../../lib/claimreview/claimreview';
import { checkCustomTopicFiles } from '../../lib/kb/custom-topics';
import { type Harness, startHarness } from './harness';
import { ArticlePage } from './pages/article';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const TSMC_FILE = path.resolve('tests/fixtures/custom-topics/tsmc.json');

/** Every highlighted text on the page, whatever topic it belongs to, in document order. */
async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: Range[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('caveat-') || name === 'caveat-active') continue;
      for (const abstract of highlight) {
        if (!abstract.startContainer.isConnected) continue;
        const range = document.createRange();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        found.push(range);
      }
    }
    found.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return found.map((range) => range.toString());
  });
}

async function openOptions(): Promise<Page> {
  const page = await harness.openPage(harness.extensionUrl('options.html'));
  await page.getByRole('heading', { name: 'Caveat settings' }).waitFor();
  return page;
}

async function deleteCustomTopic(options: Page, name: string): Promise<void> {
  await options.getByRole('button', { name: `Delete the custom topic ${name}` }).click();
  await expect
    .poll(() => harness.worker.evaluate(() => chrome.storage.local.get('customTopics')))
    .toMatchObject({ customTopics: { topics: [] } });
}

describe('a custom topic on an open tab', () => {
  it('highlights its mentions at once when imported, and its card opens', async () => {
    const article = new ArticlePage(await harness.openPage('/fixtures/tsmc-article.html'));
    await article.waitForHighlights(1);
    expect(await highlightedTexts(article.page)).not.toContain('TSMC');

    const options = await openOptions();
    await options.getByLabel('Topics file (.json)').setInputFiles(TSMC_FILE);
    await options.getByText('Imported TSMC.').waitFor();

    await article.page.bringToFront();
    await expect
      .poll(() => highlightedTexts(article.page), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['TSMC', 'Taiwan Semiconductor Manufacturing']));
    const card = await article.hover('TSMC');
    expect(card.statements).toContain(
      'The US government gave TSMC billions in CHIPS Act money for its Arizona fabs.',
    );
    await harness.screenshot(article.page, 'custom-topic-card');
    await article.page.keyboard.press('Escape');

    await deleteCustomTopic(options, 'TSMC');
    await expect.poll(() => highlightedTexts(article.page), { timeout: 10_000 }).not.toContain('TSMC');
    await options.close();
    await article.page.close();
  });
});

describe('fact-checks imported as ClaimReview', () => {
  it('import through the rating mapping, and their claim shows in the card', async () => {
    const [tsmc] = checkCustomTopicFiles(
      [
        {
          file: 'tsmc.json',
          json: JSON.parse(await (await import('node:fs/promises')).readFile(TSMC_FILE, 'utf8')),
        },
      ],
      { builtIn: BUILT_IN_TOPIC_FILES, today: '2026-12-01' },
    ).topics;
    if (!tsmc) throw new Error('the TSMC fixture is not a valid topic');
    const document = toClaimReviewDocument([tsmc], { baseUrl: 'https://caveat.invalid/claims' });

    const article = new ArticlePage(await harness.openPage('/fixtures/tsmc-article.html'));
    await article.waitForHighlights(1);
    const options = await openOptions();
    await options.getByLabel('ClaimReview file (.json)').setInputFiles({
      name: 'tsmc-reviews.json',
      mimeType: 'application/ld+json',
      buffer: Buffer.from(JSON.stringify(document)),
    });
    await options.getByText('1 fact-check can be imported.').waitFor();
    await options.getByRole('textbox', { name: 'Topic name' }).fill('TSMC fact-checks');
    await options.getByRole('textbox', { name: /Words that mark it/ }).fill('TSMC');
    const mapping = options.getByRole('combobox', { name: /Verdict for the rating “Needs context”/ });
    expect(await mapping.inputValue()).toBe('needs-context');
    await mapping.scrollIntoViewIfNeeded();
    await harness.screenshot(options, 'claimreview-mapping');
    await options.getByRole('button', { name: 'Import 1 claim' }).click();
    await options.getByText('Imported TSMC fact-checks.').waitFor();

    await article.page.bringToFront();
    await expect.poll(() => highlightedTexts(article.page), { timeout: 10_000 }).toContain('TSMC');
    const card = await article.hover('TSMC');
    expect(card.statements).toContain(
      'The US government gave TSMC billions in CHIPS Act money for its Arizona fabs.',
    );
    expect(card.verdicts).toContain('Needs context');
    await harness.screenshot(article.page, 'claimreview-card');
    await article.page.keyboard.press('Escape');

    await deleteCustomTopic(options, 'TSMC fact-checks');
    await options.close();
    await article.page.close();
  });
});

describe('only on news articles', () => {
  it('leaves a page that declares no article alone, and still works on an article', async () => {
    // The same page is highlighted while the mode is off: the mode, not the page, makes the difference.
    const before = await harness.openPage('/fixtures/not-an-article.html');
    await new ArticlePage(before).waitForHighlights(1);
    await before.close();

    const options = await openOptions();
    await options.getByRole('checkbox', { name: 'Only on news articles' }).check();
    await expect
      .poll(() => harness.worker.evaluate(() => chrome.storage.local.get('settings')))
      .toMatchObject({ settings: { newsOnly: true } });

    const shop = await harness.openPage('/fixtures/not-an-article.html');
    const article = new ArticlePage(await harness.openPage('/fixtures/tsmc-article.html'));
    await article.waitForHighlights(1);
    expect(await highlightedTexts(article.page)).toContain('Nvidia');
    // The article was scanned after the shop page loaded; the shop page still has nothing.
    expect(await highlightedTexts(shop)).toEqual([]);

    await options.getByRole('checkbox', { name: 'Only on news articles' }).uncheck();
    await new ArticlePage(shop).waitForHighlights(1);
    await options.close();
    await shop.close();
    await article.page.close();
  });
});
