/**
 * Verdict marks in Firefox, on the demo article: the sentence that repeats the $5.6 million claim
 * carries its verdict's mark and its card says so; the correcting sentence beside it carries none;
 * the options page turns the marks off, and on again, in the open tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH_TEXTS } from '../../components/texts';
import { type FirefoxHarness, startFirefoxHarness } from './harness';
import { ArticlePage } from './pages/article';
import { setTopicInOptions } from './pages/extension-pages';

const { OPTIONS_TEXTS } = ENGLISH_TEXTS;

let harness: FirefoxHarness;

beforeAll(async () => {
  harness = await startFirefoxHarness();
});

afterAll(async () => {
  await harness?.close();
});

const REPEATING = 'Posts shared widely this week said DeepSeek';
const STATEMENT = "DeepSeek's R1 model was trained for just $5.6 million.";

async function costParagraphVerdicts(article: ArticlePage): Promise<string[]> {
  return (await article.marks())
    .filter(({ block }) => block.includes(REPEATING))
    .map(({ text, verdict }) => `${text}:${verdict}`);
}

async function nthDeepSeekOfParagraph(article: ArticlePage): Promise<number> {
  const deepseek = (await article.marks()).filter(({ text }) => text === 'DeepSeek');
  return deepseek.findIndex(({ block }) => block.includes(REPEATING));
}

describe('verdict marks in Firefox', () => {
  let article: ArticlePage;

  beforeAll(async () => {
    article = new ArticlePage(await harness.openPage('/demo/article.html'));
    await article.waitForHighlights(20);
  });

  it('marks the sentence that repeats the $5.6 million claim, not the one that corrects it, and the card says so', async () => {
    await expect
      .poll(() => costParagraphVerdicts(article), { timeout: 15_000, interval: 100 })
      .toEqual(['DeepSeek:misleading', 'R1:misleading', 'DeepSeek:null', 'V3:null']);
    const nth = await nthDeepSeekOfParagraph(article);
    const card = await article.hover('DeepSeek', nth);
    expect(card.repeats).toBe('This sentence repeats a claim rated Misleading:');
    expect(card.firstClaim).toBe(STATEMENT);
    await harness.screenshot(article.page, 'marks-card');
    await article.press('Escape');
    await article.waitForNoCard();
    const correcting = await article.hover('DeepSeek', nth + 1);
    expect(correcting.firstClaim).toBe(STATEMENT);
    expect(correcting.repeats).toBeNull();
    await article.press('Escape');
    await article.waitForNoCard();
  });

  it('turns the marks off in the open tab from the options page, and on again', async () => {
    const options = await harness.openExtensionPage('options.html');
    await setTopicInOptions(options, OPTIONS_TEXTS.verdictMarks, false);
    await expect
      .poll(() => costParagraphVerdicts(article), { timeout: 10_000, interval: 100 })
      .toEqual(['DeepSeek:null', 'R1:null', 'DeepSeek:null', 'V3:null']);
    await setTopicInOptions(options, OPTIONS_TEXTS.verdictMarks, true);
    await expect
      .poll(() => costParagraphVerdicts(article), { timeout: 10_000, interval: 100 })
      .toEqual(['DeepSeek:misleading', 'R1:misleading', 'DeepSeek:null', 'V3:null']);
    await options.close();
  });

  it('sends no request beyond 127.0.0.1 and raises no page errors', () => {
    expect(harness.outsideRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
