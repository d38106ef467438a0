/**
 * The open card's box, measured in Chromium at 1280×900 on the demo article and a fixture: compact
 * (at most 300 px tall) until "More", never over the mention's line or its sentence's lines, below
 * the sentence or above it near the window's bottom edge, and within the window after "More",
 * scrolling inside itself. On a narrow window it is a sheet along the edge away from the sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inClosedShadowRoot } from '../../scripts/lib/chromium';
import { cardScroll, expectBeside, type MentionLines, mentionLines } from './card-geometry';
import type { CardState } from './card-state';
import { type Harness, startHarness } from './harness';
import { ArticlePage } from './pages/article';

const COMPACT_MAX_PX = 300;

async function openAt(
  article: ArticlePage,
  text: string,
  nth: number,
  scrollTo: 'start' | 'center' | 'end',
): Promise<{ card: CardState; lines: MentionLines }> {
  const lines = await article.page.evaluate(mentionLines, { text, nth, scrollTo });
  if (!lines) throw new Error(`No highlighted "${text}" #${nth}`);
  const first = lines.mention[0];
  if (!first) throw new Error(`"${text}" #${nth} has no line box`);
  const x = first.x + first.width / 2;
  const y = first.y + first.height / 2;
  await article.page.mouse.move(x - 40, y - 40);
  await article.page.mouse.move(x, y, { steps: 4 });
  const card = await article.waitForCard();
  return { card, lines };
}

describe('the open card beside its sentence', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  }, 60_000);
  afterAll(async () => {
    await harness?.close();
  });

  const CASES = [
    { page: '/demo/article.html', text: 'DeepSeek', nth: 0, scrollTo: 'start' as const, name: 'standfirst' },
    {
      page: '/demo/article.html',
      text: 'DeepSeek',
      nth: 4,
      scrollTo: 'center' as const,
      name: 'a long sentence',
    },
    {
      page: '/demo/article.html',
      text: 'Nvidia',
      nth: 2,
      scrollTo: 'end' as const,
      name: 'at the bottom edge',
    },
    {
      page: '/fixtures/split-links.html',
      text: 'DeepSeek',
      nth: 0,
      scrollTo: 'end' as const,
      name: 'fixture',
    },
  ];

  for (const { page: url, text, nth, scrollTo, name } of CASES) {
    it(`${url}, ${name}: at most 300 px until More, off the sentence, and within the window after More`, async () => {
      const article = new ArticlePage(await harness.openPage(url));
      await article.waitForHighlights(1);
      const { card, lines } = await openAt(article, text, nth, scrollTo);
      expect(card.box.height, 'compact card height').toBeLessThanOrEqual(COMPACT_MAX_PX);
      expectBeside(card, lines, 'compact');
      const sentenceBottom = Math.max(...lines.sentence.map((line) => line.y + line.height));
      if (sentenceBottom + card.box.height + 8 > lines.viewport.height) {
        expect(card.box.y + card.box.height, 'near the bottom edge the card goes above').toBeLessThanOrEqual(
          (lines.sentence[0]?.y ?? 0) + 0.5,
        );
      }
      const shots = await harness.screenshot(article.page, `card-box-${name.replaceAll(' ', '-')}`);
      expect(shots).toBeTruthy();

      await article.clickInCard('More');
      await article.page.waitForTimeout(200);
      const more = await article.waitForCard();
      const after = await article.page.evaluate(mentionLines, { text, nth });
      if (!after) throw new Error('The mention is gone after More');
      expect(more.box.height, 'More opens the lead claim').toBeGreaterThan(card.box.height);
      expectBeside(more, after, 'after More');
      const scroll = await inClosedShadowRoot(article.page, 'caveat-card', cardScroll);
      expect(scroll, 'the card scrolls inside itself').not.toBeNull();
      if (scroll && scroll.scrollHeight > scroll.clientHeight + 1) {
        expect(scroll.clientHeight).toBeLessThanOrEqual(lines.viewport.height);
      }
      await harness.screenshot(article.page, `card-box-${name.replaceAll(' ', '-')}-more`);
      await article.page.close();
    }, 40_000);
  }

  it('each card on the same page starts under its own mention, off its own sentence', async () => {
    const article = new ArticlePage(await harness.openPage('/demo/article.html'));
    await article.waitForHighlights(1);
    for (const [text, nth] of [
      ['DeepSeek', 4],
      ['Nvidia', 1],
      ['DeepSeek', 1],
    ] as const) {
      await article.page.mouse.move(2, 2);
      await article.waitForNoCard();
      const { card, lines } = await openAt(article, text, nth, 'center');
      const mention = lines.mention[0];
      if (!mention) throw new Error('no mention box');
      const expectedX = Math.min(mention.x, lines.viewport.width - 8 - card.box.width);
      expect(
        Math.abs(card.box.x - expectedX),
        `${text} #${nth}: card x ${card.box.x}, mention x ${mention.x}`,
      ).toBeLessThanOrEqual(2);
      expectBeside(card, lines, `${text} #${nth}`);
    }
    await article.page.close();
  }, 40_000);

  it('on a narrow window the card is a sheet the width of the window, off the sentence', async () => {
    const page = await harness.openPage('/demo/article.html');
    await page.setViewportSize({ width: 420, height: 800 });
    const article = new ArticlePage(page);
    await article.waitForHighlights(1);
    for (const scrollTo of ['start', 'end'] as const) {
      const { card, lines } = await openAt(article, 'DeepSeek', 4, scrollTo);
      expect(card.box.width, 'sheet width').toBeGreaterThanOrEqual(lines.viewport.width - 20);
      const atBottom = Math.abs(card.box.y + card.box.height - lines.viewport.height) <= 1;
      const atTop = Math.abs(card.box.y) <= 1;
      expect(atBottom || atTop, `the sheet lies along an edge (${JSON.stringify(card.box)})`).toBe(true);
      expectBeside(card, lines, `narrow, sentence at the ${scrollTo}`);
      await harness.screenshot(page, `card-box-narrow-${scrollTo}`);
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      await page.waitForTimeout(600);
    }
    await page.close();
  }, 40_000);
});
