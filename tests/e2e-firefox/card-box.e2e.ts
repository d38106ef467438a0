/**
 * The open card's box in real Firefox at 1280×900 on the demo article: compact (at most 300 px tall)
 * until "More", never over the mention's line or its sentence's lines, above the sentence near the
 * window's bottom edge, and within the window after "More". On a narrow window, a sheet along the
 * edge away from the sentence.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inClosedShadowRoot } from '../../scripts/lib/firefox';
import { cardScroll, expectBeside, type MentionLines, mentionLines } from '../e2e/card-geometry';
import { type CardState, revealCardButton } from '../e2e/card-state';
import { type FirefoxHarness, startFirefoxHarness } from './harness';
import { ArticlePage } from './pages/article';

let harness: FirefoxHarness;

beforeAll(async () => {
  harness = await startFirefoxHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function openAt(
  article: ArticlePage,
  text: string,
  nth: number,
  scrollTo: 'start' | 'center' | 'end',
): Promise<{ card: CardState; lines: MentionLines }> {
  const lines = await article.page.evaluate(mentionLines, { text, nth, scrollTo });
  const first = lines?.mention[0];
  if (!lines || !first) throw new Error(`No highlighted "${text}" #${nth} with a line box`);
  const x = first.x + first.width / 2;
  const y = first.y + first.height / 2;
  await article.page.mouse.move(x - 40, y - 40);
  await article.page.mouse.move(x, y, { steps: 4 });
  return { card: await article.waitForCard(), lines };
}

async function clickMore(page: Page): Promise<void> {
  const button = await inClosedShadowRoot(page, 'caveat-card', revealCardButton, 'More');
  if (!button) throw new Error('The card has no "More" button');
  await sleep(100);
  const settled = (await inClosedShadowRoot(page, 'caveat-card', revealCardButton, 'More')) ?? button;
  await page.mouse.click(settled.x, settled.y);
}

describe('the open card beside its sentence, in Firefox', () => {
  for (const { text, nth, scrollTo, name } of [
    { text: 'DeepSeek', nth: 4, scrollTo: 'center' as const, name: 'a long sentence' },
    { text: 'Nvidia', nth: 2, scrollTo: 'end' as const, name: 'at the bottom edge' },
  ]) {
    it(`demo article, ${name}: at most 300 px until More, off the sentence, within the window after More`, async () => {
      const article = new ArticlePage(await harness.openPage('/demo/article.html'));
      await article.waitForHighlights(1);
      const { card, lines } = await openAt(article, text, nth, scrollTo);
      expect(card.box.height, 'compact card height').toBeLessThanOrEqual(300);
      expectBeside(card, lines, 'compact');
      const sentenceBottom = Math.max(...lines.sentence.map((line) => line.y + line.height));
      if (sentenceBottom + card.box.height + 8 > lines.viewport.height) {
        expect(card.box.y + card.box.height, 'near the bottom edge the card goes above').toBeLessThanOrEqual(
          (lines.sentence[0]?.y ?? 0) + 0.5,
        );
      }
      await harness.screenshot(article.page, `firefox-card-box-${name.replaceAll(' ', '-')}`);

      await clickMore(article.page);
      await sleep(300);
      const more = await article.waitForCard();
      const after = await article.page.evaluate(mentionLines, { text, nth });
      if (!after) throw new Error('The mention is gone after More');
      expect(more.box.height, 'More opens the lead claim').toBeGreaterThan(card.box.height);
      expectBeside(more, after, 'after More');
      expect(await inClosedShadowRoot(article.page, 'caveat-card', cardScroll)).not.toBeNull();
      await harness.screenshot(article.page, `firefox-card-box-${name.replaceAll(' ', '-')}-more`);
      await article.page.close();
    }, 60_000);
  }

  it('on a narrow window the card is a sheet the width of the window, off the sentence', async () => {
    const page = await harness.openPage('/demo/article.html');
    await page.setViewport({ width: 420, height: 800 });
    const article = new ArticlePage(page);
    await article.waitForHighlights(1);
    const { card, lines } = await openAt(article, 'DeepSeek', 4, 'end');
    expect(card.box.width, 'sheet width').toBeGreaterThanOrEqual(lines.viewport.width - 20);
    expect(
      Math.abs(card.box.y) <= 1 || Math.abs(card.box.y + card.box.height - lines.viewport.height) <= 1,
    ).toBe(true);
    expectBeside(card, lines, 'narrow');
    await harness.screenshot(page, 'firefox-card-box-narrow');
    await page.close();
  }, 60_000);
});
