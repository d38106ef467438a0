import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTexts } from '../../../components/texts';
import { createMessages, lookupIn, type MessageFile } from '../../../lib/i18n/messages';

const LOCALES_DIR = path.resolve('public/_locales');
const read = (locale: string): MessageFile =>
  JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as MessageFile;
const locales = readdirSync(LOCALES_DIR).sort();
const english = read('en');
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}|%s/g)].map((m) => m[0]).sort();

describe('the UI messages', () => {
  it('ship English and the locales the README names', () => {
    expect(locales).toEqual(expect.arrayContaining(['de', 'en', 'ja', 'ko', 'zh_CN', 'zh_TW']));
  });

  for (const locale of locales) {
    describe(locale, () => {
      const messages = read(locale);
      it('has every English key and no other', () => {
        expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      });
      it('fills the same placeholders as English in every message', () => {
        for (const [key, { message }] of Object.entries(english)) {
          const translated = messages[key]?.message ?? '';
          expect(translated, key).not.toBe('');
          expect(placeholders(translated), `${locale} ${key}`).toEqual(
            key.endsWith('_one') ? expect.any(Array) : placeholders(message),
          );
        }
      });
      it('names its own locale and has no bare $ (the browsers read $ as a substitution)', () => {
        expect(messages.locale?.message.replace('-', '_')).toBe(locale);
        for (const [key, { message }] of Object.entries(messages)) expect(message, key).not.toMatch(/\$/);
      });
    });
  }

  it('has no two keys that differ only in case (the browsers read keys case-insensitively)', () => {
    const lower = Object.keys(english).map((key) => key.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  it('has a message for every key the texts read', () => {
    const missing: string[] = [];
    createTexts(
      createMessages((key) => {
        if (!(key in english)) missing.push(key);
        return english[key]?.message;
      }),
    );
    expect(missing).toEqual([]);
  });
});

describe('plural forms and placeholders', () => {
  it('picks the form by the locale’s own rules', () => {
    const en = createMessages(lookupIn(english));
    expect(en.count('common_claimCount', 1)).toBe('1 claim');
    expect(en.count('common_claimCount', 3)).toBe('3 claims');
    const zh = createMessages(lookupIn(read('zh_CN')));
    expect(zh.count('common_claimCount', 1)).toBe('1 条说法');
    expect(zh.text('popup_pausedHere', { host: 'example.com' })).toBe('Caveat 已在 example.com 上暂停。');
  });

  it('falls back to English for a key a locale lacks', () => {
    const partial = createMessages((key) => (key === 'locale' ? 'de' : undefined), lookupIn(english));
    expect(partial.text('card_close')).toBe('Close');
  });
});
