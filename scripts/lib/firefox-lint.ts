/**
 * Reads `web-ext lint --output json` on the Firefox package and decides what fails it: every error,
 * and every warning except the few that come from a bundled third-party library and cannot be fixed
 * there. Such a warning is recognised by its rule and by the library's own code at the place the
 * linter points to, never by file name alone: a warning of Caveat's own in the same bundle fails.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** A warning a bundled library causes: its rule, and a pattern its code matches where it is flagged. */
export interface KnownWarning {
  code: string;
  library: string;
  why: string;
  /** Matches the code just before the flagged place (up to `BEFORE` characters, ending there). */
  before: RegExp;
  /** Matches the code from the flagged place on: the flagged expression itself. */
  at: RegExp;
}

const BEFORE = 300;
const AFTER = 40;

export const THIRD_PARTY_WARNINGS: readonly KnownWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'react-dom',
    why: 'React sets innerHTML only for the dangerouslySetInnerHTML prop, which Caveat never uses.',
    before: /case`dangerouslySetInnerHTML`:.{0,250}\.__html!==\w+&&\($/,
    at: /^\w+\.innerHTML=\w+\)/,
  },
  {
    code: 'DANGEROUS_EVAL',
    library: 'zod',
    why: 'zod calls `Function("")` once, to learn whether it may compile its object parsers; it is given no code of Caveat or of a page.',
    before:
      /jitless\|\|typeof navigator<`u`&&navigator\?\.userAgent\?\.includes\(`Cloudflare`\)\)return!1;try\{return ?$/,
    at: /^ ?Function\(``\),!0\}/,
  },
];

export interface Verdict {
  message: LintMessage;
  severity: 'error' | 'warning';
  /** The library that causes it, when it is a known third-party warning. */
  thirdParty?: KnownWarning;
}

/** The code of a message's line before its column and from its column on; null without a place. */
function codeAround(
  message: LintMessage,
  readFile: (file: string) => string | undefined,
): { before: string; at: string } | null {
  if (message.file === undefined || message.line === undefined || message.column === undefined) return null;
  const line = readFile(message.file)?.split('\n')[message.line - 1];
  if (line === undefined) return null;
  // addons-linter counts columns from 1.
  const column = message.column - 1;
  return { before: line.slice(Math.max(0, column - BEFORE), column), at: line.slice(column, column + AFTER) };
}

/** Every error and warning of the report, each with the library that causes it when it is known. */
export function classify(report: LintReport, readFile: (file: string) => string | undefined): Verdict[] {
  const verdicts: Verdict[] = report.errors.map((message) => ({ message, severity: 'error' }));
  for (const message of report.warnings) {
    const code = codeAround(message, readFile);
    const thirdParty = code
      ? THIRD_PARTY_WARNINGS.find(
          (known) => known.code === message.code && known.before.test(code.before) && known.at.test(code.at),
        )
      : undefined;
    verdicts.push({ message, severity: 'warning', ...(thirdParty ? { thirdParty } : {}) });
  }
  return verdicts;
}

/** What fails the package: every error, and every warning not known to come from a library. */
export const failures = (verdicts: readonly Verdict[]) => verdicts.filter((verdict) => !verdict.thirdParty);

/** One line per message: `severity CODE file:line:column message [library]`. */
export function describe(verdict: Verdict): string {
  const { message } = verdict;
  const where = `${message.file ?? 'manifest'}${message.line !== undefined ? `:${message.line}:${message.column ?? 0}` : ''}`;
  const source = verdict.thirdParty
    ? ` [${verdict.thirdParty.library}: ${verdict.thirdParty.why}]`
    : ' [Caveat]';
  return `${verdict.severity} ${message.code} ${where} ${message.message}${source}`;
}

// ---------------------------------------------------------------------------------------------
// Zip files (stored or deflated entries, as WXT writes them)

/** The files of a zip archive, by path. Folders are left out. */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip file (no end of central directory)');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('damaged zip central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    const dataStart =
      localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) files.set(name, Buffer.from(data));
    else if (method === 8) files.set(name, inflateRawSync(data));
    else throw new Error(`${name}: zip compression method ${method} is not read here`);
  }
  return files;
}

/** A zip of `files` (deflated), for tests of `readZip`. */
export function writeZip(files: ReadonlyMap<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = deflateRawSync(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(content.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
