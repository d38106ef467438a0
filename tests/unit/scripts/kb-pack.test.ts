import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_TOPIC_FILES } from '../../../data/kb.ts';
import {
  canonicalJson,
  checkPackDiff,
  checkPackFile,
  type InstalledPack,
  readPackIndex,
  sha256Hex,
} from '../../../lib/packs/packs.ts';
import { runKb } from './run-kb';

let dir: string;
const tsmc = 'tests/fixtures/custom-topics/tsmc.json';
const context = { builtIn: BUILT_IN_TOPIC_FILES, others: [] };

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'caveat-kb-pack-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function keygen(): Promise<{ keyFile: string; publicKey: string }> {
  const keyFile = path.join(dir, 'keys', 'pack.key');
  const run = await runKb('keygen', '--out', keyFile);
  expect(run.stderr).toEqual([]);
  return JSON.parse(run.stdout[0] ?? '');
}

describe('kb keygen', () => {
  it('writes a key file only its owner can read and prints the public key', async () => {
    const { keyFile, publicKey } = await keygen();
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(keyFile, 'utf8'))).toMatchObject({ kind: 'caveat-pack-key', publicKey });
  });

  it('refuses a key file inside the repository, and one that exists', async () => {
    const inside = await runKb('keygen', '--out', 'pack.key');
    expect(inside.code).toBe(2);
    expect(inside.stderr[0]).toMatch(
      /^kb keygen: pack.key is inside the repository; keep the private key elsewhere/,
    );
    expect(existsSync('pack.key')).toBe(false);
    const { keyFile } = await keygen();
    const again = await runKb('keygen', '--out', keyFile);
    expect(again.stderr).toEqual([`kb keygen: ${keyFile} exists; kb keygen never writes over a key`]);
  });
});

describe('kb pack', () => {
  it('signs topic files as version 1, then version 2 with a diff that makes the same pack', async () => {
    const { keyFile, publicKey } = await keygen();
    const out = path.join(dir, 'site');
    const first = await runKb(
      'pack',
      '--key',
      keyFile,
      '--out',
      out,
      '--id',
      'chips',
      '--name',
      'Chip makers',
      '--published',
      '2026-12-06',
      '--index-url',
      'https://packs.example.org/chips/index.json',
      tsmc,
    );
    expect(first.stderr).toEqual([]);
    expect(JSON.parse(first.stdout[0] ?? '')).toMatchObject({
      id: 'chips',
      version: 1,
      files: ['chips-1.pack.json', 'index.json', 'chips.subscription.json'],
    });
    const subscription = JSON.parse(await readFile(path.join(out, 'chips.subscription.json'), 'utf8'));
    expect(subscription).toMatchObject({ index: 'https://packs.example.org/chips/index.json', publicKey });

    const index1 = readPackIndex(await readFile(path.join(out, 'index.json'), 'utf8'));
    if (!index1.ok) throw new Error(index1.message);
    const v1 = await checkPackFile(
      await readFile(path.join(out, 'chips-1.pack.json'), 'utf8'),
      index1.value.latest.sha256,
      publicKey,
      undefined,
      context,
    );
    if (!v1.ok) throw new Error(v1.message);

    // The next release adds claims to a longer topic: the diff is smaller than the pack.
    const topic = JSON.parse(await readFile(tsmc, 'utf8'));
    const base = topic.claims[0];
    topic.claims = [
      ...Array.from({ length: 8 }, (_, i) => ({ ...base, id: `tsmc-kept-${i}`, statement: `Kept ${i}.` })),
    ];
    const grown = path.join(dir, 'tsmc.json');
    await writeFile(grown, JSON.stringify(topic));
    await runKb(
      'pack',
      '--key',
      keyFile,
      '--out',
      out,
      '--id',
      'chips',
      '--name',
      'Chip makers',
      '--published',
      '2026-12-06',
      grown,
    );
    topic.claims.push({ ...base, id: 'tsmc-new', statement: 'A new claim.' });
    await writeFile(grown, JSON.stringify(topic));
    const third = await runKb(
      'pack',
      '--key',
      keyFile,
      '--out',
      out,
      '--id',
      'chips',
      '--name',
      'Chip makers',
      '--published',
      '2026-12-06',
      grown,
    );
    expect(JSON.parse(third.stdout[0] ?? '')).toMatchObject({
      version: 3,
      files: ['chips-3.pack.json', 'chips-2-to-3.diff.json', 'index.json'],
    });
    const index3 = readPackIndex(await readFile(path.join(out, 'index.json'), 'utf8'));
    if (!index3.ok) throw new Error(index3.message);
    expect(index3.value.diffs.map((diff) => diff.from.version)).toEqual([2]);
    const v2text = JSON.parse(await readFile(path.join(out, 'chips-2.pack.json'), 'utf8'));
    const v2sha = await sha256Hex(canonicalJson(v2text.pack));
    expect(index3.value.diffs[0]?.from.sha256).toBe(v2sha);
    const v2 = await checkPackFile(JSON.stringify(v2text), v2sha, publicKey, undefined, context);
    if (!v2.ok) throw new Error(v2.message);
    const installed: InstalledPack = v2.pack;
    const viaDiff = await checkPackDiff(
      await readFile(path.join(out, 'chips-2-to-3.diff.json'), 'utf8'),
      index3.value.latest.sha256,
      publicKey,
      installed,
      context,
    );
    const full = await checkPackFile(
      await readFile(path.join(out, 'chips-3.pack.json'), 'utf8'),
      index3.value.latest.sha256,
      publicKey,
      installed,
      context,
    );
    expect(viaDiff.ok).toBe(true);
    expect(viaDiff).toEqual(full);
  });

  it('prints the kb validate lines of invalid topic files and writes nothing', async () => {
    // One difference: a pack topic with a built-in topic's id (here deepseek) replaces that topic.
    const { keyFile } = await keygen();
    const out = path.join(dir, 'site');
    const run = await runKb(
      'pack',
      '--key',
      keyFile,
      '--out',
      out,
      'tests/fixtures/custom-topics/invalid-topics.json',
    );
    const validate = await runKb('validate', 'tests/fixtures/custom-topics/invalid-topics.json');
    expect(run.code).toBe(1);
    const replaced =
      'invalid-topics.json (topic 2): deepseek: id: duplicate topic id; also used in data/topics/deepseek.json';
    expect(validate.stdout.some((line) => line.endsWith(replaced))).toBe(true);
    expect(run.stdout).toEqual(validate.stdout.filter((line) => !line.endsWith(replaced)));
    expect(run.stdout.length).toBeGreaterThan(3);
    expect(existsSync(out)).toBe(false);
  });

  it('packs the built-in topics as the project’s own pack, replacing them', async () => {
    const { keyFile, publicKey } = await keygen();
    const out = path.join(dir, 'site');
    const run = await runKb('pack', '--key', keyFile, '--out', out);
    expect(run.code).toBe(0);
    const index = readPackIndex(await readFile(path.join(out, 'index.json'), 'utf8'));
    if (!index.ok) throw new Error(index.message);
    const check = await checkPackFile(
      await readFile(path.join(out, 'caveat-1.pack.json'), 'utf8'),
      index.value.latest.sha256,
      publicKey,
      undefined,
      context,
    );
    expect(check.ok && check.topics.map((topic) => topic.id)).toEqual([
      'deepseek',
      'nvidia',
      'export-controls',
    ]);
  });

  it('refuses a version that is not newer than the one in the folder', async () => {
    const { keyFile } = await keygen();
    const out = path.join(dir, 'site');
    await runKb('pack', '--key', keyFile, '--out', out, '--id', 'chips', tsmc);
    const again = await runKb(
      'pack',
      '--key',
      keyFile,
      '--out',
      out,
      '--id',
      'chips',
      '--version',
      '1',
      tsmc,
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toEqual([`kb pack: version 1 is not newer than version 1 in ${out}`]);
  });
});
