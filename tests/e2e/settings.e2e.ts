/**
 * Choices that must take one click and stick: "Not relevant here" from the card (and its undo in the
 * popup), pausing a site from the popup, turning a topic off in the options page — each applied
 * live to the open tab. And the popup's search, typos included.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inClosedShadowRoot } from '../../scripts/lib/chromium';
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
    await article.hover('export controls');
    await article.clickInCard('Not relevant here');
    await article.waitForNoCard();
    await waitForTopics(article, ['deepseek', 'nvidia']);

    // The choice sticks: after a reload the other topics come back, this one does not.
    await article.page.reload();
    await article.waitForHighlights(4);
    await article.page.waitForTimeout(500);
    expect(await topicsHighlighted(article)).toEqual(['deepseek', 'nvidia']);

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
    await article.waitForCard('US export controls on AI chips');
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

/** The settings as stored, read by the background (the extension's own view of storage). */
async function storedSettings(harness: Harness): Promise<unknown> {
  return harness.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
}

async function storeSettings(harness: Harness, value: unknown): Promise<void> {
  await harness.worker.evaluate(async (settings) => {
    if (settings === undefined) await chrome.storage.local.remove('settings');
    else await chrome.storage.local.set({ settings });
  }, value);
}

describe('settings saved by a newer version of Caveat', () => {
  const newer = {
    version: 2,
    theme: 'light',
    pausedSites: ['paused.example'],
    notRelevant: [],
    futureField: { kept: 'as the newer version wrote it' },
  };

  beforeAll(async () => {
    await storeSettings(harness, newer);
  });

  afterAll(async () => {
    await storeSettings(harness, undefined);
  });

  it('are never written over: "Not relevant here" leaves them as they were', async () => {
    const article = new ArticlePage(await harness.openPage('/fixtures/split-links.html'));
    await article.waitForHighlights(6);
    await article.hover('export controls');
    await article.clickInCard('Not relevant here');
    await article.waitForNoCard();
    // Give a write every chance to land before looking.
    await article.page.waitForTimeout(500);
    expect(await storedSettings(harness)).toEqual(newer);
    await article.page.close();
  });

  it('are shown read-only in the options page, with a notice that says why', async () => {
    const options = await harness.openPage(harness.extensionUrl('options.html'));
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('newer version of Caveat');
    expect(await alert.textContent()).toContain('will not change them');
    await options.getByText('paused.example').waitFor();
    const nvidia = options.getByRole('checkbox', { name: /Nvidia/ });
    expect(await nvidia.isDisabled()).toBe(true);
    expect(await options.getByRole('button', { name: 'Pause site' }).isDisabled()).toBe(true);
    expect(await options.getByRole('button', { name: 'OK' }).count()).toBe(0);
    await harness.screenshot(options, 'options-newer-settings');
    expect(await storedSettings(harness)).toEqual(newer);
    await options.close();
  });

  it('are shown read-only in the popup, with a notice that says why', async () => {
    const article = new ArticlePage(await harness.openPage('/fixtures/split-links.html'));
    await article.waitForHighlights(6);
    const popup = await openPopupFor(harness, article.page);
    const alert = popup.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('newer version of Caveat');
    const pause = popup.getByRole('button', { name: 'Pause on this site' });
    expect(await pause.isDisabled()).toBe(true);
    await harness.screenshot(popup, 'popup-newer-settings');
    expect(await storedSettings(harness)).toEqual(newer);
    await popup.close();
    await article.page.close();
  });
});

describe('two changes made at once from different pages', () => {
  beforeAll(async () => {
    await storeSettings(harness, undefined);
  });

  afterAll(async () => {
    await storeSettings(harness, undefined);
  });

  it('are both kept, even when one page reads the settings late', async () => {
    const article = new ArticlePage(await harness.openPage('/fixtures/split-links.html'));
    await article.waitForHighlights(6);

    // An options page whose storage reads answer late, once asked to: any change it makes from what
    // it read would be made from settings that are out of date by then.
    const options = await harness.browser.context.newPage();
    await options.addInitScript(() => {
      const area = chrome.storage.local;
      const get = area.get.bind(area) as (keys?: unknown) => Promise<unknown>;
      const slow = window as Window & { caveatSlowReadsMs?: number };
      (area as { get: unknown }).get = (...args: unknown[]) => {
        const callback = typeof args.at(-1) === 'function' ? (args.pop() as (v: unknown) => void) : undefined;
        const answer = get(...(args as [unknown])).then(
          (value) => new Promise((resolve) => setTimeout(() => resolve(value), slow.caveatSlowReadsMs ?? 0)),
        );
        if (!callback) return answer;
        void answer.then(callback);
        return undefined;
      };
    });
    await options.goto(harness.extensionUrl('options.html'));
    const nvidia = options.getByRole('checkbox', { name: /Nvidia/ });
    await nvidia.waitFor();
    await options.evaluate(() => {
      (window as Window & { caveatSlowReadsMs?: number }).caveatSlowReadsMs = 3_000;
    });

    await nvidia.uncheck();
    // While the options page waits for its read, the card on the article stores its own change
    // (once the article has re-applied the settings, if the first change was stored at once).
    await article.page.waitForTimeout(500);
    await article.waitForHighlights(3);
    await article.hover('export controls');
    await article.clickInCard('Not relevant here');

    await expect
      .poll(async () => (await storedSettings(harness)) as Record<string, unknown> | undefined, {
        timeout: 10_000,
        interval: 100,
      })
      .toMatchObject({ enabledTopics: { nvidia: false } });
    // Both changes, whatever order they landed in, and still both after the slow read has answered.
    await options.waitForTimeout(3_500);
    expect(await storedSettings(harness)).toMatchObject({
      enabledTopics: { nvidia: false },
      notRelevant: [{ site: '127.0.0.1', topicId: 'export-controls' }],
    });
    await options.close();
    await article.page.close();
  });
});

describe('the hover delay', () => {
  afterAll(async () => {
    await storeSettings(harness, undefined);
  });

  it('keeps the card closed until the pointer has rested for the delay set in the options', async () => {
    await storeSettings(harness, { version: 1, hoverDelayMs: 1_500 });
    const article = new ArticlePage(await harness.openPage('/fixtures/split-links.html'));
    await article.waitForHighlights(6);
    // Open and close one card from the keyboard first, so the card's first render is not what is timed.
    await article.page.keyboard.press('Alt+Shift+K');
    await article.waitForCard();
    await article.page.keyboard.press('Escape');
    await article.waitForNoCard();

    const { x, y } = await article.pointOf('export controls');
    await article.page.mouse.move(x - 40, y - 40);
    const started = Date.now();
    await article.page.mouse.move(x, y, { steps: 4 });
    // Well inside the delay, however slow the machine: the pointer is resting, the card is not there.
    expect(await article.cardSeenWithin(700)).toBe(false);
    await article.waitForCard(undefined, 5_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
    await article.page.close();
  });

  it('makes the card during the delay, laid out beside the mention but out of sight, and drops it when the pointer leaves', async () => {
    await storeSettings(harness, { version: 1, hoverDelayMs: 1_500 });
    const article = new ArticlePage(await harness.openPage('/fixtures/split-links.html'));
    await article.waitForHighlights(6);
    const { x, y } = await article.pointOf('export controls');
    await article.page.mouse.move(x - 40, y - 40);
    await article.page.mouse.move(x, y, { steps: 4 });
    /** The card in Caveat's shadow root: its box, whether it is visible, and what the page hits there. */
    const made = () =>
      inClosedShadowRoot(article.page, 'caveat-card', (root) => {
        const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
        if (!dialog) return null;
        const box = dialog.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return null;
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return {
          title: dialog.querySelector('h2')?.textContent ?? '',
          visible: dialog.checkVisibility({ visibilityProperty: true }),
          hitsCard: hit?.localName === 'caveat-card',
        };
      });
    // Well inside the delay: the card is made (the code loads, the claims are ranked, it is laid out),
    // and it is neither seen nor under the pointer's reach.
    await expect
      .poll(made, { timeout: 1_000, interval: 50 })
      .toMatchObject({ title: expect.stringMatching(/^US export controls/) });
    expect(await made()).toMatchObject({ visible: false, hitsCard: false });
    // The pointer leaves before the delay ends: the card made for it is dropped, and none opens.
    await article.page.mouse.move(x - 200, y + 200);
    await expect.poll(made, { timeout: 1_000, interval: 50 }).toBeNull();
    expect(await article.cardSeenWithin(1_800)).toBe(false);
    await article.page.close();
  });
});

describe('privacy and stability', () => {
  it('sends no request beyond 127.0.0.1 and raises no page errors while settings change', async () => {
    await storeSettings(harness, undefined);
    const evidence = harness.record();
    const article = new ArticlePage(await harness.openPage('/fixtures/split-links.html'));
    await article.waitForHighlights(6);
    await article.hover('export controls');
    await article.clickInCard('Not relevant here');
    await waitForTopics(article, ['deepseek', 'nvidia']);
    const options = await harness.openPage(harness.extensionUrl('options.html'));
    await options.getByRole('button', { name: /Undo/ }).click();
    await waitForTopics(article, ['deepseek', 'export-controls', 'nvidia']);
    await options.close();
    expect(await evidenceBeyondControls(evidence, article.page)).toEqual({
      outsideRequests: [],
      pageErrors: [],
    });
    await article.page.close();
  });
});
