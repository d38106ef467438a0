/**
 * Verdict marks in Chromium, on the demo article: the sentence that repeats the $5.6 million claim
 * carries its verdict's mark and its card says so; the sentence beside it that corrects the figure
 * carries none; the popup lists the rated claims the page repeats; and the setting turns the marks
 * off, and on again, in the open tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH_TEXTS } from '../../components/texts';
import { evidenceBeyondControls, type Harness, type Recorder, startHarness } from './harness';
import { ArticlePage } from './pages/article';
import { openPopupFor } from './pages/popup';

const { OPTIONS_TEXTS, POPUP_TEXTS } = ENGLISH_TEXTS;

let harness: Harness;
let evidence: Recorder;

beforeAll(async () => {
  harness = await startHarness();
  evidence = harness.record();
});

afterAll(async () => {
  await harness?.close();
});

/** The repeating sentence and the correcting one, in the same paragraph of the demo article. */
const REPEATING = 'Posts shared widely this week said DeepSeek';
const CORRECTING = 'the $5.6 million DeepSeek reported';
const STATEMENT = "DeepSeek's R1 model was trained for just $5.6 million.";

/** The marks of the paragraph about the $5.6 million figure, in document order. */
async function costParagraphMarks(article: ArticlePage) {
  return (await article.marks()).filter(({ block }) => block.includes(REPEATING));
}

/** Which DeepSeek mention of the page (in document order) is the first one of that paragraph. */
async function nthDeepSeekOfParagraph(article: ArticlePage): Promise<number> {
  const deepseek = (await article.marks()).filter(({ text }) => text === 'DeepSeek');
  return deepseek.findIndex(({ block }) => block.includes(REPEATING));
}

describe('verdict marks on the demo article', () => {
  let article: ArticlePage;

  beforeAll(async () => {
    article = new ArticlePage(await harness.openPage('/demo/article.html'));
    await article.waitForHighlights(20);
  });

  it('marks the sentence that repeats the $5.6 million claim, and not the one that corrects it', async () => {
    await expect
      .poll(
        async () => (await costParagraphMarks(article)).map(({ text, verdict }) => `${text}:${verdict}`),
        {
          timeout: 15_000,
          interval: 100,
        },
      )
      // In order: "DeepSeek" and "R1" of the repeating sentence, "DeepSeek" and "V3" of the
      // correcting one.
      .toEqual(['DeepSeek:misleading', 'R1:misleading', 'DeepSeek:null', 'V3:null']);
    const paragraph = (await costParagraphMarks(article))[0]?.block ?? '';
    expect(paragraph).toContain(CORRECTING);
    await harness.screenshot(article.page, 'marks-demo-article');
  });

  it('opens the marked mention’s card with the claim its sentence repeats, and says so', async () => {
    const card = await article.hover('DeepSeek', await nthDeepSeekOfParagraph(article));
    expect(card.repeats).toBe('This sentence repeats a claim rated Misleading:');
    expect(card.firstClaim).toBe(STATEMENT);
    expect(card.verdicts[0]).toBe('Misleading');
    expect(await article.cardAxeViolations()).toEqual([]);
    await harness.screenshot(article.page, 'marks-card');
    await article.page.keyboard.press('Escape');
    await article.waitForNoCard();
  });

  it('opens the correcting sentence’s card on the same claim, without saying it repeats it', async () => {
    const card = await article.hover('DeepSeek', (await nthDeepSeekOfParagraph(article)) + 1);
    expect(card.firstClaim).toBe(STATEMENT);
    expect(card.repeats).toBeNull();
    await article.page.keyboard.press('Escape');
    await article.waitForNoCard();
  });

  it('lists the rated claims the page repeats in the popup, with their verdicts', async () => {
    const popup = await openPopupFor(harness, article.page);
    const list = popup.getByRole('list', { name: POPUP_TEXTS.repeatedHeading });
    await list.waitFor({ timeout: 10_000 });
    const text = (await list.textContent()) ?? '';
    expect(text).toContain(STATEMENT);
    expect(text).toContain('Misleading');
    await harness.screenshot(popup, 'marks-popup');
    await popup.close();
  });

  it('turns the marks off in the open tab from the options page, and on again', async () => {
    const options = await harness.openPage(harness.extensionUrl('options.html'));
    const checkbox = options.getByRole('checkbox', { name: OPTIONS_TEXTS.verdictMarks });
    await checkbox.uncheck();
    await expect
      .poll(async () => (await article.marks()).filter(({ verdict }) => verdict !== null).length, {
        timeout: 10_000,
        interval: 100,
      })
      .toBe(0);
    // Every mention is still there, in its topic's own style.
    expect((await costParagraphMarks(article)).map(({ text }) => text)).toEqual([
      'DeepSeek',
      'R1',
      'DeepSeek',
      'V3',
    ]);
    const card = await article.hover('DeepSeek', await nthDeepSeekOfParagraph(article));
    expect(card.repeats).toBeNull();
    await article.page.keyboard.press('Escape');
    await article.waitForNoCard();

    await checkbox.check();
    await expect
      .poll(async () => (await costParagraphMarks(article)).map(({ verdict }) => verdict), {
        timeout: 10_000,
        interval: 100,
      })
      .toEqual(['misleading', 'misleading', null, null]);
    await options.close();
  });

  it('sends no request beyond 127.0.0.1 and raises no page errors', async () => {
    expect(await evidenceBeyondControls(evidence, article.page)).toEqual({
      outsideRequests: [],
      pageErrors: [],
    });
  });
});
