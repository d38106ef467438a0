import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILT_IN_TOPIC_FILES } from '../../../data/kb.ts';
import { buildPackRelease, generatePackKey, type PackKeyFile } from '../../../lib/packs/pack-publish.ts';
import { PACK_CHECK_TEXTS } from '../../../lib/packs/pack-subscriptions.ts';
import { canonicalJson, PACK_MESSAGES, type PackContent, sha256Hex } from '../../../lib/packs/packs.ts';
import { packMatchingItem, packTopicsItem } from '../../../platform/custom-topics-item.ts';
import {
  fetchAndCheck,
  packSubscriptionsItem,
  removePack,
  subscribeToPack,
  updatePack,
} from '../../../platform/packs.ts';
import { claim, topic } from '../topic-json';

const INDEX = 'https://packs.example.org/chips/index.json';

function content(version: number, statements: string[]): PackContent {
  return {
    id: 'chips',
    name: 'Chip makers',
    version,
    published: '2026-12-06',
    topics: [
      topic({
        id: 'tsmc',
        name: 'TSMC',
        aliases: ['TSMC'],
        claims: statements.map((statement, i) =>
          claim({ id: `tsmc-${i}`, statement, reviewed: '2026-12-01', keywords: ['TSMC'] }),
        ),
      }),
    ],
  };
}

/** A pack server held in memory: each path answers with a text or a status. */
let files: Map<string, { status: number; body: string }>;
let requests: { url: string; init: RequestInit | undefined }[];
let key: PackKeyFile;
let otherKey: PackKeyFile;

async function publish(pack: PackContent, earlier: PackContent[] = [], signer = key) {
  const release = await buildPackRelease(pack, signer, earlier);
  for (const file of release.files)
    files.set(`https://packs.example.org/chips/${file.file}`, { status: 200, body: file.text });
  return release;
}

beforeAll(async () => {
  key = await generatePackKey();
  otherKey = await generatePackKey();
});

beforeEach(() => {
  fakeBrowser.reset();
  files = new Map();
  requests = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    requests.push({ url, init });
    const file = files.get(url);
    if (!file) return new Response('not found', { status: 404, statusText: 'Not Found' });
    return new Response(file.body, { status: file.status });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function storedState() {
  return { subscriptions: await packSubscriptionsItem.getValue(), topics: await packTopicsItem.getValue() };
}

async function subscribed() {
  await publish(content(1, ['TSMC builds chips in Arizona.']));
  expect(await subscribeToPack(INDEX, key.publicKey)).toEqual({
    ok: true,
    message: PACK_CHECK_TEXTS.added(1),
  });
  return storedState();
}

describe('subscribing', () => {
  it('keeps a pack that passes every check and puts its topics where every page reads them', async () => {
    const state = await subscribed();
    expect(state.topics).toMatchObject({ version: 1, topics: [{ id: 'tsmc' }] });
    // Every page's content script reads only the matching part.
    expect(await packMatchingItem.getValue()).toEqual({
      version: 1,
      topics: [{ id: 'tsmc', name: 'TSMC', aliases: ['TSMC'], contextTerms: [] }],
    });
    expect(state.subscriptions?.subscriptions[0]).toMatchObject({
      indexUrl: INDEX,
      checkEvery: 'daily',
      pack: { content: { version: 1 } },
      lastCheck: { ok: true, message: 'Subscribed: version 1 checked and in use.' },
    });
  });

  it('asks only for the index and the pack, with no cookies, no referrer, no cache and no redirect', async () => {
    await subscribed();
    expect(requests.map((request) => request.url)).toEqual([
      INDEX,
      'https://packs.example.org/chips/chips-1.pack.json',
    ]);
    for (const { init } of requests) {
      expect(init).toMatchObject({
        method: 'GET',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        redirect: 'error',
      });
    }
  });

  it('keeps nothing when the first download fails, and says why', async () => {
    await publish(content(1, ['TSMC builds chips.']), [], otherKey);
    expect(await subscribeToPack(INDEX, key.publicKey)).toEqual({
      ok: false,
      message: PACK_MESSAGES.signature,
    });
    expect(await storedState()).toEqual({ subscriptions: null, topics: null });
  });
});

describe('updating', () => {
  it('takes a new version, from a diff when the index has one', async () => {
    await subscribed();
    const kept = Array.from({ length: 10 }, (_, i) => `Kept claim ${i} about TSMC.`);
    await publish(content(2, ['TSMC builds chips in Arizona.', ...kept]), []);
    expect(await updatePack(INDEX)).toEqual({ ok: true, message: PACK_CHECK_TEXTS.updated(1, 2, false) });
    const v2 = content(2, ['TSMC builds chips in Arizona.', ...kept]);
    await publish(content(3, ['TSMC builds chips in Arizona.', ...kept, 'A new claim about TSMC.']), [v2]);
    requests = [];
    expect(await updatePack(INDEX)).toEqual({ ok: true, message: PACK_CHECK_TEXTS.updated(2, 3, true) });
    expect(requests.map((request) => request.url)).toEqual([
      INDEX,
      'https://packs.example.org/chips/chips-2-to-3.diff.json',
    ]);
    const topics = (await packTopicsItem.getValue())?.topics as unknown as {
      claims: { statement: string }[];
    }[];
    expect(topics[0]?.claims.at(-1)?.statement).toBe('A new claim about TSMC.');
  });

  it('says it is up to date and fetches only the index when nothing changed', async () => {
    await subscribed();
    requests = [];
    expect(await updatePack(INDEX)).toEqual({ ok: true, message: PACK_CHECK_TEXTS.upToDate(1) });
    expect(requests.map((request) => request.url)).toEqual([INDEX]);
  });

  const failures: [string, () => Promise<void>, RegExp][] = [
    [
      'a pack changed after signing',
      async () => {
        const release = await publish(content(2, ['TSMC builds chips in Arizona.', 'New.']));
        const file = JSON.parse(release.files[0]?.text ?? '');
        file.pack.topics[0].claims[1].statement = 'Tampered.';
        const sha = await sha256Hex(canonicalJson(file.pack));
        files.set('https://packs.example.org/chips/chips-2.pack.json', {
          status: 200,
          body: JSON.stringify(file),
        });
        const index = { ...release.index, latest: { ...release.index.latest, sha256: sha } };
        files.set(INDEX, { status: 200, body: JSON.stringify(index) });
      },
      /signature does not match/,
    ],
    [
      'a pack signed with another key',
      () => publish(content(2, ['Other key.']), [], otherKey).then(() => undefined),
      /signature does not match/,
    ],
    [
      'a pack whose hash is not the index’s',
      async () => {
        const release = await publish(content(2, ['New.']));
        const index = { ...release.index, latest: { ...release.index.latest, sha256: 'a'.repeat(64) } };
        files.set(INDEX, { status: 200, body: JSON.stringify(index) });
      },
      /not the one its index names/,
    ],
    [
      'an older version',
      async () => {
        files.clear();
        await publish(content(1, ['TSMC builds chips in Arizona.']));
        // The subscription holds version 2 by now; the server goes back to version 1.
      },
      /offers version 1, older than version 2 in use/,
    ],
    [
      'a signed pack that breaks a kb validate rule',
      () =>
        publish({
          ...content(2, ['x']),
          topics: [
            topic({
              id: 'tsmc',
              aliases: ['TSMC'],
              claims: [claim({ id: 'x', sources: [], reviewed: '2026-12-01' })],
            }),
          ],
        }).then(() => undefined),
      /sources: needs at least one source/,
    ],
    [
      'a server error',
      async () => {
        files.set(INDEX, { status: 500, body: 'oops' });
      },
      /The server answered 500/,
    ],
  ];

  for (const [name, serve, reason] of failures) {
    it(`keeps the pack in use and says why after ${name}`, async () => {
      await subscribed();
      if (name === 'an older version') {
        await publish(content(2, ['TSMC builds chips in Arizona.', 'Second.']));
        await updatePack(INDEX);
      }
      const before = await storedState();
      await serve();
      const result = await updatePack(INDEX);
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(reason);
      expect(result.message).toMatch(/^Update failed: .* Still using version \d\.$/);
      const after = await storedState();
      expect(after.topics).toEqual(before.topics);
      expect(after.subscriptions?.subscriptions[0]?.pack).toEqual(
        before.subscriptions?.subscriptions[0]?.pack,
      );
      expect(after.subscriptions?.subscriptions[0]?.lastCheck).toMatchObject({
        ok: false,
        message: result.message,
      });
    });
  }

  it('gives up on a server that does not answer, after the time-out', async () => {
    vi.stubGlobal(
      'fetch',
      (_url: string, init?: RequestInit) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const result = await fetchAndCheck(
      INDEX,
      key.publicKey,
      undefined,
      { builtIn: BUILT_IN_TOPIC_FILES, others: [] },
      50,
    );
    expect(result).toEqual({ ok: false, message: PACK_CHECK_TEXTS.timeout(0.05) });
  });

  it('removes a subscription and its topics', async () => {
    await subscribed();
    expect(await removePack(INDEX)).toMatchObject({ ok: true });
    expect(await storedState()).toEqual({
      subscriptions: { version: 1, subscriptions: [] },
      topics: { version: 1, topics: [] },
    });
  });
});
