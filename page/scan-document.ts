/**
 * A whole document scanned in one go, without chunking or ranges: what the `kb scan` command uses
 * to see an article exactly as the content script's scanner does (same block runs, same matcher).
 */
import type { Matcher, MentionMatch } from '../lib/matcher';
import { blockRuns } from './block-runs';

/** Blocks are joined with a blank line in the scanned text, as a reader would see paragraphs. */
export const BLOCK_JOINER = '\n\n';

export interface ScannedMention extends MentionMatch {
  /** The text of the block it sits in, and its offsets there (for ranking by sentence). */
  blockText: string;
  blockStart: number;
  blockEnd: number;
}

/** The document's visible text (blocks joined by BLOCK_JOINER) and its mentions, with offsets into that text. */
export function scanDocument(root: Node, matcher: Matcher): { text: string; mentions: ScannedMention[] } {
  let text = '';
  const mentions: ScannedMention[] = [];
  for (const run of blockRuns(root)) {
    if (text.length > 0) text += BLOCK_JOINER;
    const offset = text.length;
    text += run.text;
    for (const match of matcher.findMentions(run.text)) {
      mentions.push({
        ...match,
        start: offset + match.start,
        end: offset + match.end,
        blockText: run.text,
        blockStart: match.start,
        blockEnd: match.end,
      });
    }
  }
  return { text, mentions };
}
