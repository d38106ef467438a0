import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_TOPIC_FILES } from '../../../data/kb.ts';
import {
  buildPackRelease,
  generatePackKey,
  type PackKeyFile,
  signPack,
} from '../../../lib/packs/pack-publish.ts';
import {
  applyPackDiff,
  canonicalJson,
  checkIndexUrl,
  checkPackDiff,
  checkPackFile,
  diffPackContent,
  type InstalledPack,
  PACK_MESSAGES,
  type PackCheck,
  type PackContent,
  type PackIndex,
  packFileUrl,
  planUpdate,
  readPackIndex,
  readSubscriptionFile,
  sha256Hex,
} from '../../../lib/packs/packs.ts';
import { claim, topic } from '../topic-json';

const context = { builtIn: BUILT_IN_TOPIC_FILES, others: [], today: '2026-12-06' };

const tsmcClaim = (id: string, statement: string) =>
  claim({ id, statement, keywords: ['TSMC'], reviewed: '2026-12-01' });

function content(
  version: number,
  claims = [tsmcClaim('tsmc-one', 'TSMC builds chips in Arizona.')],
): PackContent {
  return {
    id: 'chips',
    name: 'Chip makers',
    version,
    published: '2026-12-06',
    topics: [topic({ id: 'tsmc', name: 'TSMC', aliases: ['TSMC'], claims })],
  };
}

let key: PackKeyFile;
let otherKey: PackKeyFile;

beforeAll(async () => {
  key = await generatePackKey();
  otherKey = await generatePackKey();
});

async function installed(pack: PackContent): Promise<InstalledPack> {
  return { content: pack, sha256: await sha256Hex(canonicalJson(pack)) };
}

async function packText(pack: PackContent, signer = key): Promise<string> {
  return JSON.stringify(await signPack(pack, signer));
}

function failure(check: PackCheck): { failure: string; message: string } | 'accepted' {
  return check.ok ? 'accepted' : { failure: check.failure, message: check.message };
}

describe('checkPackFile', () => {
  it('accepts a pack signed by the subscription’s key whose hash is the index’s', async () => {
    const pack = content(1);
    const sha = await sha256Hex(canonicalJson(pack));
    const check = await checkPackFile(await packText(pack), sha, key.publicKey, undefined, context);
    expect(check.ok && check.topics.map((t) => t.id)).toEqual(['tsmc']);
    expect(check.ok && check.pack).toEqual({ content: pack, sha256: sha });
  });

  it('refuses a pack signed with another key, saying so, and leaves the installed pack as it was', async () => {
    const have = await installed(content(1));
    const before = structuredClone(have);
    const next = content(2, [tsmcClaim('tsmc-one', 'TSMC builds no chips at all.')]);
    const sha = await sha256Hex(canonicalJson(next));
    const check = await checkPackFile(await packText(next, otherKey), sha, key.publicKey, have, context);
    expect(failure(check)).toEqual({ failure: 'signature', message: PACK_MESSAGES.signature });
    expect(have).toEqual(before);
  });

  it('refuses a pack changed after signing even when the index names the changed hash', async () => {
    const file = await signPack(content(2), key);
    const tampered = { ...file, pack: content(2, [tsmcClaim('tsmc-one', 'TSMC builds no chips at all.')]) };
    const sha = await sha256Hex(canonicalJson(tampered.pack));
    const check = await checkPackFile(JSON.stringify(tampered), sha, key.publicKey, undefined, context);
    expect(failure(check)).toEqual({ failure: 'signature', message: PACK_MESSAGES.signature });
  });

  it('refuses a pack whose hash is not the one its index names', async () => {
    const pack = content(2);
    const sha = await sha256Hex(canonicalJson(content(3)));
    const check = await checkPackFile(await packText(pack), sha, key.publicKey, undefined, context);
    const actual = await sha256Hex(canonicalJson(pack));
    expect(failure(check)).toEqual({ failure: 'hash', message: PACK_MESSAGES.hash(sha, actual) });
    expect(PACK_MESSAGES.hash(sha, actual)).toMatch(/not the one its index names.*changed or cut short/);
  });

  it('refuses an older version than the installed one, and the same version with other content', async () => {
    const have = await installed(content(3));
    const older = content(2);
    const olderCheck = await checkPackFile(
      await packText(older),
      await sha256Hex(canonicalJson(older)),
      key.publicKey,
      have,
      context,
    );
    expect(failure(olderCheck)).toEqual({ failure: 'older', message: PACK_MESSAGES.older(2, 3) });
    expect(PACK_MESSAGES.older(2, 3)).toBe(
      'The server offers version 2, older than version 3 in use; a pack never goes back to an older version.',
    );
    const changed = content(3, [tsmcClaim('tsmc-one', 'Changed without a new version.')]);
    const sameCheck = await checkPackFile(
      await packText(changed),
      await sha256Hex(canonicalJson(changed)),
      key.publicKey,
      have,
      context,
    );
    expect(failure(sameCheck)).toEqual({ failure: 'same-version', message: PACK_MESSAGES.sameVersion(3) });
  });

  it('refuses a signed pack whose topics break a kb validate rule, with the kb validate line', async () => {
    const pack = content(1, [claim({ id: 'tsmc-one', sources: [], reviewed: '2026-12-01' })]);
    const sha = await sha256Hex(canonicalJson(pack));
    const check = await checkPackFile(await packText(pack), sha, key.publicKey, undefined, context);
    expect(failure(check)).toEqual({
      failure: 'schema',
      message: 'The pack has a problem: Chip makers (topic 1): tsmc-one: sources: needs at least one source',
    });
  });

  it('refuses a pack topic that takes an alias of a built-in topic it does not replace', async () => {
    const pack = content(1);
    const taking = {
      ...pack,
      topics: [topic({ id: 'tsmc', aliases: ['Nvidia'], claims: [tsmcClaim('t', 'x')] })],
    };
    const sha = await sha256Hex(canonicalJson(taking));
    const check = await checkPackFile(await packText(taking), sha, key.publicKey, undefined, context);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toContain('alias "Nvidia" is also claimed by topic nvidia');
  });

  it('lets a pack topic with a built-in topic’s id replace that topic', async () => {
    const nvidia = structuredClone(BUILT_IN_TOPIC_FILES[1]?.json) as { claims: unknown[] };
    const pack: PackContent = { ...content(1), topics: [nvidia] };
    const sha = await sha256Hex(canonicalJson(pack));
    const check = await checkPackFile(await packText(pack), sha, key.publicKey, undefined, context);
    expect(check.ok && check.topics.map((t) => t.id)).toEqual(['nvidia']);
  });

  it('refuses what is not JSON, not a pack, or a newer format, with a sentence for each', async () => {
    const sha = '0'.repeat(64);
    expect(failure(await checkPackFile('{', sha, key.publicKey, undefined, context))).toMatchObject({
      failure: 'not-json',
      message: expect.stringMatching(/^The pack is not valid JSON/),
    });
    expect(
      failure(await checkPackFile('{"kind":"other"}', sha, key.publicKey, undefined, context)),
    ).toMatchObject({
      failure: 'not-a-pack',
    });
    expect(
      failure(
        await checkPackFile('{"kind":"caveat-pack","format":9}', sha, key.publicKey, undefined, context),
      ),
    ).toEqual({ failure: 'newer-format', message: PACK_MESSAGES.newerFormat('pack', 9) });
  });

  it('refuses a public key that is not an Ed25519 key', async () => {
    const pack = content(1);
    const sha = await sha256Hex(canonicalJson(pack));
    const check = await checkPackFile(await packText(pack), sha, 'bm90IGEga2V5', undefined, context);
    expect(failure(check)).toEqual({ failure: 'bad-key', message: PACK_MESSAGES.badKey });
  });
});

describe('diffs', () => {
  // Claims that stay as they are, so that a diff is smaller than the pack.
  const unchanged = Array.from({ length: 12 }, (_, i) => tsmcClaim(`tsmc-kept-${i}`, `Kept claim ${i}.`));
  const v1 = content(1, [
    tsmcClaim('tsmc-one', 'One.'),
    tsmcClaim('tsmc-two', 'Two.'),
    tsmcClaim('tsmc-three', 'Three.'),
    ...unchanged,
  ]);
  const v2: PackContent = {
    ...content(2, [
      tsmcClaim('tsmc-zero', 'Zero, new.'),
      tsmcClaim('tsmc-one', 'One, corrected.'),
      tsmcClaim('tsmc-three', 'Three.'),
      tsmcClaim('tsmc-four', 'Four, new.'),
    ]),
    topics: [
      ...content(2, [
        tsmcClaim('tsmc-zero', 'Zero, new.'),
        tsmcClaim('tsmc-one', 'One, corrected.'),
        tsmcClaim('tsmc-three', 'Three.'),
        ...unchanged,
        tsmcClaim('tsmc-four', 'Four, new.'),
      ]).topics,
      topic({
        id: 'asml',
        name: 'ASML',
        aliases: ['ASML'],
        claims: [claim({ id: 'asml-one', reviewed: '2026-11-01' })],
      }),
    ],
  };

  it('says a change as per-claim operations', () => {
    expect(diffPackContent(v1, v2)?.map((op) => op.op)).toEqual([
      'remove-claim',
      'replace-claim',
      'add-claim',
      'add-claim',
      'add-topic',
    ]);
  });

  it('a diff applies to the same result as the full pack, and is accepted as it', async () => {
    const release = await buildPackRelease(v2, key, [v1]);
    const diffFile = release.files.find((file) => file.file.endsWith('.diff.json'));
    expect(diffFile?.file).toBe('chips-1-to-2.diff.json');
    const have = await installed(v1);
    const applied = applyPackDiff(have, JSON.parse(diffFile?.text ?? ''));
    expect(applied.ok && canonicalJson(applied.content)).toBe(canonicalJson(v2));
    const viaDiff = await checkPackDiff(diffFile?.text ?? '', release.sha256, key.publicKey, have, context);
    const full = await checkPackFile(
      release.files[0]?.text ?? '',
      release.sha256,
      key.publicKey,
      have,
      context,
    );
    expect(viaDiff).toEqual(full);
    expect(viaDiff.ok).toBe(true);
  });

  it('refuses a diff made for another base, naming both', async () => {
    const release = await buildPackRelease(v2, key, [v1]);
    const diffText = release.files.find((file) => file.file.endsWith('.diff.json'))?.text ?? '';
    const other = await installed(content(1));
    const check = await checkPackDiff(diffText, release.sha256, key.publicKey, other, context);
    expect(failure(check)).toMatchObject({ failure: 'diff' });
    expect(!check.ok && check.message).toMatch(/^The diff cannot be applied: it is made for version 1 \(/);
  });

  it('refuses a diff whose changes were tampered with: the result has another hash', async () => {
    const release = await buildPackRelease(v2, key, [v1]);
    const diff = JSON.parse(release.files.find((file) => file.file.endsWith('.diff.json'))?.text ?? '');
    diff.ops[1].claim.statement = 'One, tampered.';
    const check = await checkPackDiff(
      JSON.stringify(diff),
      release.sha256,
      key.publicKey,
      await installed(v1),
      context,
    );
    expect(failure(check)).toMatchObject({ failure: 'hash' });
  });

  it('writes no diff that is not smaller than the pack', async () => {
    const small = content(2, [tsmcClaim('tsmc-other', 'Another.')]);
    const release = await buildPackRelease(small, key, [content(1)]);
    expect(release.files.map((file) => file.file)).toEqual(['chips-2.pack.json', 'index.json']);
    expect(release.index.diffs).toEqual([]);
  });

  it('applies to the same result as the new content for any change of claims (property)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const claims = fc
      .uniqueArray(fc.constantFrom(...ids), { maxLength: 6 })
      .chain((chosen) =>
        fc.tuple(
          fc.constant(chosen),
          fc.array(fc.boolean(), { minLength: chosen.length, maxLength: chosen.length }),
        ),
      );
    fc.assert(
      fc.property(claims, claims, ([before, beforeEdits], [after, afterEdits]) => {
        const make = (list: string[], edits: boolean[], version: number) =>
          content(
            version,
            list.map((id, i) => tsmcClaim(`c-${id}`, edits[i] ? `${id} edited` : id)),
          );
        const from = make(before, beforeEdits, 1);
        const to = make(after, afterEdits, 2);
        const ops = diffPackContent(from, to);
        if (!ops) return; // another order: the full pack is sent instead
        const result = applyPackDiff(
          { content: from, sha256: 'f'.repeat(64) },
          { from: { version: 1, sha256: 'f'.repeat(64) }, meta: to, ops },
        );
        expect(result.ok && canonicalJson(result.content)).toBe(canonicalJson(to));
      }),
    );
  });
});

describe('planUpdate', () => {
  const index = (version: number, sha256: string, diffs: PackIndex['diffs'] = []): PackIndex => ({
    kind: 'caveat-pack-index',
    format: 1,
    id: 'chips',
    name: 'Chip makers',
    latest: { version, sha256, file: `chips-${version}.pack.json`, bytes: 1000 },
    diffs,
  });

  it('fetches nothing when the index names the installed hash', async () => {
    const have = await installed(content(2));
    expect(planUpdate(index(2, have.sha256), have)).toEqual({ kind: 'up-to-date' });
  });

  it('refuses an index that offers an older version', async () => {
    const have = await installed(content(3));
    expect(planUpdate(index(2, 'a'.repeat(64)), have)).toEqual({
      kind: 'refuse',
      failure: 'older',
      message: PACK_MESSAGES.older(2, 3),
    });
  });

  it('takes the diff from the installed version when there is one, else the pack', async () => {
    const have = await installed(content(2));
    const diffs = [{ from: { version: 2, sha256: have.sha256 }, file: 'chips-2-to-3.diff.json', bytes: 100 }];
    expect(planUpdate(index(3, 'b'.repeat(64), diffs), have)).toEqual({
      kind: 'download',
      pack: 'chips-3.pack.json',
      diff: 'chips-2-to-3.diff.json',
    });
    expect(planUpdate(index(3, 'b'.repeat(64), diffs), undefined)).toEqual({
      kind: 'download',
      pack: 'chips-3.pack.json',
    });
  });
});

describe('addresses and files', () => {
  it('takes https, and http only from this computer, without a user name', () => {
    expect(checkIndexUrl('https://packs.example.org/caveat/index.json#x')).toEqual({
      ok: true,
      url: 'https://packs.example.org/caveat/index.json',
      origin: 'https://packs.example.org',
      pattern: 'https://packs.example.org/*',
    });
    expect(checkIndexUrl('http://127.0.0.1:8080/index.json')).toMatchObject({
      ok: true,
      pattern: 'http://127.0.0.1/*',
    });
    expect(checkIndexUrl('http://example.org/index.json')).toEqual({
      ok: false,
      message: PACK_MESSAGES.url.scheme,
    });
    expect(checkIndexUrl('https://me:pw@example.org/i.json')).toEqual({
      ok: false,
      message: PACK_MESSAGES.url.credentials,
    });
    expect(checkIndexUrl('not a url')).toEqual({ ok: false, message: PACK_MESSAGES.url.invalid });
  });

  it('fetches only files on the index’s own origin', () => {
    expect(packFileUrl('https://a.example/p/index.json', 'chips-2.pack.json')).toEqual({
      ok: true,
      url: 'https://a.example/p/chips-2.pack.json',
    });
    expect(packFileUrl('https://a.example/p/index.json', 'https://b.example/x.json')).toEqual({
      ok: false,
      message: PACK_MESSAGES.url.sameOrigin('https://b.example/x.json'),
    });
  });

  it('reads an index and a subscription file, and says what is wrong with a bad one', async () => {
    const release = await buildPackRelease(content(1), key, []);
    const text = release.files.at(-1)?.text ?? '';
    expect(readPackIndex(text)).toEqual({ ok: true, value: release.index });
    expect(readPackIndex('{"kind":"caveat-pack-index","format":1}')).toMatchObject({
      ok: false,
      failure: 'not-a-pack',
    });
    const subscription = {
      kind: 'caveat-pack-subscription',
      format: 1,
      index: 'https://a.example/i.json',
      publicKey: key.publicKey,
    };
    expect(readSubscriptionFile(JSON.stringify(subscription))).toEqual({ ok: true, value: subscription });
    expect(readSubscriptionFile('[]')).toMatchObject({ ok: false });
  });
});
