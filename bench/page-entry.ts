/**
 * The benchmark's side inside the page: Caveat's real engine (compileMatcher over the built-in KB,
 * MentionScanner, MentionHighlighter, MutationWatcher, the claim ranker) bundled into one script and
 * exposed as `window.caveatBench`, plus the floor it is compared with. bench/run.ts injects the
 * bundle into each generated page and calls these functions; nothing here touches the extension's
 * storage or messaging, so the figures are the engine's own.
 */
import { BUILT_IN_KB } from '../data/kb';
import { compileMatcher, type Matcher } from '../lib/matcher';
import { createMentionClaimRanker } from '../lib/mention-claims';
import { createClaimRanker } from '../lib/ranker';
import { sentenceAround } from '../lib/sentence';
import { type BlockRun, blockRuns, locateInRun } from '../page/block-runs';
import { MentionHighlighter } from '../page/highlighter';
import { MutationWatcher } from '../page/mutation-watcher';
import { defaultRangeFactory, type Mention, MentionScanner } from '../page/scanner';
import { generatedTopic } from './claims-generator';

export interface FloorResult {
  ms: number;
  textNodes: number;
  chars: number;
}

export interface ScanResult {
  /** From the call until the scan resolved, pauses between chunks included. */
  ms: number;
  /** Until the frame after the scan was produced: the browser's painting of the highlights included. */
  paintedMs: number;
  /** Main-thread time of the chunks (matching, ranges, highlight registration). */
  busyMs: number;
  chunks: number;
  longestChunkMs: number;
  compileMs: number;
  mentions: number;
}

export interface AppendResult {
  paragraphs: number;
  expectedMentions: number;
  /** From the first batch appended until every new mention was highlighted. */
  totalMs: number;
  /** From the last batch appended until every new mention was highlighted. */
  lagMs: number;
  /** Main-thread time of the rescans. */
  busyMs: number;
  longestChunkMs: number;
  /** Reports of the mutation watcher, each one rescan. */
  rescans: number;
}

export interface RankResult {
  claims: number;
  mentions: number;
  indexMs: number;
  /** Milliseconds per mention (sentence around it + ranking the top 3), one entry per mention. */
  times: number[];
}

/** Records the main-thread stretches of a chunked scan: the time between two yields. */
class ChunkClock {
  chunks: number[] = [];
  private started = 0;

  begin(): void {
    this.started = performance.now();
  }

  end(): void {
    this.chunks.push(performance.now() - this.started);
  }

  /** The scanner's default way of yielding (scheduler.yield), timed. */
  readonly yieldToPage = async (): Promise<void> => {
    this.end();
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (scheduler?.yield) await scheduler.yield();
    else await new Promise((resolve) => setTimeout(resolve, 0));
    this.begin();
  };

  busy(): number {
    return this.chunks.reduce((sum, chunk) => sum + chunk, 0);
  }

  longest(): number {
    return Math.max(0, ...this.chunks);
  }
}

/** The lower bound: one TreeWalker pass reading every character of every text node once. */
function floor(): FloorResult {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let chars = 0;
  let misses = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    // U+0001 never occurs in the page: indexOf reads every character.
    if (data.indexOf('\u0001') === -1) misses += 1;
    textNodes += 1;
    chars += data.length;
  }
  const ms = performance.now() - started;
  if (misses !== textNodes) throw new Error('the floor found a character that is never there');
  return { ms, textNodes, chars };
}

interface State {
  matcher: Matcher;
  highlighter: MentionHighlighter;
  scanner: MentionScanner;
  clock: ChunkClock;
  compileMs: number;
  added: number;
  /** Whether found mentions are painted (off only to see what painting costs). */
  paint: boolean;
  onAdded: (() => void) | null;
  watcher: MutationWatcher | null;
}

let state: State | null = null;

/** Compiles the matcher and creates the scanner and highlighter, as CaveatPage does. */
function prepare(): State {
  if (state) return state;
  const clock = new ChunkClock();
  const started = performance.now();
  const matcher = compileMatcher(BUILT_IN_KB);
  const compileMs = performance.now() - started;
  const highlighter = new MentionHighlighter('underline');
  const current: State = {
    matcher,
    highlighter,
    clock,
    compileMs,
    added: 0,
    paint: true,
    onAdded: null,
    watcher: null,
    scanner: new MentionScanner({
      matcher,
      onAdd: (mentions: readonly Mention[]) => {
        if (current.paint) highlighter.add(mentions);
        current.added += mentions.length;
        current.onAdded?.();
      },
      onRemove: (mentions: readonly Mention[]) => highlighter.remove(mentions),
      yieldToPage: clock.yieldToPage,
    }),
  };
  state = current;
  return current;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** The initial scan of the whole page, with highlighting. */
async function scan(options: { paint?: boolean } = {}): Promise<ScanResult> {
  const current = prepare();
  current.paint = options.paint ?? true;
  const { clock } = current;
  clock.chunks = [];
  const started = performance.now();
  clock.begin();
  await current.scanner.scan(document.body);
  clock.end();
  const ms = performance.now() - started;
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const paintedMs = performance.now() - started;
  const counts = current.highlighter.counts();
  return {
    ms,
    paintedMs,
    busyMs: clock.busy(),
    chunks: clock.chunks.length,
    longestChunkMs: clock.longest(),
    compileMs: current.compileMs,
    mentions: current.paint ? Object.values(counts).reduce((sum, count) => sum + count, 0) : current.added,
  };
}

/**
 * Appends paragraphs to the article in batches, one batch per frame as an infinite-scroll page
 * does, with the mutation watcher wired to rescans as CaveatPage wires it. Resolves when every
 * mention in the new paragraphs is highlighted.
 */
async function append(paragraphs: readonly string[], batchSize: number): Promise<AppendResult> {
  const current = prepare();
  const { clock, matcher } = current;
  const container = document.querySelector('article') ?? document.body;
  // What the new paragraphs hold, by the same matcher: each is one block of inline text.
  const template = document.createElement('template');
  let expectedMentions = 0;
  for (const html of paragraphs) {
    template.innerHTML = html;
    expectedMentions += matcher.findMentions(template.content.textContent ?? '').length;
  }
  clock.chunks = [];
  let rescans = 0;
  let chain = Promise.resolve();
  current.watcher?.destroy();
  current.watcher = new MutationWatcher(document.documentElement, {
    onChange: (blocks) => {
      rescans += 1;
      chain = chain.then(async () => {
        clock.begin();
        await current.scanner.rescan(blocks);
        clock.end();
      });
    },
  });
  const target = current.added + expectedMentions;
  const done = new Promise<void>((resolve) => {
    current.onAdded = () => {
      if (current.added >= target) resolve();
    };
  });
  const started = performance.now();
  for (let index = 0; index < paragraphs.length; index += batchSize) {
    if (index > 0) await nextFrame();
    container.insertAdjacentHTML('beforeend', paragraphs.slice(index, index + batchSize).join(''));
  }
  const lastAppended = performance.now();
  if (expectedMentions > 0) await done;
  // Found is not yet painted: wait until the highlighter holds every new mention (bounded, so a
  // broken engine fails the run instead of hanging it).
  const deadline = performance.now() + 30_000;
  while (paintedRanges() < target) {
    if (performance.now() > deadline)
      throw new Error(`only ${paintedRanges()} of ${target} mentions painted`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const finished = performance.now();
  await chain;
  current.onAdded = null;
  current.watcher.destroy();
  current.watcher = null;
  return {
    paragraphs: paragraphs.length,
    expectedMentions,
    totalMs: finished - started,
    lagMs: finished - lastAppended,
    busyMs: clock.busy(),
    longestChunkMs: clock.longest(),
    rescans,
  };
}

export interface Breakdown {
  /** Walking the page into block runs (block-runs.ts), nothing else. */
  walkMs: number;
  /** The matcher over every run's text. */
  matchMs: number;
  /** checkVisibility on the blocks with a match. */
  visibleMs: number;
  /** Locating the match offsets in the runs and creating the StaticRanges. */
  rangesMs: number;
  /** Adding the ranges to the highlights. */
  highlightMs: number;
  runs: number;
}

/**
 * The initial scan's parts timed one after another, on a page not scanned yet: where the time goes
 * when the whole scan is slower than the floor.
 */
function breakdown(): Breakdown {
  const { matcher } = prepare();
  let started = performance.now();
  const runs: BlockRun[] = [...blockRuns(document.body)];
  const walkMs = performance.now() - started;
  started = performance.now();
  const found = runs.map((run) => matcher.findMentions(run.text));
  const matchMs = performance.now() - started;
  started = performance.now();
  const visible = runs.map((run, index) => (found[index]?.length ? run.block.checkVisibility() : false));
  const visibleMs = performance.now() - started;
  started = performance.now();
  const createRange = defaultRangeFactory(document);
  const ranges: { topicId: string; range: AbstractRange }[] = [];
  runs.forEach((run, index) => {
    if (!visible[index]) return;
    for (const match of found[index] ?? []) {
      const from = locateInRun(run, match.start, false);
      const to = locateInRun(run, match.end, true);
      ranges.push({ topicId: match.topicId, range: createRange(from.node, from.offset, to.node, to.offset) });
    }
  });
  const rangesMs = performance.now() - started;
  started = performance.now();
  const highlights = new Map<string, Highlight>();
  for (const { topicId, range } of ranges) {
    let highlight = highlights.get(topicId);
    if (!highlight) {
      highlight = new Highlight();
      highlights.set(topicId, highlight);
      CSS.highlights.set(`caveat-underline-${topicId}`, highlight);
    }
    highlight.add(range);
  }
  const highlightMs = performance.now() - started;
  return { walkMs, matchMs, visibleMs, rangesMs, highlightMs, runs: runs.length };
}

/**
 * What the page pays when one highlight changes after the scan, as when a card opens and its
 * mention is drawn as active: from the change until the frame after it has been produced.
 */
async function activeChangeFrame(): Promise<number> {
  const current = prepare();
  const first = current.scanner.mentions()[0] ?? null;
  await nextFrame();
  const started = performance.now();
  current.highlighter.setActive(first);
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const elapsed = performance.now() - started;
  current.highlighter.setActive(null);
  return elapsed;
}

/** Ranges registered in Caveat's topic highlights. */
/**
 * Mentions the highlighter holds. Those near the viewport are registered in `CSS.highlights` at
 * once; the others as they come near it (docs/decisions/0007), so the registry is not the count.
 */
function paintedRanges(): number {
  const counts = state?.highlighter.counts() ?? {};
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/** Long tasks seen since `observeLongTasks()`, in milliseconds. */
let longTasks: number[] = [];
let longTaskObserver: PerformanceObserver | null = null;

function observeLongTasks(): boolean {
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) return false;
  longTasks = [];
  longTaskObserver?.disconnect();
  longTaskObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  longTaskObserver.observe({ type: 'longtask' });
  return true;
}

async function takeLongTasks(): Promise<number[]> {
  // Entries are delivered after the task ends: give the observer a task of its own.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const taken = longTasks;
  longTasks = [];
  return taken;
}

/** The aliases of the built-in KB as plain strings (what mark.js is given). */
function aliases(): string[] {
  return BUILT_IN_KB.flatMap((topic) =>
    topic.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)),
  );
}

/** The mentions in some paragraphs, with the text of their block, to rank claims for. */
function mentionsIn(
  paragraphs: readonly string[],
): { topicId: string; text: string; start: number; end: number }[] {
  const matcher = prepare().matcher;
  const template = document.createElement('template');
  return paragraphs.flatMap((html) => {
    template.innerHTML = html;
    const text = template.content.textContent ?? '';
    return matcher
      .findMentions(text)
      .map((match) => ({ topicId: match.topicId, text, start: match.start, end: match.end }));
  });
}

/** Ranking a topic's claims for each mention's sentence with the built-in KB, as the card does. */
function rankBuiltIn(paragraphs: readonly string[], rounds: number): RankResult {
  const mentions = mentionsIn(paragraphs);
  const rank = createMentionClaimRanker(BUILT_IN_KB);
  const indexStarted = performance.now();
  for (const topic of BUILT_IN_KB) rank.prepare(topic.id);
  const indexMs = performance.now() - indexStarted;
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const mention of mentions) {
      const started = performance.now();
      rank.rank(mention.topicId, mention.text, mention.start, mention.end);
      times.push(performance.now() - started);
    }
  }
  const claims = BUILT_IN_KB.reduce((sum, topic) => sum + topic.claims.length, 0);
  return { claims, mentions: mentions.length, indexMs, times };
}

/** The same, with every mention ranked against one generated topic of `claimCount` claims. */
function rankGenerated(paragraphs: readonly string[], claimCount: number, rounds: number): RankResult {
  const mentions = mentionsIn(paragraphs);
  const topic = generatedTopic(claimCount);
  const indexStarted = performance.now();
  const ranker = createClaimRanker(topic);
  ranker.rank('warm up the index');
  const indexMs = performance.now() - indexStarted;
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const mention of mentions) {
      const started = performance.now();
      ranker.rank(sentenceAround(mention.text, mention.start, mention.end).text, 3);
      times.push(performance.now() - started);
    }
  }
  return { claims: claimCount, mentions: mentions.length, indexMs, times };
}

const api = {
  floor,
  prepare: () => {
    prepare();
  },
  scan,
  breakdown,
  activeChangeFrame,
  append,
  observeLongTasks,
  takeLongTasks,
  aliases,
  rankBuiltIn,
  rankGenerated,
};

export type CaveatBench = typeof api;

(globalThis as unknown as { caveatBench: CaveatBench }).caveatBench = api;
