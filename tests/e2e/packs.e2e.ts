/**
 * Topic-pack subscriptions in the built extension in Chromium, against a pack server on 127.0.0.1:
 * subscribe and see the pack's topic on an open tab, publish a new version and update, and every
 * kind of failed update leaving the last good pack in use with the reason shown.
 *
 * Chromium shows its permission prompt for an optional host permission in a browser dialog that
 * automation cannot answer, so these tests answer it: the options page's
 * `chrome.permissions.request` is replaced before the page loads by one that records what was asked
 * and grants it. The tests check that nothing is asked before the reader subscribes and that the
 * pack's origin is asked at the click; the fetch itself runs as it does for a reader (Chromium
 * already lets the background reach the pages the content script runs on).
 * docs/decisions/0018-signed-topic-packs.md says what is and is not covered.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackRelease, generatePackKey, type PackKeyFile } from '../../lib/packs/pack-publish';
import type { PackContent } from '../../lib/packs/packs';
import { type PackServer, startPackServer } from '../../scripts/lib/pack-server';
import { type Harness, startHarness } from './harness';
import { ArticlePage } from './pages/article';

let harness: Harness;
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
  harness = await startHarness();
  server = await startPackServer();
  key = await generatePackKey();
  otherKey = await generatePackKey();
  tsmc = JSON.parse(await readFile('tests/fixtures/custom-topics/tsmc.json', 'utf8'));
  await publish(content(1, false));
  // A cookie the pack's site has set: a request with credentials would carry it.
  await harness.browser.context.addCookies([{ name: 'reader', value: 'secret', url: server.origin }]);
  await harness.browser.context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    const asked: unknown[] = [];
    Object.defineProperty(window, '__permissionRequests', { value: asked });
    chrome.permissions.request = ((request: unknown) => {
      asked.push(request);
      return Promise.resolve(true);
    }) as typeof chrome.permissions.request;
  });
});

afterAll(async () => {
  await harness?.close();
  await server?.close();
});

async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
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

const storedPackTopics = () => harness.worker.evaluate(() => chrome.storage.local.get('packTopics'));

let article: ArticlePage;
let options: Page;

describe('a topic pack', () => {
  it('asks for the pack site only when subscribing, and its topic highlights on an open tab at once', async () => {
    article = new ArticlePage(await harness.openPage('/fixtures/tsmc-article.html'));
    await article.waitForHighlights(1);
    expect(await highlightedTexts(article.page)).not.toContain('TSMC');

    options = await harness.openPage(harness.extensionUrl('options.html'));
    await options.getByRole('heading', { name: 'Topic packs' }).waitFor();
    expect(
      await options.evaluate(
        () => (window as never as { __permissionRequests: unknown[] }).__permissionRequests,
      ),
    ).toEqual([]);
    await options.getByLabel('Address of the pack’s index').fill(server.indexUrl);
    await options.getByLabel('Publisher’s public key (base64)').fill(key.publicKey);
    await options.getByRole('button', { name: 'Subscribe' }).click();
    await options.getByText('Subscribed: version 1 checked and in use.').first().waitFor();
    expect(
      await options.evaluate(
        () => (window as never as { __permissionRequests: unknown[] }).__permissionRequests,
      ),
    ).toEqual([{ origins: ['http://127.0.0.1/*'] }]);
    const item = options.getByRole('list', { name: 'Your subscriptions' }).getByRole('listitem');
    expect(await item.textContent()).toContain(
      'Version 1 of 2026-12-06 · 1 claim · latest review 2026-12-01',
    );
    expect(await item.textContent()).toContain('Topics: TSMC');
    await options.getByText('From Chip makers').waitFor();

    await expect
      .poll(() => highlightedTexts(article.page), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['TSMC']));
    const card = await article.hover('TSMC');
    expect(card.statements).toContain(tsmc.claims[0]?.statement);
    await article.page.keyboard.press('Escape');
  });

  it('shows the new claim of a newly published version after “Update now”', async () => {
    await publish(content(2, true), [content(1, false)]);
    await options.getByRole('button', { name: 'Update Chip makers now' }).click();
    await options.getByText(/Updated from version 1 to 2/).waitFor();
    const item = options.getByRole('list', { name: 'Your subscriptions' }).getByRole('listitem');
    await expect.poll(() => item.textContent()).toContain('Version 2 of 2026-12-06 · 2 claims');
    const search = await harness.openPage(
      harness.extensionUrl(`search.html?q=${encodeURIComponent('TSMC proposed loans')}`),
    );
    const results = search.getByRole('list', { name: /results/i });
    await results.waitFor();
    await expect.poll(() => results.textContent()).toContain(NEW_CLAIM);
    await search.close();
  });

  const failures: [string, () => Promise<void>, RegExp][] = [
    [
      'a tampered pack',
      async () => {
        const release = await publish(content(3, true));
        const files = release.files.map((file) => {
          if (!file.file.endsWith('.pack.json')) return file;
          const pack = JSON.parse(file.text);
          pack.pack.topics[0].claims[0].verdict = 'supported';
          return { ...file, text: JSON.stringify(pack) };
        });
        server.publish(files);
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
      const before = await storedPackTopics();
      await serve();
      await options.getByRole('button', { name: 'Update Chip makers now' }).click();
      const item = options.getByRole('list', { name: 'Your subscriptions' }).getByRole('listitem');
      const alert = item.getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toMatch(reason);
      expect(await alert.textContent()).toMatch(/Still using version 2\.$/);
      expect(await item.textContent()).toContain('Version 2 of 2026-12-06 · 2 claims');
      expect(await storedPackTopics()).toEqual(before);
      expect(await highlightedTexts(article.page)).toContain('TSMC');
      if (name === 'a tampered pack') {
        await item.scrollIntoViewIfNeeded();
        await harness.screenshot(options, 'pack-update-failed');
      }
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
    expect(server.requests.map((request) => request.url)).toEqual(
      expect.arrayContaining(['/pack/index.json', '/pack/chips-1.pack.json']),
    );
    expect(harness.outsideRequests).toEqual([]);
  });

  it('removes the subscription and its topic leaves the open tab', async () => {
    await options.getByRole('button', { name: 'Remove the subscription to Chip makers' }).click();
    await options.getByText('No subscriptions. The built-in knowledge base works without any.').waitFor();
    await expect.poll(() => highlightedTexts(article.page), { timeout: 10_000 }).not.toContain('TSMC');
    expect(harness.pageErrors).toEqual([]);
  });
});
