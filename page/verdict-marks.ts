/**
 * Verdict marks: which mentions sit in a sentence that itself repeats a rated claim, and that
 * claim's verdict (lib/rank/repeats.ts decides). The highlighter paints a marked mention in its
 * verdict's style; the popup lists the claims the page repeats.
 *
 * The claims and the ranker are not in the content script every page loads (docs/decisions/0016):
 * the mentions' text around them goes to `find` — the background, inside the browser — in batches,
 * once the page is idle after a scan found mentions. A page with no mention asks nothing, and with
 * marks turned off nothing is asked.
 */
import type { Verdict } from '../data/schema';
import type { RepeatedClaim, RepeatMark, RepeatQuery } from '../lib/rank/index';
import type { MarkSource } from './highlighter';
import type { MentionSource } from './mention-store';
import type { Mention } from './scanner';
import type { PageTimers } from './timers';

/** Answers a query: one entry per mention, in order, `null` where the sentence repeats no claim. */
export type { RepeatedClaim, RepeatMark, RepeatQuery };

export type FindRepeats = (query: RepeatQuery) => Promise<readonly (RepeatMark | null)[]>;

/** At most this many mentions per request: a long page is checked in several. */
export const MENTIONS_PER_REQUEST = 200;
/**
 * How much of a block is sent on either side of its mentions: the card reads the sentence and, for
 * a topic's subject terms, this much of the paragraph around it (lib/rank/mention-claims.ts).
 */
export const CONTEXT_CHARACTERS = 1000;
/** Checking waits for an idle moment, but no longer than this. */
const IDLE_TIMEOUT_MS = 1000; // ms

export interface VerdictMarksOptions {
  source: MentionSource;
  find: FindRepeats;
  timers: PageTimers;
  signal: AbortSignal;
  enabled: boolean;
  onError?: (error: unknown) => void;
}

/** Builds the query for a batch of mentions: each block's text clipped to around its mentions. */
export function repeatQuery(mentions: readonly Mention[]): RepeatQuery {
  const spans = new Map<Element, { index: number; from: number; to: number; text: string }>();
  for (const mention of mentions) {
    const span = spans.get(mention.block);
    if (span) {
      span.from = Math.min(span.from, mention.start);
      span.to = Math.max(span.to, mention.end);
    } else {
      spans.set(mention.block, {
        index: spans.size,
        from: mention.start,
        to: mention.end,
        text: mention.blockText,
      });
    }
  }
  const blocks: string[] = [];
  const offsets = new Map<Element, number>();
  for (const [block, span] of spans) {
    const from = Math.max(0, span.from - CONTEXT_CHARACTERS);
    blocks[span.index] = span.text.slice(from, span.to + CONTEXT_CHARACTERS);
    offsets.set(block, from);
  }
  return {
    blocks,
    mentions: mentions.map((mention) => {
      const offset = offsets.get(mention.block) ?? 0;
      return {
        block: spans.get(mention.block)?.index ?? 0,
        topicId: mention.topicId,
        start: mention.start - offset,
        end: mention.end - offset,
      };
    }),
  };
}

export class VerdictMarks implements MarkSource {
  private readonly options: VerdictMarksOptions;
  private readonly marks = new Map<Mention, RepeatMark>();
  /** Mentions found and not yet checked. */
  private readonly pending = new Set<Mention>();
  private readonly listeners = new Set<(mentions: readonly Mention[]) => void>();
  private readonly stop: () => void;
  private enabled: boolean;
  private scheduled = false;
  private checking = false;
  private destroyed = false;

  constructor(options: VerdictMarksOptions) {
    this.options = options;
    this.enabled = options.enabled;
    this.stop = options.source.subscribe(({ added, removed }) => {
      const changed: Mention[] = [];
      for (const mention of removed) {
        this.pending.delete(mention);
        if (this.marks.delete(mention)) changed.push(mention);
      }
      for (const mention of added) this.pending.add(mention);
      if (changed.length > 0) this.notify(changed);
      this.schedule();
    });
    for (const mention of options.source.mentions()) this.pending.add(mention);
    options.signal.addEventListener('abort', () => this.destroy(), { once: true });
    this.schedule();
  }

  markOf(mention: Mention): Verdict | undefined {
    return this.enabled ? this.marks.get(mention)?.verdict : undefined;
  }

  /** The claim a mention's sentence repeats, while marks are on. */
  repeatOf(mention: Mention): RepeatMark | undefined {
    return this.enabled ? this.marks.get(mention) : undefined;
  }

  /** The claims the page's shown mentions repeat, in the order they first appear. */
  repeated(): RepeatedClaim[] {
    if (!this.enabled) return [];
    const byClaim = new Map<string, RepeatedClaim>();
    for (const mention of this.options.source.mentions()) {
      const mark = this.marks.get(mention);
      if (!mark) continue;
      const entry = byClaim.get(mark.claimId);
      if (entry) entry.count += 1;
      else byClaim.set(mark.claimId, { ...mark, count: 1 });
    }
    return [...byClaim.values()];
  }

  /** Resolves once every mention found so far has been checked (or marks are off). */
  async settled(): Promise<void> {
    while (!this.destroyed && this.enabled && (this.pending.size > 0 || this.checking)) {
      await new Promise<void>((resolve) => this.options.timers.setTimeout(() => resolve(), 20));
    }
  }

  subscribe(listener: (mentions: readonly Mention[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Turns the marks on or off: painted mentions change style at once. */
  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled || this.destroyed) return;
    this.enabled = enabled;
    if (this.marks.size > 0) this.notify([...this.marks.keys()]);
    this.schedule();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.stop();
    this.pending.clear();
    this.marks.clear();
    this.listeners.clear();
  }

  private notify(mentions: readonly Mention[]): void {
    for (const listener of this.listeners) listener(mentions);
  }

  private schedule(): void {
    if (this.scheduled || this.checking || !this.enabled || this.destroyed || this.pending.size === 0) return;
    this.scheduled = true;
    this.options.timers.whenIdle(() => {
      this.scheduled = false;
      void this.check();
    }, IDLE_TIMEOUT_MS);
  }

  private async check(): Promise<void> {
    if (this.destroyed || !this.enabled || this.checking) return;
    this.checking = true;
    try {
      while (!this.destroyed && this.enabled && this.pending.size > 0) {
        const batch: Mention[] = [];
        for (const mention of this.pending) {
          batch.push(mention);
          if (batch.length >= MENTIONS_PER_REQUEST) break;
        }
        for (const mention of batch) this.pending.delete(mention);
        const answers = await this.options.find(repeatQuery(batch));
        if (this.destroyed) return;
        const changed: Mention[] = [];
        batch.forEach((mention, i) => {
          const mark = answers[i];
          // A mention the page removed meanwhile is not marked.
          if (!mark || !this.options.source.has(mention)) return;
          this.marks.set(mention, mark);
          changed.push(mention);
        });
        if (changed.length > 0 && this.enabled) this.notify(changed);
      }
    } catch (error) {
      // The marks are extra: a failed check leaves the mentions as they are.
      (this.options.onError ?? ((cause) => console.error('Caveat: verdict marks failed', cause)))(error);
    } finally {
      this.checking = false;
    }
    this.schedule();
  }
}
