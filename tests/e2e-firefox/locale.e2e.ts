/**
 * The UI in the reader's language, in real Firefox: with `intl.locale.requested` set to Simplified
 * Chinese (Debian's language pack for Firefox ESR, firefox-esr-l10n-zh-cn, installed in the
 * application's scope) the card, the popup and the options page speak Chinese; the claims stay in
 * English. Screenshots go to test-results/screenshots-firefox/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxHarness, startFirefoxHarness } from './harness';
import { ArticlePage } from './pages/article';

let harness: FirefoxHarness;

beforeAll(async () => {
  harness = await startFirefoxHarness({
    prefs: {
      'intl.locale.requested': 'zh-CN',
      // The language pack sits in the application's scope: let a fresh profile use it.
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
    },
  });
});

afterAll(async () => {
  await harness?.close();
});

describe("with Firefox's UI in Simplified Chinese", () => {
  it('the card, the popup and the options page speak Chinese', async () => {
    const article = new ArticlePage(await harness.openPage('/demo/article.html'));
    await article.waitForHighlights(1);
    const card = await article.hover('DeepSeek');
    expect(card.reviewed.startsWith('审核于'), card.reviewed).toBe(true);
    for (const verdict of card.verdicts)
      expect(['有依据', '误导', '需要背景', '有争议', '未经证实']).toContain(verdict);
    await harness.screenshot(article.page, 'card-zh-CN');

    const popup = await harness.openExtensionPage('popup.html');
    await popup.setViewport({ width: 400, height: 600 });
    await popup.waitForSelector('input[type="search"]');
    const popupText = await popup.evaluate(() => document.body.textContent ?? '');
    for (const text of ['搜索说法', '设置']) expect(popupText).toContain(text);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await harness.screenshot(popup, 'popup-zh-CN');

    const options = await harness.openExtensionPage('options.html');
    await options.waitForSelector('h1');
    const optionsText = await options.evaluate(() => document.body.textContent ?? '');
    for (const text of ['Caveat 设置', '已暂停的网站', '外观', '主题包']) expect(optionsText).toContain(text);
    expect(await options.title()).toBe('Caveat 设置');
    await harness.screenshot(options, 'options-zh-CN');
  }, 60_000);
});
