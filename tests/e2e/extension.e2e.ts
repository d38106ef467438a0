/**
 * The built extension loads in Chromium: the content script runs on the demo article, and the
 * popup and options pages render.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_PATH, evidenceBeyondControls, type Harness, startHarness } from './harness';
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
  it('has a manifest named Caveat that asks only for storage, its menu item and an alarm, and no host up front', async () => {
    const manifest = await harness.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Caveat');
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'contextMenus', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    // Asked for one site at a time, when the reader subscribes to a topic pack there.
    expect(manifest.optional_host_permissions).toEqual([
      'https://*/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
    ]);
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
    await popup.getByRole('searchbox').waitFor({ state: 'visible' });
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

describe('the lean first stage (docs/decisions/0016-lean-first-stage.md)', () => {
  /** Every request for the card's code from now on, wherever the browser says it went. */
  function watchCardLoads(): string[] {
    const loads: string[] = [];
    harness.browser.context.on('request', (request) => {
      if (request.url().endsWith('/card.js')) loads.push(request.url());
    });
    return loads;
  }

  it('every page loads a content script under 40 KB gzip; the card is a file of its own', () => {
    const content = readFileSync(path.join(EXTENSION_PATH, 'content-scripts/content.js'));
    expect(gzipSync(content).length).toBeLessThan(40 * 1024);
    const card = readFileSync(path.join(EXTENSION_PATH, 'card.js'), 'utf8');
    // React and the card's own texts live in card.js, not in what every page loads.
    for (const text of ['No claim matches this sentence closely', 'react.dev']) {
      expect(card).toContain(text);
      expect(content.toString('utf8')).not.toContain(text);
    }
  });

  it('loads no card code on a page that mentions nothing', async () => {
    const loads = watchCardLoads();
    const page = await harness.openPage('/fixtures/no-mention.html');
    await page.waitForTimeout(2_000);
    expect(await new ArticlePage(page).highlights()).toEqual([]);
    expect(loads).toEqual([]);
    await page.close();
  });

  it('loads the finding of mentions only once the page’s text shows a name (decision 0030)', async () => {
    const loads: string[] = [];
    harness.browser.context.on('request', (request) => {
      if (request.url().endsWith('/mentions.js')) loads.push(request.url());
    });
    const article = new ArticlePage(await harness.openPage('/fixtures/no-mention.html'));
    await article.page.waitForTimeout(1_500);
    expect(loads).toEqual([]);
    // A name that arrives later, as on a live blog, is found and highlighted.
    await article.page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Later: DeepSeek released a new model.';
      document.body.append(paragraph);
    });
    await article.waitForHighlights(1);
    expect(loads.length).toBeGreaterThan(0);
    await article.page.close();
  });

  it('loads the card only once the pointer rests on a mention, in time for the card', async () => {
    const loads = watchCardLoads();
    const article = new ArticlePage(await harness.openPage('/demo/article.html'));
    await article.waitForHighlights(10);
    await article.page.waitForTimeout(2_000);
    // Mentions found and painted; until the reader shows interest, no card code.
    expect(loads).toEqual([]);
    const card = await article.hover('DeepSeek');
    expect(card.title).toBe('DeepSeek');
    expect(loads.length).toBeGreaterThan(0);
    await article.page.close();
  });

  it('serves the card only at its per-session address, so a page cannot probe for it', async () => {
    const manifest = await harness.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['card.js', 'mentions.js'],
        matches: ['http://*/*', 'https://*/*'],
        use_dynamic_url: true,
      },
    ]);
    const page = await harness.openPage('/fixtures/no-mention.html');
    const fetched = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'fetched';
      } catch {
        return 'refused';
      }
    }, `chrome-extension://${harness.browser.extensionId}/card.js`);
    expect(fetched).toBe('refused');
    await page.close();
  });
});
