/**
 * The built extension loads in Chromium: the content script runs on the demo article, and the
 * popup and options pages render.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceBeyondControls, type Harness, startHarness } from './harness';
import { ArticlePage } from './pages/article';
import { openPopupFor } from './pages/popup';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('the built extension', () => {
  it('has a manifest named Caveat that asks only for storage and its selection menu item', async () => {
    const manifest = await harness.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Caveat');
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['contextMenus', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('runs its content script on the demo article and highlights all three topics', async () => {
    const article = new ArticlePage(await harness.openPage('/demo/article.html'));
    const highlights = await article.waitForHighlights(10);
    const topics = new Set(highlights.map((highlight) => highlight.topic));
    expect(topics).toEqual(new Set(['deepseek', 'nvidia', 'export-controls']));
    await harness.screenshot(article.page, 'demo-article');
    await article.page.close();
  });

  it('renders the popup with a search box and what the current page mentions', async () => {
    const article = new ArticlePage(await harness.openPage('/demo/article.html'));
    await article.waitForHighlights(10);
    const popup = await openPopupFor(harness, article.page);
    await expect(
      popup.getByRole('searchbox').or(popup.getByRole('textbox')).first().isVisible(),
    ).resolves.toBe(true);
    await popup.getByText('US export controls on AI chips').first().waitFor();
    await harness.screenshot(popup, 'popup');
    await popup.close();
    await article.page.close();
  });

  it('renders the options page with the three topics', async () => {
    const options = await harness.openPage(harness.extensionUrl('options.html'));
    for (const name of ['DeepSeek', 'Nvidia', 'US export controls on AI chips']) {
      await options
        .getByRole('checkbox', { name: new RegExp(name) })
        .first()
        .waitFor();
    }
    await harness.screenshot(options, 'options');
    await options.close();
  });

  it('sends no request beyond 127.0.0.1 and raises no page errors on the article, the popup and the options page', async () => {
    const evidence = harness.record();
    const article = new ArticlePage(await harness.openPage('/demo/article.html'));
    await article.waitForHighlights(10);
    await article.hover('DeepSeek');
    await article.page.keyboard.press('Escape');
    const popup = await openPopupFor(harness, article.page);
    await popup.getByRole('searchbox').fill('export controls');
    await popup.getByRole('list', { name: /results/i }).waitFor();
    const options = await harness.openPage(harness.extensionUrl('options.html'));
    await options.getByRole('checkbox', { name: /Nvidia/ }).waitFor();
    await popup.close();
    await options.close();
    expect(await evidenceBeyondControls(evidence, article.page)).toEqual({
      outsideRequests: [],
      pageErrors: [],
    });
    await article.page.close();
  });
});
