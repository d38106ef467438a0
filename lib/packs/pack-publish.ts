/**
 * Making a pack release: keys, signatures, the pack file, diffs from recent versions and the index
 * (lib/packs/packs.ts reads what this writes). Pure: WebCrypto only. The `kb keygen` and `kb pack`
 * commands (scripts/kb/pack.ts) do the file work around it.
 */
import {
  canonicalJson,
  diffPackContent,
  fromBase64,
  PACK_FORMAT,
  type PackContent,
  type PackDiff,
  type PackFile,
  type PackIndex,
  sha256Hex,
  toBase64,
  utf8,
} from './packs';

/** A signing key as `kb keygen` writes it: PKCS #8 private key and raw public key, both base64. */
export interface PackKeyFile {
  readonly kind: 'caveat-pack-key';
  readonly privateKey: string;
  readonly publicKey: string;
}

/** Makes a new Ed25519 key pair. */
export async function generatePackKey(): Promise<PackKeyFile> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const privateKey = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { kind: 'caveat-pack-key', privateKey: toBase64(privateKey), publicKey: toBase64(publicKey) };
}

/** Signs a text with the key file's private key; the signature is base64. */
export async function signText(text: string, key: PackKeyFile): Promise<string> {
  const bytes = fromBase64(key.privateKey);
  if (!bytes) throw new Error('The key file’s private key is not base64.');
  const privateKey = await crypto.subtle.importKey('pkcs8', bytes, { name: 'Ed25519' }, false, ['sign']);
  return toBase64(new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, privateKey, utf8(text))));
}

/** A signed pack file for the content. */
export async function signPack(content: PackContent, key: PackKeyFile): Promise<PackFile> {
  return {
    kind: 'caveat-pack',
    format: PACK_FORMAT,
    signature: await signText(canonicalJson(content), key),
    pack: content,
  };
}

/** A file of a release: its name and text. */
export interface ReleaseFile {
  readonly file: string;
  readonly text: string;
}

export interface PackRelease {
  readonly index: PackIndex;
  /** The pack file, the diffs kept (smaller than the pack) and the index, in that order. */
  readonly files: readonly ReleaseFile[];
  readonly sha256: string;
}

/** The file name of a version's pack, and of a diff between two versions. */
export const packFileName = (id: string, version: number) => `${id}-${version}.pack.json`;
export const diffFileName = (id: string, from: number, to: number) => `${id}-${from}-to-${to}.diff.json`;

const fileText = (value: unknown) => `${JSON.stringify(value)}\n`;

/**
 * Builds a release: the signed pack, a diff from each earlier version given (kept only when it is
 * smaller than the pack) and the index naming the latest version, its hash and the diffs.
 */
export async function buildPackRelease(
  content: PackContent,
  key: PackKeyFile,
  earlier: readonly PackContent[],
): Promise<PackRelease> {
  const text = canonicalJson(content);
  const sha256 = await sha256Hex(text);
  const pack = await signPack(content, key);
  const packText = fileText(pack);
  const file = packFileName(content.id, content.version);
  const files: ReleaseFile[] = [{ file, text: packText }];
  const diffs: PackIndex['diffs'][number][] = [];
  for (const base of earlier) {
    if (base.id !== content.id || base.version >= content.version) continue;
    const ops = diffPackContent(base, content);
    if (!ops) continue;
    const from = { version: base.version, sha256: await sha256Hex(canonicalJson(base)) };
    const { topics: _topics, ...meta } = content;
    const diff: PackDiff = {
      kind: 'caveat-pack-diff',
      format: PACK_FORMAT,
      from,
      to: { version: content.version, sha256 },
      meta,
      ops,
      signature: pack.signature,
    };
    const diffText = fileText(diff);
    if (utf8(diffText).length >= utf8(packText).length) continue;
    const diffFile = diffFileName(content.id, base.version, content.version);
    files.push({ file: diffFile, text: diffText });
    diffs.push({ from, file: diffFile, bytes: utf8(diffText).length });
  }
  const index: PackIndex = {
    kind: 'caveat-pack-index',
    format: PACK_FORMAT,
    id: content.id,
    name: content.name,
    latest: { version: content.version, sha256, file, bytes: utf8(packText).length },
    diffs,
  };
  files.push({ file: 'index.json', text: `${JSON.stringify(index, null, 2)}\n` });
  return { index, files, sha256 };
}
