/**
 * The store listings (docs/store/) say what the extension says of itself: the summary is the
 * manifest's description word for word, within Chrome's limit, and the long description names
 * every built-in topic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The Chrome Web Store cuts a summary (the manifest's description) longer than this. */
const CHROME_SUMMARY_LIMIT = 132;

const read = (file: string) => readFileSync(path.resolve(file), 'utf8');
const description = (locale: string): string =>
  (JSON.parse(read(`public/_locales/${locale}/messages.json`)) as Record<string, { message: string }>)
    .extDescription?.message ?? '';

describe('the store listing', () => {
  it('uses the manifest’s English description as its summary, word for word', () => {
    expect(read('docs/store/short-description.txt').trim()).toBe(description('en'));
  });

  it('keeps the description of every locale within Chrome’s 132 characters', () => {
    const locales = readdirSync(path.resolve('public/_locales'));
    expect(locales).toContain('en');
    for (const locale of locales) {
      const text = description(locale);
      expect(text, locale).not.toBe('');
      expect([...text].length, locale).toBeLessThanOrEqual(CHROME_SUMMARY_LIMIT);
    }
  });

  it('names every built-in topic in the long description', () => {
    const long = read('docs/store/long-description.txt');
    const topics = readdirSync(path.resolve('data/topics')).filter((file) => file.endsWith('.json'));
    expect(topics.length).toBeGreaterThan(0);
    for (const file of topics) {
      const { name } = JSON.parse(read(`data/topics/${file}`)) as { name: string };
      expect(long, file).toContain(name);
    }
  });
});
