/**
 * Signed topic packs: topics a publisher signs with Ed25519 and serves as files, which the reader
 * subscribes to (docs/decisions/0018-signed-topic-packs.md). This module reads and checks what a
 * pack server sends — the index, a pack, a diff — against the public key of the subscription and
 * the pack the reader has now, and says in words why anything is refused. Pure: the only platform
 * it uses is WebCrypto (`crypto.subtle`), which Node and both browsers have; no DOM, no `browser`.
 *
 * What is signed is the pack's content (`PackContent`) written as canonical JSON: keys sorted, no
 * spaces. Its SHA-256 is the pack's hash, which the index names and a diff names for its base.
 */
import type { Topic } from '../../data/schema';
import { checkCustomTopicFiles, formatProblem, type TopicFile } from '../kb/index';

/** The file format this build writes and reads; a higher one is refused with a clear message. */
export const PACK_FORMAT = 1;

/** What a pack holds and its signature covers. */
export interface PackContent {
  /** The pack's id (kebab-case); an update must have the same id. */
  readonly id: string;
  readonly name: string;
  /** A whole number that grows with every release; a pack never goes back to a lower one. */
  readonly version: number;
  /** YYYY-MM-DD. */
  readonly published: string;
  /** Topic files' JSON, in the `data/topics` format. */
  readonly topics: readonly unknown[];
}

/** A pack file: its content and the signature over the content's canonical JSON. */
export interface PackFile {
  readonly kind: 'caveat-pack';
  readonly format: number;
  /** Ed25519 signature, base64. */
  readonly signature: string;
  readonly pack: PackContent;
}

export interface PackIndexEntry {
  readonly version: number;
  readonly sha256: string;
}

/** A pack server's index: the latest version, its hash, and diffs from recent versions. */
export interface PackIndex {
  readonly kind: 'caveat-pack-index';
  readonly format: number;
  readonly id: string;
  readonly name: string;
  readonly latest: PackIndexEntry & { readonly file: string; readonly bytes: number };
  readonly diffs: readonly {
    readonly from: PackIndexEntry;
    readonly file: string;
    readonly bytes: number;
  }[];
}

/** One change of a diff. Positions (`at`) are indexes in the new list. */
export type PackDiffOp =
  | { readonly op: 'add-topic'; readonly at: number; readonly topic: unknown }
  | { readonly op: 'replace-topic'; readonly topic: unknown }
  | { readonly op: 'remove-topic'; readonly topic: string }
  | { readonly op: 'add-claim'; readonly topic: string; readonly at: number; readonly claim: unknown }
  | { readonly op: 'replace-claim'; readonly topic: string; readonly claim: unknown }
  | { readonly op: 'remove-claim'; readonly topic: string; readonly claim: string };

/** A diff file: per-topic and per-claim changes from a named base version whose hash is given. */
export interface PackDiff {
  readonly kind: 'caveat-pack-diff';
  readonly format: number;
  readonly from: PackIndexEntry;
  readonly to: PackIndexEntry;
  /** The new version's id, name, version and published date. */
  readonly meta: Omit<PackContent, 'topics'>;
  readonly ops: readonly PackDiffOp[];
  /** The signature of the content the diff makes, base64: the same as the full pack's. */
  readonly signature: string;
}

/** A file that carries a subscription: where the index is and the key that signs the pack. */
export interface SubscriptionFile {
  readonly kind: 'caveat-pack-subscription';
  readonly format: number;
  readonly name?: string;
  readonly index: string;
  readonly publicKey: string;
}

/** The pack the reader has now: its verified content and hash. */
export interface InstalledPack {
  readonly content: PackContent;
  readonly sha256: string;
}

/** Why a file is refused; each comes with a sentence (`PACK_MESSAGES`). */
export type PackFailure =
  | 'not-json'
  | 'not-a-pack'
  | 'newer-format'
  | 'bad-key'
  | 'hash'
  | 'signature'
  | 'other-pack'
  | 'older'
  | 'same-version'
  | 'schema'
  | 'diff';

export type PackCheck =
  | {
      readonly ok: true;
      readonly pack: InstalledPack;
      /** The topics, parsed with defaults filled in. */
      readonly topics: readonly Topic[];
    }
  | { readonly ok: false; readonly failure: PackFailure; readonly message: string };

/** Every sentence this module says about a pack. */
export const PACK_MESSAGES = Object.freeze({
  notJson: (what: string, reason: string) => `The ${what} is not valid JSON (${reason}).`,
  notA: (what: string, problem: string) => `The ${what} is not a Caveat ${what}: ${problem}.`,
  newerFormat: (what: string, format: number) =>
    `The ${what} is in format ${format}, newer than this version of Caveat reads (${PACK_FORMAT}); update Caveat.`,
  badKey: 'The public key is not an Ed25519 public key (32 bytes, written in base64).',
  hash: (expected: string, actual: string) =>
    `The pack’s SHA-256 hash (${actual.slice(0, 12)}…) is not the one its index names (${expected.slice(0, 12)}…): the file was changed or cut short.`,
  signature:
    'The pack’s signature does not match the subscription’s public key: the pack was changed after it was signed, or signed with another key.',
  otherPack: (id: string, expected: string) => `The server sent the pack "${id}", not "${expected}".`,
  older: (offered: number, installed: number) =>
    `The server offers version ${offered}, older than version ${installed} in use; a pack never goes back to an older version.`,
  sameVersion: (version: number) =>
    `The server offers version ${version} with other content than the version ${version} in use; a changed pack needs a new version number.`,
  schema: (count: number, first: string) =>
    count === 1 ? `The pack has a problem: ${first}` : `The pack has ${count} problems; the first: ${first}`,
  diff: (problem: string) => `The diff cannot be applied: ${problem}.`,
  url: {
    invalid: 'That is not a web address.',
    scheme: 'A pack is fetched over https (or over http from this computer only).',
    credentials: 'The address must not carry a user name or password.',
    sameOrigin: (file: string) => `The index names ${file}, which is not on the index's own site.`,
  },
});

// ---------------------------------------------------------------------------------------------
// Bytes, hashes and signatures

/** JSON with every object's keys sorted and no spaces: the bytes a pack's signature covers. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** UTF-8 bytes of a text. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Decodes base64; null when the text is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The SHA-256 of a text's UTF-8 bytes, as 64 hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(text)));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** True when `publicKey` is a base64 Ed25519 public key (32 bytes). */
export function isPublicKey(publicKey: string): boolean {
  return fromBase64(publicKey.trim())?.length === 32;
}

/** Whether `signature` (base64) is the Ed25519 signature of `text` by `publicKey` (base64, raw). */
export async function verifySignature(text: string, signature: string, publicKey: string): Promise<boolean> {
  const keyBytes = fromBase64(publicKey.trim());
  const signatureBytes = fromBase64(signature);
  if (keyBytes?.length !== 32 || signatureBytes?.length !== 64) return false;
  try {
    const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, signatureBytes, utf8(text));
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading files

type Read<T> = { ok: true; value: T } | { ok: false; failure: PackFailure; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isVersion = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1;
const isSha = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CONTENT_KEYS = new Set(['id', 'name', 'version', 'published', 'topics']);

function parse(what: string, text: string): Read<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: 'not-json', message: PACK_MESSAGES.notJson(what, reason) };
  }
}

function envelope(what: string, kind: string, json: unknown): Read<Record<string, unknown>> {
  if (!isRecord(json) || json.kind !== kind) {
    return { ok: false, failure: 'not-a-pack', message: PACK_MESSAGES.notA(what, `"kind" is not "${kind}"`) };
  }
  if (typeof json.format !== 'number') {
    return { ok: false, failure: 'not-a-pack', message: PACK_MESSAGES.notA(what, 'it has no "format"') };
  }
  if (json.format > PACK_FORMAT) {
    return { ok: false, failure: 'newer-format', message: PACK_MESSAGES.newerFormat(what, json.format) };
  }
  return { ok: true, value: json };
}

const notA = (what: string, problem: string): Read<never> => ({
  ok: false,
  failure: 'not-a-pack',
  message: PACK_MESSAGES.notA(what, problem),
});

function readEntry(value: unknown): PackIndexEntry | null {
  if (!isRecord(value) || !isVersion(value.version) || !isSha(value.sha256)) return null;
  return { version: value.version, sha256: value.sha256 };
}

/** Reads a pack server's index. */
export function readPackIndex(text: string): Read<PackIndex> {
  const parsed = parse('index', text);
  if (!parsed.ok) return parsed;
  const read = envelope('index', 'caveat-pack-index', parsed.value);
  if (!read.ok) return read;
  const json = read.value;
  const latest = readEntry(json.latest);
  const latestRecord = json.latest as Record<string, unknown> | undefined;
  if (!latest || typeof latestRecord?.file !== 'string') {
    return notA('index', '"latest" needs a version, a sha256 and a file');
  }
  if (typeof json.id !== 'string' || typeof json.name !== 'string')
    return notA('index', 'it needs an id and a name');
  const diffs: PackIndex['diffs'][number][] = [];
  for (const value of Array.isArray(json.diffs) ? json.diffs : []) {
    const from = isRecord(value) ? readEntry(value.from) : null;
    if (!from || !isRecord(value) || typeof value.file !== 'string')
      return notA('index', 'a diff needs from and file');
    diffs.push({ from, file: value.file, bytes: typeof value.bytes === 'number' ? value.bytes : 0 });
  }
  return {
    ok: true,
    value: {
      kind: 'caveat-pack-index',
      format: json.format as number,
      id: json.id,
      name: json.name,
      latest: { ...latest, file: latestRecord.file, bytes: Number(latestRecord.bytes) || 0 },
      diffs,
    },
  };
}

function readContent(value: unknown): PackContent | null {
  if (!isRecord(value)) return null;
  // Exactly these fields, so the stored content is the signed content, byte for byte.
  if (Object.keys(value).some((key) => !CONTENT_KEYS.has(key))) return null;
  const { id, name, version, published, topics } = value;
  if (typeof id !== 'string' || !KEBAB.test(id) || typeof name !== 'string' || name.trim() === '')
    return null;
  if (!isVersion(version) || !isDate(published) || !Array.isArray(topics)) return null;
  return { id, name, version, published, topics };
}

/** Reads a subscription file (an index address and the public key that signs its pack). */
export function readSubscriptionFile(text: string): Read<SubscriptionFile> {
  const parsed = parse('subscription', text);
  if (!parsed.ok) return parsed;
  const read = envelope('subscription', 'caveat-pack-subscription', parsed.value);
  if (!read.ok) return read;
  const { index, publicKey, name } = read.value;
  if (typeof index !== 'string' || typeof publicKey !== 'string') {
    return notA('subscription', 'it needs "index" and "publicKey"');
  }
  return {
    ok: true,
    value: {
      kind: 'caveat-pack-subscription',
      format: read.value.format as number,
      index,
      publicKey,
      ...(typeof name === 'string' ? { name } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Addresses

/**
 * Checks the address of a pack's index. A pack is fetched over https, or over http only from this
 * computer (127.0.0.1, localhost), and never with a user name or password in the address. Returns
 * the address and the host-permission pattern of its origin (`https://example.org/*`).
 */
export function checkIndexUrl(
  text: string,
): { ok: true; url: string; origin: string; pattern: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, message: PACK_MESSAGES.url.invalid };
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    return { ok: false, message: PACK_MESSAGES.url.scheme };
  }
  if (url.username !== '' || url.password !== '')
    return { ok: false, message: PACK_MESSAGES.url.credentials };
  url.hash = '';
  return { ok: true, url: url.href, origin: url.origin, pattern: `${url.protocol}//${url.hostname}/*` };
}

/** The address of a file the index names, which must be on the index's own origin. */
export function packFileUrl(
  indexUrl: string,
  file: string,
): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(file, indexUrl);
  } catch {
    return { ok: false, message: PACK_MESSAGES.url.sameOrigin(file) };
  }
  if (url.origin !== new URL(indexUrl).origin)
    return { ok: false, message: PACK_MESSAGES.url.sameOrigin(file) };
  url.hash = '';
  return { ok: true, url: url.href };
}

// ---------------------------------------------------------------------------------------------
// Deciding what to fetch

export type UpdatePlan =
  | { readonly kind: 'up-to-date' }
  | { readonly kind: 'refuse'; readonly failure: PackFailure; readonly message: string }
  /** Fetch the diff (when there is one from the installed version) and fall back to the pack. */
  | { readonly kind: 'download'; readonly pack: string; readonly diff?: string };

/**
 * What to fetch after reading the index: nothing when the index names the installed hash; a
 * refusal when it offers an older version; else the pack, and first a diff from the installed
 * version (checked against its hash) when the index lists one that is smaller.
 */
export function planUpdate(index: PackIndex, installed: InstalledPack | undefined): UpdatePlan {
  if (installed && index.id !== installed.content.id) {
    return {
      kind: 'refuse',
      failure: 'other-pack',
      message: PACK_MESSAGES.otherPack(index.id, installed.content.id),
    };
  }
  if (installed && index.latest.sha256 === installed.sha256) return { kind: 'up-to-date' };
  if (installed && index.latest.version < installed.content.version) {
    return {
      kind: 'refuse',
      failure: 'older',
      message: PACK_MESSAGES.older(index.latest.version, installed.content.version),
    };
  }
  const diff = installed
    ? index.diffs.find(
        (entry) =>
          entry.from.sha256 === installed.sha256 &&
          entry.from.version === installed.content.version &&
          (index.latest.bytes === 0 || entry.bytes < index.latest.bytes),
      )
    : undefined;
  return { kind: 'download', pack: index.latest.file, ...(diff ? { diff: diff.file } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Checking a pack

/** What a pack's topics are checked against, as `kb validate` checks a custom topics file. */
export interface PackCheckContext {
  /**
   * The built-in topic files. A pack topic with a built-in topic's id replaces that topic (so a
   * publisher can correct it); its other ids, claim ids and aliases must be new.
   */
  readonly builtIn: readonly TopicFile[];
  /** The reader's custom topics and other packs' topics, which the pack must not collide with. */
  readonly others: readonly Topic[];
  /** Today as YYYY-MM-DD; default: today, local time. */
  readonly today?: string;
}

/** Ids of the topics in a pack's content (ignoring entries without one). */
export function packTopicIds(content: Pick<PackContent, 'topics'>): string[] {
  return content.topics.flatMap((topic) =>
    isRecord(topic) && typeof topic.id === 'string' ? [topic.id] : [],
  );
}

/**
 * Accepts new pack content only when every check passes, in this order: its hash is the one the
 * index named, the signature is the subscription key's, it reads as a pack, it is the same pack
 * and not an older (or a changed same) version than the installed one, and its topics pass the
 * checks of `kb validate`.
 */
async function acceptContent(
  content: unknown,
  signature: unknown,
  expectedSha: string,
  publicKey: string,
  installed: InstalledPack | undefined,
  context: PackCheckContext,
): Promise<PackCheck> {
  if (!isPublicKey(publicKey)) return { ok: false, failure: 'bad-key', message: PACK_MESSAGES.badKey };
  const text = canonicalJson(content);
  const sha256 = await sha256Hex(text);
  if (sha256 !== expectedSha) {
    return { ok: false, failure: 'hash', message: PACK_MESSAGES.hash(expectedSha, sha256) };
  }
  if (typeof signature !== 'string' || !(await verifySignature(text, signature, publicKey))) {
    return { ok: false, failure: 'signature', message: PACK_MESSAGES.signature };
  }
  const read = readContent(content);
  if (!read)
    return notA('pack', 'it needs an id, a name, a version, a published date and topics') as PackCheck;
  if (installed) {
    const have = installed.content;
    if (read.id !== have.id) {
      return { ok: false, failure: 'other-pack', message: PACK_MESSAGES.otherPack(read.id, have.id) };
    }
    if (read.version < have.version) {
      return { ok: false, failure: 'older', message: PACK_MESSAGES.older(read.version, have.version) };
    }
    if (read.version === have.version && sha256 !== installed.sha256) {
      return { ok: false, failure: 'same-version', message: PACK_MESSAGES.sameVersion(read.version) };
    }
  }
  const replaced = new Set(packTopicIds(read));
  const check = checkCustomTopicFiles([{ file: read.name, json: [...read.topics] }], {
    builtIn: context.builtIn.filter(
      (file) => !(isRecord(file.json) && typeof file.json.id === 'string' && replaced.has(file.json.id)),
    ),
    custom: context.others,
    ...(context.today ? { today: context.today } : {}),
  });
  if (check.problems.length > 0) {
    const first = formatProblem(check.problems[0] as (typeof check.problems)[number]);
    return { ok: false, failure: 'schema', message: PACK_MESSAGES.schema(check.problems.length, first) };
  }
  return { ok: true, pack: { content: read, sha256 }, topics: check.topics };
}

/** Checks a downloaded pack file against the hash its index named and the subscription's key. */
export async function checkPackFile(
  text: string,
  expectedSha: string,
  publicKey: string,
  installed: InstalledPack | undefined,
  context: PackCheckContext,
): Promise<PackCheck> {
  const parsed = parse('pack', text);
  if (!parsed.ok) return parsed as PackCheck;
  const read = envelope('pack', 'caveat-pack', parsed.value);
  if (!read.ok) return read as PackCheck;
  return acceptContent(read.value.pack, read.value.signature, expectedSha, publicKey, installed, context);
}

/**
 * Checks a downloaded diff: it must start from the installed version and hash, and what it makes
 * must have the hash the index named and the subscription key's signature, as a full pack must.
 */
export async function checkPackDiff(
  text: string,
  expectedSha: string,
  publicKey: string,
  installed: InstalledPack,
  context: PackCheckContext,
): Promise<PackCheck> {
  const parsed = parse('diff', text);
  if (!parsed.ok) return parsed as PackCheck;
  const read = envelope('diff', 'caveat-pack-diff', parsed.value);
  if (!read.ok) return read as PackCheck;
  const applied = applyPackDiff(installed, read.value);
  if (!applied.ok) return { ok: false, failure: 'diff', message: PACK_MESSAGES.diff(applied.problem) };
  return acceptContent(applied.content, read.value.signature, expectedSha, publicKey, installed, context);
}

// ---------------------------------------------------------------------------------------------
// Diffs

const idOf = (value: unknown): string | undefined =>
  isRecord(value) && typeof value.id === 'string' ? value.id : undefined;

function withoutClaims(topic: unknown): unknown {
  if (!isRecord(topic)) return topic;
  const { claims: _claims, ...rest } = topic;
  return rest;
}

/** True when the items both lists share appear in the same order in each. */
function sameRelativeOrder(before: readonly string[], after: readonly string[]): boolean {
  const kept = new Set(after);
  const common = before.filter((id) => kept.has(id));
  const inBefore = new Set(before);
  const commonAfter = after.filter((id) => inBefore.has(id));
  return common.every((id, index) => commonAfter[index] === id);
}

/**
 * The per-topic and per-claim changes from `from` to `to`, or null when they cannot be said that
 * way (topics or claims that both have are in another order). Applying the result to `from` with
 * `applyPackDiff` gives `to` exactly.
 */
export function diffPackContent(from: PackContent, to: PackContent): PackDiffOp[] | null {
  const fromIds = from.topics.map(idOf);
  const toIds = to.topics.map(idOf);
  if ([...fromIds, ...toIds].some((id) => id === undefined)) return null;
  if (!sameRelativeOrder(fromIds as string[], toIds as string[])) return null;
  const ops: PackDiffOp[] = [];
  const byId = new Map(from.topics.map((topic) => [idOf(topic) as string, topic]));
  const next = new Set(toIds as string[]);
  for (const id of fromIds as string[]) if (!next.has(id)) ops.push({ op: 'remove-topic', topic: id });
  const adds: PackDiffOp[] = [];
  for (const [at, topic] of to.topics.entries()) {
    const id = idOf(topic) as string;
    const old = byId.get(id);
    if (old === undefined) {
      adds.push({ op: 'add-topic', at, topic });
      continue;
    }
    if (canonicalJson(old) === canonicalJson(topic)) continue;
    const oldClaims = (old as { claims?: unknown }).claims;
    const newClaims = (topic as { claims?: unknown }).claims;
    const claimOps =
      canonicalJson(withoutClaims(old)) === canonicalJson(withoutClaims(topic)) &&
      Array.isArray(oldClaims) &&
      Array.isArray(newClaims)
        ? diffClaims(id, oldClaims, newClaims)
        : null;
    if (claimOps) ops.push(...claimOps);
    else ops.push({ op: 'replace-topic', topic });
  }
  return [...ops, ...adds];
}

function diffClaims(
  topic: string,
  before: readonly unknown[],
  after: readonly unknown[],
): PackDiffOp[] | null {
  const beforeIds = before.map(idOf);
  const afterIds = after.map(idOf);
  if ([...beforeIds, ...afterIds].some((id) => id === undefined)) return null;
  if (new Set(beforeIds).size !== beforeIds.length || new Set(afterIds).size !== afterIds.length) return null;
  if (!sameRelativeOrder(beforeIds as string[], afterIds as string[])) return null;
  const old = new Map(before.map((claim) => [idOf(claim) as string, claim]));
  const kept = new Set(afterIds as string[]);
  const ops: PackDiffOp[] = [];
  for (const id of beforeIds as string[])
    if (!kept.has(id)) ops.push({ op: 'remove-claim', topic, claim: id });
  const adds: PackDiffOp[] = [];
  for (const [at, claim] of after.entries()) {
    const previous = old.get(idOf(claim) as string);
    if (previous === undefined) adds.push({ op: 'add-claim', topic, at, claim });
    else if (canonicalJson(previous) !== canonicalJson(claim))
      ops.push({ op: 'replace-claim', topic, claim });
  }
  return [...ops, ...adds];
}

type Applied = { ok: true; content: PackContent } | { ok: false; problem: string };

/**
 * Applies a diff to the installed pack: the diff must name the installed version and hash as its
 * base, and every topic and claim it changes must be there. Returns the new content (unchecked:
 * `checkPackDiff` checks its hash and signature).
 */
export function applyPackDiff(installed: InstalledPack, diff: unknown): Applied {
  if (!isRecord(diff)) return { ok: false, problem: 'it is not an object' };
  const from = readEntry(diff.from);
  if (!from) return { ok: false, problem: 'it names no base version' };
  if (from.version !== installed.content.version || from.sha256 !== installed.sha256) {
    return {
      ok: false,
      problem: `it is made for version ${from.version} (${from.sha256.slice(0, 12)}…), not the version ${installed.content.version} in use (${installed.sha256.slice(0, 12)}…)`,
    };
  }
  const meta = isRecord(diff.meta) ? diff.meta : null;
  if (!meta || !Array.isArray(diff.ops)) return { ok: false, problem: 'it has no meta or ops' };
  // Copies: the installed pack is never changed in place.
  const topics: unknown[] = installed.content.topics.map((topic) =>
    isRecord(topic)
      ? { ...topic, claims: Array.isArray(topic.claims) ? [...topic.claims] : topic.claims }
      : topic,
  );
  const find = (id: unknown) => topics.findIndex((topic) => idOf(topic) === id);
  for (const [n, value] of diff.ops.entries()) {
    if (!isRecord(value)) return { ok: false, problem: `change ${n + 1} is not an object` };
    const missingTopic = {
      ok: false as const,
      problem: `change ${n + 1} names topic "${String(value.topic)}", which is not there`,
    };
    switch (value.op) {
      case 'add-topic': {
        if (typeof value.at !== 'number' || value.at < 0 || value.at > topics.length) {
          return { ok: false, problem: `change ${n + 1} adds a topic out of place` };
        }
        topics.splice(value.at, 0, value.topic);
        break;
      }
      case 'replace-topic': {
        const at = find(idOf(value.topic));
        if (at === -1) return { ok: false, problem: `change ${n + 1} replaces a topic that is not there` };
        topics[at] = value.topic;
        break;
      }
      case 'remove-topic': {
        const at = find(value.topic);
        if (at === -1) return missingTopic;
        topics.splice(at, 1);
        break;
      }
      case 'add-claim':
      case 'replace-claim':
      case 'remove-claim': {
        const topic = topics[find(value.topic)] as { claims?: unknown } | undefined;
        if (!topic || !Array.isArray(topic.claims)) return missingTopic;
        const claims = topic.claims as unknown[];
        if (value.op === 'add-claim') {
          if (typeof value.at !== 'number' || value.at < 0 || value.at > claims.length) {
            return { ok: false, problem: `change ${n + 1} adds a claim out of place` };
          }
          claims.splice(value.at, 0, value.claim);
        } else {
          const id = value.op === 'remove-claim' ? value.claim : idOf(value.claim);
          const at = claims.findIndex((claim) => idOf(claim) === id);
          if (at === -1)
            return { ok: false, problem: `change ${n + 1} names claim "${String(id)}", which is not there` };
          if (value.op === 'remove-claim') claims.splice(at, 1);
          else claims[at] = value.claim;
        }
        break;
      }
      default:
        return { ok: false, problem: `change ${n + 1} is of an unknown kind "${String(value.op)}"` };
    }
  }
  return {
    ok: true,
    content: {
      id: meta.id as string,
      name: meta.name as string,
      version: meta.version as number,
      published: meta.published as string,
      topics,
    },
  };
}
