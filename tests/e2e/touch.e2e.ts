/** On a touch screen there is no hover: a tap on a mention opens its card, a tap elsewhere closes it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import { ArticlePage } from './pages/article';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ hasTouch: true });
});

afterAll(async () => {
  await harness?.close();
});

describe('a touch screen', () => {
  it('opens the card on a tap on a mention and closes it on a tap elsewhere', async () => {
    const article = new ArticlePage(await harness.openPage('/fixtures/split-links.html'));
    await article.waitForHighlights(6);
    const { x, y } = await article.pointOf('NVDA');
    await article.page.touchscreen.tap(x, y);
    await article.waitForCard('Nvidia', 5_000);
    await harness.screenshot(article.page, 'touch-card');
    await article.page.touchscreen.tap(5, 5);
    await article.waitForNoCard();
    expect(harness.pageErrors).toEqual([]);
  });
});
