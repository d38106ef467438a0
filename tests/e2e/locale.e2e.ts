/**
 * The UI in the reader's language, in Chromium: with the browser's UI in Simplified Chinese,
 * German, Japanese, Korean or Traditional Chinese the card, the popup and the options page speak
 * that language (the claims stay in English), and with it in English they speak English. Screenshots of both go to test-results/screenshots/ and, when
 * CAVEAT_SHOTS_DIR is set, there too.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import { ArticlePage } from './pages/article';
import { openPopupFor } from './pages/popup';

async function shoot(harness: Harness, page: Page, name: string) {
  const file = await harness.screenshot(page, name);
  const dir = process.env.CAVEAT_SHOTS_DIR;
  if (dir) {
    await mkdir(dir, { recursive: true });
    await copyFile(file, path.join(dir, `${name}.png`));
  }
}

const LANGUAGES = [
  {
    uiLanguage: 'zh-CN',
    name: 'zh-CN',
    reviewed: '审核于',
    verdicts: ['有依据', '误导', '需要背景', '有争议', '未经证实'],
    popup: ['搜索说法', '本页内容', '设置'],
    options: ['Caveat 设置', '已暂停的网站', '外观', '主题包'],
    title: 'Caveat 设置',
  },
  {
    uiLanguage: 'de',
    name: 'de',
    reviewed: 'Geprüft am',
    verdicts: ['Belegt', 'Irreführend', 'Kontext fehlt', 'Umstritten', 'Unbestätigt'],
    popup: ['Aussagen suchen', 'Auf dieser Seite', 'Einstellungen'],
    options: ['Caveat-Einstellungen', 'Pausierte Websites', 'Darstellung', 'Themenpakete'],
    title: 'Caveat-Einstellungen',
  },
  {
    uiLanguage: 'ja',
    name: 'ja',
    reviewed: '確認日',
    verdicts: ['裏付けあり', 'ミスリード', '補足が必要', '異論あり', '未検証'],
    popup: ['主張を検索', 'このページの言及', '設定'],
    options: ['Caveat の設定', '一時停止中のサイト', '外観', 'トピックパック'],
    title: 'Caveat の設定',
  },
  {
    uiLanguage: 'ko',
    name: 'ko',
    reviewed: '검토일',
    verdicts: ['근거 있음', '오해 소지', '맥락 필요', '논란 있음', '미확인'],
    popup: ['주장 검색', '이 페이지', '설정'],
    options: ['Caveat 설정', '일시 중지한 사이트', '모양', '주제 팩'],
    title: 'Caveat 설정',
  },
  {
    uiLanguage: 'zh-TW',
    name: 'zh-TW',
    reviewed: '審核於',
    verdicts: ['有根據', '誤導', '需補充脈絡', '有爭議', '未經證實'],
    popup: ['搜尋說法', '本頁提及', '設定'],
    options: ['Caveat 設定', '已暫停的網站', '外觀', '主題包'],
    title: 'Caveat 設定',
  },
  {
    uiLanguage: undefined,
    name: 'en',
    reviewed: 'Reviewed',
    verdicts: ['Supported', 'Misleading', 'Needs context', 'Disputed', 'Unverified'],
    popup: ['Search claims', 'On this page', 'Settings'],
    options: ['Caveat settings', 'Paused sites', 'Appearance', 'Topic packs'],
    title: 'Caveat settings',
  },
] as const;

for (const language of LANGUAGES) {
  describe(`with the browser's UI in ${language.name}`, () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await startHarness(language.uiLanguage ? { uiLanguage: language.uiLanguage } : {});
    }, 60_000);
    afterAll(async () => {
      await harness?.close();
    });

    it('the card, the popup and the options page speak that language', async () => {
      const page = await harness.openPage('/demo/article.html');
      const article = new ArticlePage(page);
      await article.waitForHighlights(1);
      const card = await article.hover('DeepSeek');
      expect(card.reviewed.startsWith(language.reviewed)).toBe(true);
      for (const verdict of card.verdicts) expect(language.verdicts).toContain(verdict);
      await shoot(harness, page, `card-${language.name}`);

      const popup = await openPopupFor(harness, page);
      await popup.getByRole('searchbox').waitFor();
      const popupText = (await popup.locator('body').textContent()) ?? '';
      for (const text of language.popup) expect(popupText).toContain(text);
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language.name);
      await shoot(harness, popup, `popup-${language.name}`);

      const options = await harness.openPage(harness.extensionUrl('options.html'));
      await options.getByRole('heading', { level: 1 }).waitFor();
      const optionsText = (await options.locator('body').textContent()) ?? '';
      for (const text of language.options) expect(optionsText).toContain(text);
      expect(await options.title()).toBe(language.title);
      await shoot(harness, options, `options-${language.name}`);
      expect(harness.pageErrors).toEqual([]);
    }, 60_000);
  });
}
