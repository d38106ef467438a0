/**
 * What a page session needs to run in happy-dom: a highlight registry the test can read, clocks the
 * test drives by hand, a card view that records what it was asked to show, and trusted events.
 */
import { BUILT_IN_KB } from '../../../data/kb';
import type { HighlightApi } from '../../../page/highlighter';
import {
  type CardRequest,
  type CardView,
  PageSession,
  type PageSessionOptions,
} from '../../../page/page-session';
import type { PageTimers } from '../../../page/timers';

/** The Highlight API's shape, enough for the highlighter: a set of ranges with a priority. */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

export function fakeHighlights(): HighlightApi & { registry: Map<string, FakeHighlight> } {
  const registry = new Map<string, FakeHighlight>();
  return {
    registry: registry as unknown as HighlightRegistry & Map<string, FakeHighlight>,
    create: () => new FakeHighlight() as unknown as Highlight,
  };
}

/** Clocks driven by the test: timeouts advance with `advance`, frames with `frame`, idle callbacks with `idle`. */
export class ManualTimers implements PageTimers {
  private time = 0;
  private nextId = 1;
  private readonly timeouts = new Map<number, { at: number; callback: () => void }>();
  private frames = new Map<number, () => void>();
  private idles: (() => void)[] = [];
  /** Called at every pause between two scan chunks, before the scan resumes (the page's turn). */
  onYield: (() => void) | null = null;
  yields = 0;

  /** Each reading of the clock moves it on by 1 ms: a budget of N ms is N readings. */
  now(): number {
    this.time += 1;
    return this.time;
  }
  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.timeouts.set(id, { at: this.time + ms, callback });
    return id;
  }
  clearTimeout(id: number | undefined): void {
    if (id !== undefined) this.timeouts.delete(id);
  }
  requestAnimationFrame(callback: () => void): number {
    const id = this.nextId++;
    this.frames.set(id, callback);
    return id;
  }
  cancelAnimationFrame(id: number): void {
    this.frames.delete(id);
  }
  whenIdle(callback: () => void): void {
    this.idles.push(callback);
  }
  /** While true, a scan that pauses waits for `releaseYields()`: the test plays the page meanwhile. */
  holdYields = false;
  private held: (() => void)[] = [];

  async yieldToPage(): Promise<void> {
    this.yields += 1;
    if (this.holdYields) await new Promise<void>((resolve) => this.held.push(resolve));
    else await Promise.resolve();
    this.onYield?.();
  }

  /** Lets held scans go on (and stops holding new pauses). */
  releaseYields(): void {
    this.holdYields = false;
    const held = this.held;
    this.held = [];
    for (const resolve of held) resolve();
  }

  /** Runs the timeouts due within `ms`. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = [...this.timeouts]
        .filter(([, timeout]) => timeout.at <= until)
        .sort((a, b) => a[1].at - b[1].at);
      const first = due[0];
      if (!first) break;
      this.timeouts.delete(first[0]);
      first[1].callback();
    }
    this.time = until;
  }
  pendingTimeouts(): number {
    return this.timeouts.size;
  }
  frame(): void {
    const frames = this.frames;
    this.frames = new Map();
    for (const callback of frames.values()) callback();
  }
  /** Runs the idle callbacks queued so far; returns how many ran. */
  idle(): number {
    const idles = this.idles;
    this.idles = [];
    for (const callback of idles) callback();
    return idles.length;
  }
}

/** A card view that records what it shows. */
export class RecordingCard implements CardView {
  shown: CardRequest | null = null;
  opened: CardRequest[] = [];
  show(model: CardRequest): void {
    this.shown = model;
    this.opened.push(model);
  }
  hide(): void {
    this.shown = null;
  }
  contains(): boolean {
    return false;
  }
  isOwnElement(element: Element): boolean {
    return element.localName === 'caveat-card';
  }
}

/**
 * An event as the browser makes it for real input (`isTrusted` true). A page's script cannot do
 * this: in a browser `isTrusted` is unforgeable; happy-dom lets a test set it.
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** Lets MutationObserver records and resolved promises be delivered. */
export function flushMicrotasks(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SessionUnderTest {
  session: PageSession;
  timers: ManualTimers;
  highlights: ReturnType<typeof fakeHighlights>;
  card: RecordingCard;
  controller: AbortController;
  errors: unknown[];
  /** Lets the page report its changes and the session finish every job they cause. */
  settle(): Promise<void>;
  /** Every range registered under a `caveat-` name, as text. */
  registeredTexts(): string[];
}

export function startSession(options: Partial<PageSessionOptions> = {}): SessionUnderTest {
  const timers = new ManualTimers();
  const highlights = fakeHighlights();
  const card = new RecordingCard();
  const controller = new AbortController();
  const errors: unknown[] = [];
  const session = new PageSession({
    doc: document,
    signal: controller.signal,
    topics: BUILT_IN_KB,
    topicIds: BUILT_IN_KB.map((topic) => topic.id),
    highlightStyle: 'underline',
    hoverDelayMs: 300,
    firstMentionOnly: false,
    theme: 'light',
    card,
    timers,
    highlights,
    createObserver: null,
    isVisible: () => true,
    budgetMs: 1,
    onError: (error) => errors.push(error),
    ...options,
  });
  const settle = async () => {
    for (let round = 0; round < 20; round += 1) {
      await flushMicrotasks();
      await session.idle();
      if (timers.idle() === 0) {
        await flushMicrotasks();
        if (timers.idle() === 0) return;
      }
    }
    throw new Error('the session never settled');
  };
  const registeredTexts = () =>
    [...highlights.registry]
      .filter(([name]) => name.startsWith('caveat-') && name !== 'caveat-active')
      .flatMap(([, highlight]) =>
        [...highlight].map((range) => {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          return live.toString();
        }),
      );
  return { session, timers, highlights, card, controller, errors, settle, registeredTexts };
}
