/**
 * The benchmark's side inside the page: Caveat's real page session (page/page-session.ts: the
 * matcher over the built-in KB, the chunked scan, the mention store, the highlighter, the mutation
 * watcher) and the claim ranker, bundled into one script and exposed as `window.caveatBench`, plus
 * the floor it is compared with. bench/run.ts injects the
 * bundle into each generated page and calls these functions; nothing here touches the extension's
 * storage or messaging, so the figures are the engine's own.
 */
import { BUILT_IN_KB } from '../data/kb';
import { compileMatcherData, type Matcher, matcherFromData } from '../lib/match/matcher';
import { createMentionClaimRanker } from '../lib/rank/mention-claims';
import { createClaimRanker } from '../lib/rank/ranker';
import { sentenceAround } from '../lib/text/sentence';
import { type BlockRun, blockRuns, locateInRun } from '../page/block-runs';
import { slotOf } from '../page/highlighter';
import { type CardView, PageSession } from '../page/page-session';
import { defaultRangeFactory } from '../page/scanner';
import { browserTimers } from '../page/timers';
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

/** The main-thread stretches of the session's chunked scans, as the session reports them. */
class ChunkClock {
  chunks: number[] = [];

  readonly record = (startedAt: number, endedAt: number): void => {
    this.chunks.push(endedAt - startedAt);
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

/** The benchmark has no card to show: hovering is measured in the built extension (bench/run.ts). */
const NO_CARD: CardView = {
  show: () => {},
  hide: () => {},
  contains: () => false,
  isOwnElement: () => false,
};

interface State {
  /** The matcher over the built-in KB, for counting what appended paragraphs should hold. */
  matcher: Matcher;
  session: PageSession | null;
  clock: ChunkClock;
  compileMs: number;
  /** Mentions the session has found so far. */
  added: number;
  onAdded: (() => void) | null;
  /** Reports of the session's mutation watcher (each one rescan). */
  watcherReports: number;
}

let state: State | null = null;

/**
 * The matcher's expressions as the build compiles them (scripts/build/built-in-kb.ts writes this into
 * the content script); a page only creates the regular expressions from it.
 */
const MATCHER_DATA = compileMatcherData(BUILT_IN_KB);

/** Creates the matcher once (timed), as the content script does when a page loads. */
function prepare(): State {
  if (state) return state;
  const started = performance.now();
  const matcher = matcherFromData(MATCHER_DATA);
  const compileMs = performance.now() - started;
  state = {
    matcher,
    session: null,
    clock: new ChunkClock(),
    compileMs,
    added: 0,
    onAdded: null,
    watcherReports: 0,
  };
  return state;
}

/** The content script's page session, exactly as the extension runs it, with timed chunks. */
function startSession(current: State): PageSession {
  const timers = browserTimers(window);
  const session = new PageSession({
    doc: document,
    signal: new AbortController().signal,
    topics: BUILT_IN_KB,
    matcherFor: () => matcherFromData(MATCHER_DATA),
    topicIds: BUILT_IN_KB.map((topic) => topic.id),
    highlightStyle: 'underline',
    hoverDelayMs: 0,
    firstMentionOnly: false,
    theme: 'light',
    card: NO_CARD,
    onChunk: current.clock.record,
    timers: {
      ...timers,
      whenIdle: (callback, timeoutMs) =>
        timers.whenIdle(() => {
          current.watcherReports += 1;
          callback();
        }, timeoutMs),
    },
  });
  session.found.subscribe(({ added }) => {
    current.added += added.length;
    current.onAdded?.();
  });
  current.session = session;
  return session;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** The initial scan of the whole page, with highlighting, by a new page session. */
async function scan(): Promise<ScanResult> {
  const current = prepare();
  current.session?.destroy();
  current.added = 0;
  const { clock } = current;
  clock.chunks = [];
  const started = performance.now();
  const session = startSession(current);
  await session.start();
  const ms = performance.now() - started;
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const paintedMs = performance.now() - started;
  return {
    ms,
    paintedMs,
    busyMs: clock.busy(),
    chunks: clock.chunks.length,
    longestChunkMs: clock.longest(),
    compileMs: current.compileMs,
    mentions: session.shown.size,
  };
}

/**
 * Appends paragraphs to the article in batches, one batch per frame as an infinite-scroll page
 * does; the session scanned the page first and its own mutation watcher queues the rescans.
 * Resolves when every mention in the new paragraphs is highlighted.
 */
async function append(paragraphs: readonly string[], batchSize: number): Promise<AppendResult> {
  const current = prepare();
  const session = current.session ?? startSession(current);
  if (!current.session) await session.start();
  const { clock, matcher } = current;
  const container = document.querySelector('article') ?? document.body;
  // What the new paragraphs hold, by the same matcher: each is one block of inline text.
  const template = document.createElement('template');
  let expectedMentions = 0;
  for (const html of paragraphs) {
    template.innerHTML = html;
    expectedMentions += matcher.findMentions(template.content.textContent ?? '').length;
  }
  await session.idle();
  clock.chunks = [];
  current.watcherReports = 0;
  const target = session.shown.size + expectedMentions;
  const done = new Promise<void>((resolve) => {
    current.onAdded = () => {
      if (session.shown.size >= target) resolve();
    };
  });
  const started = performance.now();
  for (let index = 0; index < paragraphs.length; index += batchSize) {
    if (index > 0) await nextFrame();
    container.insertAdjacentHTML('beforeend', paragraphs.slice(index, index + batchSize).join(''));
  }
  const lastAppended = performance.now();
  // Bounded, so a broken engine fails the run instead of hanging it.
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`only ${session.shown.size} of ${target} mentions painted`)), 30_000),
  );
  if (expectedMentions > 0) await Promise.race([done, timeout]);
  const finished = performance.now();
  await session.idle();
  current.onAdded = null;
  return {
    paragraphs: paragraphs.length,
    expectedMentions,
    totalMs: finished - started,
    lagMs: finished - lastAppended,
    busyMs: clock.busy(),
    longestChunkMs: clock.longest(),
    rescans: current.watcherReports,
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
  const slots = new Map(BUILT_IN_KB.map((topic, index) => [topic.id, slotOf(index)]));
  for (const { topicId, range } of ranges) {
    let highlight = highlights.get(topicId);
    if (!highlight) {
      highlight = new Highlight();
      highlights.set(topicId, highlight);
      // A name of its own: the session's highlights (caveat-underline-<slot>) stay as they are.
      CSS.highlights.set(`bench-breakdown-${slots.get(topicId) ?? 0}`, highlight);
    }
    highlight.add(range);
  }
  const highlightMs = performance.now() - started;
  // Every range of the page, unstyled: gone before anything else is measured on this page.
  for (const name of [...CSS.highlights.keys()])
    if (name.startsWith('bench-breakdown-')) CSS.highlights.delete(name);
  return { walkMs, matchMs, visibleMs, rangesMs, highlightMs, runs: runs.length };
}

/**
 * What the page pays when one highlight changes after the scan, as when a card opens and its
 * mention is drawn as active: from the change until the frame after it has been produced.
 */
async function activeChangeFrame(): Promise<number> {
  const session = prepare().session;
  if (!session) throw new Error('scan the page first');
  await nextFrame();
  const started = performance.now();
  // Opening a card marks its mention active: the same highlight change, through the session.
  session.nextMention();
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const elapsed = performance.now() - started;
  session.close();
  return elapsed;
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
