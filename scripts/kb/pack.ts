/**
 * `kb keygen --out FILE` and `kb pack --key FILE --out DIR [options] [topic files…]`: the signing
 * key of a topic pack, and a release of the pack (docs/decisions/0018-signed-topic-packs.md).
 *
 * `kb keygen` writes a new Ed25519 key file (readable by its owner only) outside the repository
 * and prints its public key, which readers put into their subscription.
 *
 * `kb pack` checks the topic files as `kb validate` checks a custom topics file (a topic with a
 * built-in topic's id replaces it), signs them as the next version of the pack in DIR, and writes
 * the pack, a diff from each of the last three versions where that is smaller, and `index.json`.
 * With `--index-url URL` it also writes `<id>.subscription.json`, the file a reader can add.
 * Prints `{"id","version","sha256","files":[…]}`.
 */
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCustomTopicFiles, topicEntriesOf } from '../../lib/kb/custom-topics';
import { formatProblem, type TopicFile } from '../../lib/kb/kb-validate';
import {
  buildPackRelease,
  generatePackKey,
  type PackKeyFile,
  packFileName,
} from '../../lib/packs/pack-publish';
import { isPublicKey, PACK_FORMAT, type PackContent, readPackIndex } from '../../lib/packs/packs';
import { type Command, EXIT_OK, EXIT_PROBLEMS, readArgs, UsageError } from './cli';
import { readBuiltInTopicFiles, readTopicFile } from './validate';

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
const KEYGEN_USAGE = 'usage: kb keygen --out FILE (outside the repository)';
const PACK_USAGE =
  'usage: kb pack --key FILE --out DIR [--id ID] [--name NAME] [--version N] [--published YYYY-MM-DD] [--index-url URL] [topic files…]';
/** How many earlier versions a release carries a diff from. */
const DIFFS_FROM = 3;

/** The real path of `file`'s folder joined with its name (the file itself need not exist). */
function realPath(file: string): string {
  const resolved = path.resolve(file);
  let dir = path.dirname(resolved);
  while (!existsSync(dir)) dir = path.dirname(dir);
  return path.join(realpathSync(dir), path.relative(dir, resolved));
}

/** True when `file` is inside the repository, where a private key could be committed. */
export function insideRepository(file: string, repository = REPOSITORY): boolean {
  const relative = path.relative(realpathSync(repository), realPath(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export const keygen: Command = async (args, io) => {
  let out: string | undefined;
  const words = readArgs(args, (arg, next) => {
    if (arg === '--out') out = next();
    else throw new UsageError(`unknown option "${arg}"; ${KEYGEN_USAGE}`);
  });
  if (words.length > 0 || out === undefined) throw new UsageError(KEYGEN_USAGE);
  if (insideRepository(out)) {
    throw new UsageError(`${out} is inside the repository; keep the private key elsewhere (${KEYGEN_USAGE})`);
  }
  if (existsSync(out)) throw new UsageError(`${out} exists; kb keygen never writes over a key`);
  const key = await generatePackKey();
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await writeFile(out, `${JSON.stringify(key, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  io.stdout(JSON.stringify({ keyFile: out, publicKey: key.publicKey }));
  return EXIT_OK;
};

async function readKeyFile(file: string): Promise<PackKeyFile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `cannot read the key file ${file}: ${error instanceof Error ? error.message : error}`,
    );
  }
  const key = json as Partial<PackKeyFile>;
  if (
    key.kind !== 'caveat-pack-key' ||
    typeof key.privateKey !== 'string' ||
    !isPublicKey(key.publicKey ?? '')
  ) {
    throw new UsageError(`${file} is not a key file written by kb keygen`);
  }
  return key as PackKeyFile;
}

/** The contents of the earlier versions kept in `dir`, newest first (at most `DIFFS_FROM`). */
async function earlierVersions(dir: string, id: string, latest: number): Promise<PackContent[]> {
  const found: PackContent[] = [];
  for (let version = latest; version >= 1 && found.length < DIFFS_FROM; version -= 1) {
    try {
      const file = JSON.parse(await readFile(path.join(dir, packFileName(id, version)), 'utf8'));
      if (file?.pack?.version === version) found.push(file.pack as PackContent);
    } catch {
      // A version whose file is gone gets no diff.
    }
  }
  return found;
}

async function latestVersion(dir: string): Promise<{ id: string; version: number } | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(dir, 'index.json'), 'utf8');
  } catch {
    return undefined;
  }
  const index = readPackIndex(text);
  if (!index.ok) throw new UsageError(`${path.join(dir, 'index.json')}: ${index.message}`);
  return { id: index.value.id, version: index.value.latest.version };
}

export const pack: Command = async (args, io) => {
  const options: Record<string, string | undefined> = {};
  const names = ['--key', '--out', '--id', '--name', '--version', '--published', '--index-url'];
  const files = readArgs(args, (arg, next) => {
    if (!names.includes(arg)) throw new UsageError(`unknown option "${arg}"; ${PACK_USAGE}`);
    const value = next();
    if (value === undefined) throw new UsageError(`${arg} needs a value; ${PACK_USAGE}`);
    options[arg] = value;
  });
  const keyFile = options['--key'];
  const out = options['--out'];
  if (!keyFile || !out) throw new UsageError(PACK_USAGE);
  const key = await readKeyFile(keyFile);
  const id = options['--id'] ?? 'caveat';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new UsageError(`--id must be kebab-case, not "${id}"`);
  const previous = await latestVersion(out);
  if (previous && previous.id !== id) {
    throw new UsageError(`${out} holds the pack "${previous.id}", not "${id}"`);
  }
  const version =
    options['--version'] === undefined ? (previous?.version ?? 0) + 1 : Number(options['--version']);
  if (!Number.isInteger(version) || version < 1)
    throw new UsageError('--version must be a whole number from 1');
  if (previous && version <= previous.version) {
    throw new UsageError(`version ${version} is not newer than version ${previous.version} in ${out}`);
  }
  const published = options['--published'] ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published))
    throw new UsageError('--published must be a date as YYYY-MM-DD');

  const given: TopicFile[] =
    files.length === 0 ? await readBuiltInTopicFiles() : await Promise.all(files.map(readTopicFile));
  const entries = given.flatMap(({ file, json }) => topicEntriesOf(file, json));
  const ids = new Set(entries.map((entry) => (entry.json as { id?: unknown } | null)?.id));
  // A topic with a built-in topic's id replaces that topic; the others stay and must not collide.
  const builtIn = (await readBuiltInTopicFiles()).filter(
    (file) => !ids.has((file.json as { id?: unknown }).id),
  );
  const check = checkCustomTopicFiles(given, { builtIn });
  if (check.problems.length > 0) {
    for (const problem of check.problems) io.stdout(formatProblem(problem));
    return EXIT_PROBLEMS;
  }
  const content: PackContent = {
    id,
    name: options['--name'] ?? 'Caveat knowledge base',
    version,
    published,
    topics: entries.map((entry) => entry.json),
  };
  const release = await buildPackRelease(
    content,
    key,
    previous ? await earlierVersions(out, id, previous.version) : [],
  );
  await mkdir(out, { recursive: true });
  const written = [...release.files];
  const indexUrl = options['--index-url'];
  if (indexUrl) {
    const subscription = {
      kind: 'caveat-pack-subscription',
      format: PACK_FORMAT,
      name: content.name,
      index: indexUrl,
      publicKey: key.publicKey,
    };
    written.push({ file: `${id}.subscription.json`, text: `${JSON.stringify(subscription, null, 2)}\n` });
  }
  for (const file of written) await writeFile(path.join(out, file.file), file.text);
  io.stdout(
    JSON.stringify({
      id,
      version,
      sha256: release.sha256,
      files: written.map((file) => file.file),
    }),
  );
  return EXIT_OK;
};
