/**
 * `kb scan <file>` and `kb scan --lines <file>`: runs the extension's matcher, scanner and ranker in
 * Node. An `.html`/`.htm` file is parsed as a page (happy-dom) and read block by block as the
 * content script reads it; any other file is plain text, where a blank line separates blocks.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Window } from 'happy-dom';
import { BUILT_IN_KB } from '../../data/kb';
import { compileMatcher, type Matcher } from '../../lib/match/matcher';
import { createMentionClaimRanker, type MentionClaimRanker } from '../../lib/rank/mention-claims';
import { collectBlockMentions, type ScannedMention, scanDocument } from '../../page/scan-document';
import { type Command, EXIT_OK, UsageError } from './cli';

interface ScanMention {
  topic: string;
  text: string;
  start: number;
  end: number;
  /** "close": the first claim matches the mention's sentence; "none": `claims` are the key claims. */
  fit: 'close' | 'none';
  claims: { id: string; statement: string; verdict: string }[];
  /** The rated claim the mention's sentence itself repeats (lib/rank/repeats.ts); absent when none. */
  repeats?: string;
}

function toOutput(found: readonly ScannedMention[], rank: MentionClaimRanker): ScanMention[] {
  return found.map((mention) => {
    const { fit, claims, repeats } = rank.rank(
      mention.topicId,
      mention.blockText,
      mention.blockStart,
      mention.blockEnd,
    );
    return {
      topic: mention.topicId,
      text: mention.text,
      start: mention.start,
      end: mention.end,
      fit,
      claims: claims.map(({ claim }) => ({
        id: claim.id,
        statement: claim.statement,
        verdict: claim.verdict,
      })),
      ...(repeats ? { repeats: repeats.id } : {}),
    };
  });
}

/** Plain text: blocks are separated by blank lines; offsets are into the whole text. */
function scanPlainText(text: string, matcher: Matcher): ScannedMention[] {
  const found: ScannedMention[] = [];
  for (const block of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    collectBlockMentions(block[0], block.index, matcher, found);
  }
  return found;
}

function scanHtml(html: string, matcher: Matcher): ScannedMention[] {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const root = (doc.body ?? doc.documentElement) as unknown as Node;
    return scanDocument(root, matcher);
  } finally {
    void window.happyDOM.close();
  }
}

function parseArgs(args: readonly string[]): { file: string; lines: boolean } {
  let lines = false;
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '--lines') lines = true;
    else if (arg.startsWith('-'))
      throw new UsageError(`unknown option ${arg}; usage: kb scan [--lines] <file>`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError('needs exactly one file; usage: kb scan [--lines] <file>');
  return { file: files[0] as string, lines };
}

async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${file}: no such file`);
    if (code === 'EISDIR') throw new UsageError(`${file}: is a folder, not a file`);
    throw new UsageError(`${file}: cannot be read (${code ?? 'unknown error'})`);
  }
}

export const scan: Command = async (args, io) => {
  const { file, lines } = parseArgs(args);
  const input = await readInput(file);
  const matcher = compileMatcher(BUILT_IN_KB);
  const rank = createMentionClaimRanker(BUILT_IN_KB);
  if (lines) {
    const all = input.split(/\r?\n/);
    // A final newline ends the last line; it does not start another one.
    if (all.length > 0 && all[all.length - 1] === '') all.pop();
    all.forEach((line, index) => {
      const found = scanPlainText(line, matcher);
      io.stdout(JSON.stringify({ line: index + 1, mentions: toOutput(found, rank) }));
    });
    return EXIT_OK;
  }
  const isHtml = ['.html', '.htm'].includes(path.extname(file).toLowerCase());
  const found = isHtml ? scanHtml(input, matcher) : scanPlainText(input, matcher);
  io.stdout(JSON.stringify({ mentions: toOutput(found, rank) }));
  return EXIT_OK;
};
