/**
 * What a mention in a page is, and how one block run's matches become mentions: ranges across
 * the run's text nodes. The walk over the page, in chunks, is the page session's work
 * (page-session.ts); this module only answers "what does this block mention?".
 */
import type { Matcher } from '../lib/match/index';
import { type BlockRun, locateInRun } from './block-runs';

/** One mention of a topic in the page. */
export interface Mention {
  readonly id: number;
  readonly topicId: string;
  /** The page's own text of the mention. */
  readonly text: string;
  /** The knowledge-base alias that matched. */
  readonly alias: string;
  /** For a gated alias: the term in the same block that allowed it. */
  readonly contextTerm?: string;
  readonly range: AbstractRange;
  /** The block the mention sits in; its text gives the sentence around the mention. */
  readonly block: Element;
  readonly blockText: string;
  /** UTF-16 offsets of the mention in `blockText`. */
  readonly start: number;
  readonly end: number;
}

export type RangeFactory = (
  startNode: Text,
  startOffset: number,
  endNode: Text,
  endOffset: number,
) => AbstractRange;

/** StaticRange where the browser has it (no cost on later DOM changes), a live Range otherwise. */
export function defaultRangeFactory(doc: Document): RangeFactory {
  const view = doc.defaultView as (Window & { StaticRange?: typeof StaticRange }) | null;
  const Static = view?.StaticRange;
  if (Static) {
    return (startContainer, startOffset, endContainer, endOffset) =>
      new Static({ startContainer, startOffset, endContainer, endOffset });
  }
  return (startNode, startOffset, endNode, endOffset) => {
    const range = doc.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  };
}

export interface MentionFinderOptions {
  matcher: Matcher;
  createRange?: RangeFactory;
  /** Whether a block is rendered; blocks with mentions only are asked. */
  isVisible?: (block: Element) => boolean;
}

/**
 * Default work budget per chunk: comfortably under the 50 ms that counts as a long task, so input
 * stays responsive while a multi-megabyte page is scanned.
 */
export const SCAN_BUDGET_MS = 8;

function defaultIsVisible(block: Element): boolean {
  const check = (block as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return check ? check.call(block) : true;
}

/** Turns the matches in one block run into mentions with ranges across its text nodes. */
export class MentionFinder {
  private readonly matcher: Matcher;
  private readonly isVisible: (block: Element) => boolean;
  private createRange: RangeFactory | undefined;
  private nextId = 1;

  constructor(options: MentionFinderOptions) {
    this.matcher = options.matcher;
    this.createRange = options.createRange;
    this.isVisible = options.isVisible ?? defaultIsVisible;
  }

  /** The mentions in `run`, in order (none when its block is not rendered). */
  find(run: BlockRun): Mention[] {
    const matches = this.matcher.findMentions(run.text);
    if (matches.length === 0 || !this.isVisible(run.block)) return [];
    this.createRange ??= defaultRangeFactory(run.block.ownerDocument);
    return matches.map((match) => {
      const from = locateInRun(run, match.start, false);
      const to = locateInRun(run, match.end, true);
      return {
        id: this.nextId++,
        topicId: match.topicId,
        text: match.text,
        alias: match.alias,
        ...(match.contextTerm === undefined ? {} : { contextTerm: match.contextTerm }),
        range: (this.createRange as RangeFactory)(from.node, from.offset, to.node, to.offset),
        block: run.block,
        blockText: run.text,
        start: match.start,
        end: match.end,
      };
    });
  }
}
