/**
 * Topic-pack subscriptions in the built extension in Firefox, against a pack server on 127.0.0.1:
 * the real permission path (the click on Subscribe asks for the pack's site; the profile grants
 * optional permissions without showing the prompt, `extensions.webextOptionalPermissionPrompts`),
 * the background's fetch with that permission, a new version through "Update now", and every kind of
 * failed update keeping the last good pack with the reason shown.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackRelease, generatePackKey, type PackKeyFile } from '../../lib/packs/pack-publish';
import type { PackContent } from '../../lib/packs/packs';
import { type PackServer, startPackServer } from '../../scripts/lib/pack-server';
import { type FirefoxHarness, startFirefoxHarness } from './harness';
import { ArticlePage } from './pages/article';

let harness: FirefoxHarness;
let server: PackServer;
let key: PackKeyFile;
let otherKey: PackKeyFile;
let tsmc: Record<string, unknown> & { claims: Record<string, unknown>[] };

const NEW_CLAIM = 'TSMC Arizona may also borrow up to $5 billion in proposed CHIPS Act loans.';

function content(version: number, withNewClaim: boolean): PackContent {
  const [first] = tsmc.claims;
  const claims = withNewClaim
    ? [first, { ...first, id: 'tsmc-arizona-chips-loans', statement: NEW_CLAIM, keywords: ['loans'] }]
    : [first];
  return {
    id: 'chips',
    name: 'Chip makers',
    version,
    published: '2026-12-06',
    topics: [{ ...tsmc, claims }],
  };
}

async function publish(pack: PackContent, earlier: PackContent[] = [], signer = key) {
  const release = await buildPackRelease(pack, signer, earlier);
  server.publish(release.files);
  return release;
}

beforeAll(async () => {
  harness = await startFirefoxHarness({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  server = await startPackServer();
  key = await generatePackKey();
  otherKey = await generatePackKey();
  tsmc = JSON.parse(await readFile('tests/fixtures/custom-topics/tsmc.json', 'utf8'));
  await publish(content(1, false));
});

afterAll(async () => {
  await harness?.close();
  await server?.close();
});

/** Every highlighted text, whatever topic (a pack's topic takes a colour slot of its own). */
async function highlightedTexts(article: ArticlePage): Promise<string[]> {
  return article.page.evaluate(() => {
    const found: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('caveat-') || name === 'caveat-active') continue;
      for (const abstract of highlight) {
        if (!abstract.startContainer.isConnected) continue;
        const range = document.createRange();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        found.push(range.toString());
      }
    }
    return found;
  });
}

async function packSiteAllowed(page: Page): Promise<boolean> {
  return page.evaluate(() => browser.permissions.contains({ origins: ['http://127.0.0.1/*'] }));
}

async function fill(page: Page, label: string, value: string): Promise<void> {
  const id = await page.evaluate(
    (text: string) =>
      [...document.querySelectorAll('label')].find((l) => l.textContent === text)?.htmlFor ?? '',
    label,
  );
  if (!id) throw new Error(`No field labelled "${label}"`);
  await page.type(`[id="${id}"]`, value);
}

const itemText = (page: Page) => page.$eval('.caveat-pack', (element) => element.textContent ?? '');
const alertText = (page: Page) =>
  page.evaluate(() => document.querySelector('.caveat-pack [role="alert"]')?.textContent ?? '');
const storedPackTopics = (page: Page) => page.evaluate(() => browser.storage.local.get('packTopics'));

let article: ArticlePage;
let options: Page;

describe('a topic pack in Firefox', () => {
  it('asks for the pack site at the click on Subscribe, then its topic highlights on an open tab', async () => {
    article = new ArticlePage(await harness.openPage('/fixtures/tsmc-article.html'));
    await article.waitForHighlights(1);
    expect(await highlightedTexts(article)).not.toContain('TSMC');
    // A cookie of 127.0.0.1 (every port): a request with credentials would carry it.
    await article.page.evaluate(() => {
      // biome-ignore lint/suspicious/noDocumentCookie: the test page sets a cookie as a site would.
      document.cookie = 'reader=secret; path=/';
    });

    options = await harness.openExtensionPage('options.html');
    await options.waitForSelector('.caveat-pack-form');
    expect(await packSiteAllowed(options)).toBe(false);
    await fill(options, 'Address of the pack’s index', server.indexUrl);
    await fill(options, 'Publisher’s public key (base64)', key.publicKey);
    await options.click('.caveat-pack-form button[type="submit"]');
    await options.waitForSelector('.caveat-pack', { timeout: 15_000 });
    expect(await itemText(options)).toContain('Version 1 of 2026-12-06 · 1 claim · latest review 2026-12-01');
    expect(await packSiteAllowed(options)).toBe(true);

    await expect
      .poll(() => highlightedTexts(article), { timeout: 10_000, interval: 100 })
      .toEqual(expect.arrayContaining(['TSMC']));
  });

  it('shows the new claim of a newly published version after “Update now”', async () => {
    await publish(content(2, true), [content(1, false)]);
    await options.click('[aria-label="Update Chip makers now"]');
    await expect
      .poll(() => itemText(options), { timeout: 15_000, interval: 100 })
      .toContain('Version 2 of 2026-12-06 · 2 claims');
    expect(await itemText(options)).toMatch(/Updated from version 1 to 2/);
    const search = await harness.openExtensionPage(
      `search.html?q=${encodeURIComponent('TSMC proposed loans')}`,
    );
    await expect
      .poll(() => search.evaluate(() => document.body.textContent ?? ''), { timeout: 10_000, interval: 100 })
      .toContain(NEW_CLAIM);
    await search.close();
  });

  const failures: [string, () => Promise<void>, RegExp][] = [
    [
      'a tampered pack',
      async () => {
        const release = await publish(content(3, true));
        server.publish(
          release.files.map((file) => {
            if (!file.file.endsWith('.pack.json')) return file;
            const pack = JSON.parse(file.text);
            pack.pack.topics[0].claims[0].verdict = 'supported';
            return { ...file, text: JSON.stringify(pack) };
          }),
        );
      },
      /is not the one its index names \(.*\): the file was changed or cut short/,
    ],
    [
      'a pack signed with another key',
      () => publish(content(3, true), [], otherKey).then(() => undefined),
      /signature does not match the subscription’s public key/,
    ],
    [
      'an older version',
      () => publish(content(1, false)).then(() => undefined),
      /offers version 1, older than version 2 in use/,
    ],
    [
      'a server that answers 500',
      async () => {
        await publish(content(3, true));
        server.fail('index.json', 500);
      },
      /The server answered 500 Internal Server Error instead of the file/,
    ],
    [
      'a server that never answers',
      async () => {
        await publish(content(3, true));
        server.fail('index.json', 'hang');
      },
      /The server did not answer within 10 seconds/,
    ],
  ];

  for (const [name, serve, reason] of failures) {
    it(`keeps version 2 in use after ${name}, and says why`, async () => {
      const before = await storedPackTopics(options);
      const checksBefore = server.requests.length;
      await serve();
      await options.click('[aria-label="Update Chip makers now"]');
      await expect
        .poll(() => server.requests.length, { timeout: 5_000, interval: 50 })
        .toBeGreaterThan(checksBefore);
      await expect.poll(() => alertText(options), { timeout: 20_000, interval: 100 }).toMatch(reason);
      expect(await alertText(options)).toMatch(/Still using version 2\.$/);
      expect(await itemText(options)).toContain('Version 2 of 2026-12-06 · 2 claims');
      expect(await storedPackTopics(options)).toEqual(before);
      expect(await highlightedTexts(article)).toContain('TSMC');
      if (name === 'a tampered pack') await harness.screenshot(options, 'pack-update-failed');
      server.fail('index.json', undefined);
    }, 30_000);
  }

  it('sent only GETs for the index and the pack, with no cookie, no referrer and no query', () => {
    expect(server.requests.length).toBeGreaterThan(5);
    for (const request of server.requests) {
      expect(request.method).toBe('GET');
      expect(request.url).toMatch(/^\/pack\/(index\.json|chips-\d+(-to-\d+)?\.(pack|diff)\.json)$/);
      expect(request.headers.cookie).toBeUndefined();
      expect(request.headers.referer).toBeUndefined();
    }
    expect(harness.outsideRequests).toEqual([]);
  });

  it('removes the subscription, gives back the site’s permission, and its topic leaves the open tab', async () => {
    await options.click('[aria-label="Remove the subscription to Chip makers"]');
    await expect.poll(() => options.$('.caveat-pack'), { timeout: 10_000, interval: 100 }).toBeNull();
    await expect.poll(() => packSiteAllowed(options), { timeout: 5_000, interval: 100 }).toBe(false);
    await expect
      .poll(() => highlightedTexts(article), { timeout: 10_000, interval: 100 })
      .not.toContain('TSMC');
    expect(harness.pageErrors).toEqual([]);
  });
});
