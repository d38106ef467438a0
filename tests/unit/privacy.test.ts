/**
 * PRIVACY.md lists every key Caveat stores, with its storage area, and the code stores nothing
 * outside the areas it names: a new storage item, or one moved to sync storage, fails here until
 * the privacy text says so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_STORAGE_KEYS } from '../../platform/page-storage';

const SOURCE_DIRS = ['platform', 'entrypoints', 'components', 'page', 'lib', 'data'];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.resolve(dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const sources = SOURCE_DIRS.flatMap(sourceFiles).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const privacy = readFileSync(path.resolve('PRIVACY.md'), 'utf8');
/** The keys of the table under "What Caveat stores": its rows' first cells. */
const listedKeys = [...privacy.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]);

/** Every WXT storage item the code defines, as `area:key`. */
const definedItems = sources.flatMap(({ text }) =>
  [...text.matchAll(/defineItem<[^(]*\(\s*'(\w+):(\w+)'/g)].map((match) => `${match[1]}:${match[2]}`),
);

describe('PRIVACY.md', () => {
  it('finds the storage items the code defines', () => {
    expect(definedItems).toContain('local:settings');
  });

  it('lists every stored key, and only those', () => {
    const stored = new Set([...definedItems.map((item) => item.split(':')[1]), ...PAGE_STORAGE_KEYS]);
    expect([...listedKeys].sort()).toEqual([...stored].sort());
  });

  it('is right that everything is in local storage', () => {
    expect(definedItems.filter((item) => !item.startsWith('local:'))).toEqual([]);
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/storage\.(sync|session|managed)\b|\blocalStorage\b|\bindexedDB\b/);
      expect(text, file).not.toMatch(/document\.cookie/);
    }
  });

  it('is right that the pack fetcher is the only code that makes a request', () => {
    const requesting = sources
      .filter(({ text }) => /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/.test(text))
      .map(({ file }) => path.relative(process.cwd(), file));
    expect(requesting).toEqual([path.join('platform', 'packs.ts')]);
  });
});
