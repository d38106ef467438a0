/**
 * A whole document scanned in one go, without chunking or ranges: what the `kb scan` command uses
 * to see an article exactly as the content script's scanner does (same block runs, same matcher).
 */
import type { Matcher, MentionMatch } from '../lib/match/index';
import { blockRuns } from './block-runs';

/** Blocks are joined with a blank line in the scanned text, as a reader would see paragraphs. */
export const BLOCK_JOINER = '\n\n';

export interface ScannedMention extends MentionMatch {
  /** The text of the block it sits in, and its offsets there (for ranking by sentence). */
  blockText: string;
  blockStart: number;
  blockEnd: number;
}

/**
 * Adds the mentions of one block whose text starts at `offset` in the scanned text, with offsets
 * into the scanned text and into the block.
 */
export function collectBlockMentions(
  blockText: string,
  offset: number,
  matcher: Matcher,
  into: ScannedMention[],
): void {
  for (const match of matcher.findMentions(blockText)) {
    into.push({
      ...match,
      start: offset + match.start,
      end: offset + match.end,
      blockText,
      blockStart: match.start,
      blockEnd: match.end,
    });
  }
}

/**
 * The document's mentions, with offsets into its visible text: the block runs joined by
 * BLOCK_JOINER.
 */
export function scanDocument(root: Node, matcher: Matcher): ScannedMention[] {
  const mentions: ScannedMention[] = [];
  let length = 0;
  for (const run of blockRuns(root)) {
    if (length > 0) length += BLOCK_JOINER.length;
    collectBlockMentions(run.text, length, matcher, mentions);
    length += run.text.length;
  }
  return mentions;
}
