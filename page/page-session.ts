/**
 * Caveat on one page, from the first scan until it stops: one owner for the mentions and for the
 * work that finds them.
 *
 * - Work: the first scan, every rescan of blocks the page changed, and the scan after a restart
 *   go through one WorkQueue, one job at a time. Each job checks the session's signal and the
 *   queue's generation before every chunk, so nothing runs, and nothing is painted, after
 *   `destroy()` or for the topics before a `restart()`.
 * - Mentions: one MentionSet of what was found and one of what is shown (the same set unless "first
 *   mention only"). The highlighter, the hit test, the badge count and the popup's summary all read
 *   or subscribe to `shown`.
 * - Clocks and the highlight registry are injected (page/timers.ts, HighlightApi), so the session
 *   runs under test in happy-dom and the benchmark drives this very code.
 *
 * Only trusted input drives it: a page can dispatch synthetic key and pointer events, so handlers
 * ignore events whose `isTrusted` is false. Browser glue (storage, messages) stays in the
 * entrypoint; this layer knows the DOM, the engine and a CardView to render into.
 */
import {
  HOVER_GRACE_MS,
  type HoverEvent,
  type HoverState,
  hoverReducer,
  INITIAL_HOVER_STATE,
  intentTimeoutMs,
} from '../lib/hover/index';
import type { MatchingTopic } from '../lib/match/index';
import { compileMatcher, type Matcher } from '../lib/match/index';
import type { HighlightStyle } from '../lib/settings/index';
import { BlockWalker } from './block-runs';
import { type HighlightApi, MentionHighlighter, slotOf } from './highlighter';
import { mentionAtPoint, mentionRect, textLines } from './hit-test';
import { FirstMentionFilter, MentionSet, type MentionSource } from './mention-store';
import { closestScannableBlock, MutationWatcher } from './mutation-watcher';
import { type Mention, MentionFinder, type RangeFactory, SCAN_BUDGET_MS } from './scanner';
import { browserTimers, type PageTimers } from './timers';
import { type FindRepeats, type RepeatedClaim, VerdictMarks } from './verdict-marks';
import { type JobContext, WorkQueue } from './work-queue';

/**
 * What the card is asked to show for one mention: the topic and the text around the mention. The
 * card ranks the topic's claims against that text itself: the claims, and the ranker, are not
 * loaded on a page until a card is needed (docs/decisions/0016-lean-first-stage.md).
 */
export interface CardRequest {
  mentionId: number;
  topic: Pick<MatchingTopic, 'id' | 'name'>;
  /** The mention's block text, and where the mention sits in it. */
  context: { text: string; start: number; end: number };
  why: { matchedText: string; alias: string; contextTerm?: string };
  theme: 'light' | 'dark';
  /** Whether verdict marks are on: the card then says when the sentence repeats a rated claim. */
  marks: boolean;
}

/** Where a card's mention is on screen; asked again each time the card is placed (scroll, resize). */
export interface CardAnchor {
  /** The line box of the mention nearest the pointer (the first one when the keyboard opened it). */
  mention(): DOMRect;
  /**
   * The line boxes of `context.text` from `start` to `end` (UTF-16 offsets, as in the request): the
   * sentence the card is about. Empty when the block no longer holds that text.
   */
  lines(start: number, end: number): DOMRect[];
}

/** Where the card is drawn (a shadow-root UI in the extension, a stub in tests). */
export interface CardView {
  /** Shows the card beside `anchor`; with `focus`, moves keyboard focus into it. */
  show(request: CardRequest, anchor: CardAnchor, options: { focus: boolean }): void;
  hide(): void;
  /** A card of these topics may be asked for soon (the pointer rests on a mention): get ready. */
  prepare?(topicIds: readonly string[]): void;
  /**
   * The pointer has started to rest on a mention: make its card now, out of sight, so that the
   * `show` of the same request at the end of the intent delay only reveals it. A `hide` (or another
   * `preview`) drops it.
   */
  preview?(request: CardRequest, anchor: CardAnchor): void;
  /** Whether an event target (from `composedPath()`) belongs to the card. */
  contains(target: EventTarget): boolean;
  /** Whether an element is Caveat's own UI (never scanned). */
  isOwnElement(element: Element): boolean;
}

export interface PageSessionOptions {
  doc: Document;
  /** The content script's signal (`ctx.signal`): when it aborts, the session is destroyed. */
  signal: AbortSignal;
  /** Every topic Caveat knows, in display order (their order picks the highlight colours). */
  topics: readonly MatchingTopic[];
  /** The topics to look for here (enabled, and not marked "not relevant" on this site). */
  topicIds: readonly string[];
  /** Builds the matcher for the topics looked for; by default compiled here from their aliases. */
  matcherFor?: (topics: readonly MatchingTopic[]) => Matcher;
  highlightStyle: HighlightStyle;
  hoverDelayMs: number;
  firstMentionOnly: boolean;
  /** The card's theme, or how to find it when a card opens (reading the page's colours waits until then). */
  theme: 'light' | 'dark' | (() => 'light' | 'dark');
  card: CardView;
  /**
   * Verdict marks: which mentions' sentences repeat a rated claim (the background answers, see
   * page/verdict-marks.ts). Without it, nothing is marked.
   */
  findRepeats?: FindRepeats;
  /** Whether verdict marks are on. */
  verdictMarks?: boolean;
  /** The card's "Not relevant here" was pressed for a topic. */
  onNotRelevant?: (topicId: string) => void;
  /** A scan job failed; the session goes on with the next one. */
  onError?: (error: unknown) => void;
  // Injected for tests and the benchmark; the browser's own by default.
  timers?: PageTimers;
  highlights?: HighlightApi;
  createObserver?: ((callback: IntersectionObserverCallback) => IntersectionObserver) | null;
  createRange?: RangeFactory;
  isVisible?: (block: Element) => boolean;
  /** Longest stretch of scanning before giving the page its main thread back. */
  budgetMs?: number;
  /** Told the start and end (`timers.now()`) of every chunk of scanning: the benchmark's clock. */
  onChunk?: (startedAt: number, endedAt: number) => void;
}

/** The keyboard shortcut that also works when the browser does not deliver the manifest command. */
function isNextMentionShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyK';
}

export class PageSession {
  /** Every mention the scan found. */
  readonly found = new MentionSet();
  /** The mentions the reader sees: painted, hit-tested, counted and listed in the popup. */
  readonly shown: MentionSource;

  private readonly options: PageSessionOptions;
  private readonly doc: Document;
  private readonly abort = new AbortController();
  private readonly timers: PageTimers;
  private readonly queue: WorkQueue;
  private readonly highlighter: MentionHighlighter;
  private readonly marks: VerdictMarks | null;
  private readonly filter: FirstMentionFilter | null;
  private readonly slots: Map<string, number>;
  private finder: MentionFinder;
  private watcher: MutationWatcher | null = null;
  private hover: HoverState<Mention> = INITIAL_HOVER_STATE;
  private timer: number | undefined;
  private lastPointer = { x: 0, y: 0 };
  /** When the pointer last moved (`timers.now()`): the intent delay runs from there. */
  private lastPointerAt = 0;
  private pointerFrame = 0;
  private focusBeforeCard: Element | null = null;
  /** The card previewed for the pending mention, shown as it was made when the delay elapses. */
  private previewed: { mention: Mention; request: CardRequest; anchor: CardAnchor } | null = null;
  /** The page's address when the scan last started over. */
  private address: string;

  constructor(options: PageSessionOptions) {
    this.options = { ...options };
    this.doc = options.doc;
    this.timers = options.timers ?? browserTimers(options.doc.defaultView as Window);
    const signal = this.abort.signal;
    if (options.signal.aborted) this.abort.abort();
    else options.signal.addEventListener('abort', () => this.destroy(), { once: true, signal });
    this.queue = new WorkQueue({
      signal,
      onError: options.onError ?? ((error) => console.error('Caveat: a page scan failed', error)),
    });
    if (options.firstMentionOnly) {
      const shown = new MentionSet();
      this.filter = new FirstMentionFilter(this.found, shown);
      this.shown = shown;
    } else {
      this.filter = null;
      this.shown = this.found;
    }
    this.slots = new Map(options.topics.map((topic, index) => [topic.id, slotOf(index)]));
    this.marks = options.findRepeats
      ? new VerdictMarks({
          source: this.shown,
          find: options.findRepeats,
          timers: this.timers,
          signal,
          enabled: options.verdictMarks ?? true,
        })
      : null;
    this.highlighter = new MentionHighlighter({
      source: this.shown,
      style: options.highlightStyle,
      slot: (topicId) => this.slots.get(topicId) ?? 0,
      ...(this.marks ? { marks: this.marks } : {}),
      ...(options.highlights ? { highlights: options.highlights } : {}),
      ...(options.createObserver !== undefined ? { createObserver: options.createObserver } : {}),
    });
    this.shown.subscribe(({ removed }) => {
      if (this.hover.phase !== 'idle' && removed.includes(this.hover.target)) this.dismiss();
    });
    this.finder = this.createFinder(options.topicIds);
    this.address = this.currentAddress();
    this.listenForKeys();
    // The hover machine's pointer and scroll listeners wait for the first mention shown: a page
    // that has none never runs them (docs/decisions/0022-the-floor-of-every-page.md).
    const stopWaiting = this.shown.subscribe(({ added }) => {
      if (added.length === 0 || this.destroyed) return;
      stopWaiting();
      this.listenForPointer();
    });
    signal.addEventListener('abort', stopWaiting, { once: true });
  }

  /** Whether the session has stopped for good. */
  get destroyed(): boolean {
    return this.abort.signal.aborted;
  }

  /** Queues the scan of the page and starts watching it for new text. Resolves when the scan is done. */
  start(): Promise<void> {
    if (this.destroyed) return Promise.resolve();
    this.watcher ??= new MutationWatcher(this.doc.documentElement, {
      skip: (element) => this.options.card.isOwnElement(element),
      whenIdle: (callback, timeoutMs) => this.timers.whenIdle(callback, timeoutMs),
      onChange: (blocks) => {
        // A single-page app that changes route rewrites the page: a new address is a new article.
        if (this.addressChanged()) void this.restart();
        else void this.queue.enqueue((job) => this.rescan(blocks, job));
      },
    });
    return this.queue.enqueue((job) => this.scan(job));
  }

  /** Resolves once every scan queued so far has finished. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /**
   * Starts over (a single-page app changed route, or the topics changed): the work queued so far
   * stops before its next chunk, every mention goes, and a new scan is queued.
   */
  restart(topicIds: readonly string[] = this.options.topicIds): Promise<void> {
    if (this.destroyed) return Promise.resolve();
    this.queue.restart();
    this.address = this.currentAddress();
    this.dismiss();
    this.found.clear();
    this.options.topicIds = topicIds;
    this.finder = this.createFinder(topicIds);
    return this.start();
  }

  setHighlightStyle(style: HighlightStyle): void {
    this.highlighter.setStyle(style);
  }

  setHoverDelay(ms: number): void {
    this.options.hoverDelayMs = ms;
  }

  setTheme(theme: PageSessionOptions['theme']): void {
    this.options.theme = theme;
  }

  /** Turns verdict marks on or off; marked mentions change style at once. */
  setVerdictMarks(on: boolean): void {
    this.options.verdictMarks = on;
    this.marks?.setEnabled(on);
  }

  /** The rated claims the page's sentences repeat, once every mention found so far is checked. */
  async repeatedClaims(): Promise<RepeatedClaim[]> {
    if (!this.marks) return [];
    await this.marks.settled();
    return this.marks.repeated();
  }

  /** The mentions shown, in document order. */
  mentions(): Mention[] {
    return this.shown.mentions();
  }

  /** Moves to the mention after the open one (or the first below the top of the view) and opens its card. */
  nextMention(): boolean {
    if (this.destroyed) return false;
    const mentions = this.mentions();
    if (mentions.length === 0) return false;
    const current = this.hover.phase === 'open' ? this.hover.target : null;
    let index = current ? mentions.indexOf(current) + 1 : -1;
    if (index <= 0 && !current) {
      index = mentions.findIndex((mention) => mentionRect(mention, this.doc).top >= 0);
    }
    if (index < 0 || index >= mentions.length) index = 0;
    this.reveal(mentions[index] as Mention);
    return true;
  }

  /** Scrolls to the first mention of a topic and opens its card with focus in it. */
  revealTopic(topicId: string): boolean {
    if (this.destroyed) return false;
    const mention = this.mentions().find((candidate) => candidate.topicId === topicId);
    if (!mention) return false;
    this.reveal(mention);
    return true;
  }

  /** Called by the card's "Not relevant here": stop highlighting this topic here. */
  notRelevant(topicId: string): void {
    this.options.onNotRelevant?.(topicId);
    this.dismiss();
  }

  /** Called by the card's close button. */
  close(): void {
    this.dismiss();
  }

  /** Stops everything: queued work, listeners, timers, highlights, the card. Safe to call twice. */
  destroy(): void {
    if (this.destroyed) return;
    this.dispatch({ type: 'dismiss' });
    this.abort.abort();
    this.timers.clearTimeout(this.timer);
    if (this.pointerFrame) this.timers.cancelAnimationFrame(this.pointerFrame);
    this.watcher?.destroy();
    this.found.clear();
    this.filter?.destroy();
    this.marks?.destroy();
    this.highlighter.destroy();
    this.options.card.hide();
  }

  // -------------------------------------------------------------------------------------------

  /**
   * Whether the page's address changed since the scan last started over. Read when the page's text
   * changes, so a route change costs nothing until the new story is written, and a page cannot
   * restart the scan without changing its address and its text.
   */
  private addressChanged(): boolean {
    return this.currentAddress() !== this.address;
  }

  private currentAddress(): string {
    return this.doc.location?.href ?? '';
  }

  private createFinder(topicIds: readonly string[]): MentionFinder {
    const topics = this.options.topics.filter((topic) => topicIds.includes(topic.id));
    return new MentionFinder({
      matcher: (this.options.matcherFor ?? compileMatcher)(topics),
      ...(this.options.createRange ? { createRange: this.options.createRange } : {}),
      ...(this.options.isVisible ? { isVisible: this.options.isVisible } : {}),
    });
  }

  /** The first scan (or the scan after a restart) of the whole page. */
  private async scan(job: JobContext): Promise<void> {
    const body = this.doc.body;
    if (!body) return;
    await this.walk(
      new BlockWalker(body, { skip: (element) => this.options.card.isOwnElement(element) }),
      job,
    );
  }

  /**
   * Forgets the mentions inside the given blocks (and in blocks that left the page) and scans those
   * blocks again. Blocks nested in another given block are scanned once.
   */
  private async rescan(blocks: Iterable<Element>, job: JobContext): Promise<void> {
    const roots = outermost(blocks);
    this.found.removeBlocks((block) => !block.isConnected || withinAny(block, roots));
    for (const root of roots) {
      if (!job.live) return;
      await this.walk(
        new BlockWalker(root, { skip: (element) => this.options.card.isOwnElement(element) }),
        job,
      );
    }
  }

  /**
   * Walks in chunks of at most `budgetMs`, giving the page its main thread back between two. Before
   * every chunk it checks that the job is still wanted and that the walk is still anchored in the
   * page (the page may have removed the very block it paused on).
   */
  private async walk(walker: BlockWalker, job: JobContext): Promise<void> {
    const { timers } = this;
    const finder = this.finder;
    const budget = this.options.budgetMs ?? SCAN_BUDGET_MS;
    for (let first = true; ; first = false) {
      if (!job.live) return;
      if (!first) walker.reanchor();
      const startedAt = timers.now();
      const deadline = startedAt + budget;
      const found: Mention[] = [];
      let done = false;
      for (;;) {
        const run = walker.next();
        if (!run) {
          done = true;
          break;
        }
        const mentions = finder.find(run);
        for (const mention of mentions) found.push(mention);
        if (timers.now() >= deadline) break;
      }
      this.found.add(found);
      this.options.onChunk?.(startedAt, timers.now());
      if (done) return;
      await timers.yieldToPage();
    }
  }

  /** Escape and the next-mention shortcut, from the start (the shortcut answers even before a mention). */
  private listenForKeys(): void {
    this.doc.addEventListener(
      'keydown',
      (event) => {
        if (!event.isTrusted) return;
        if (event.key === 'Escape' && this.hover.phase !== 'idle') {
          this.dismiss();
        } else if (isNextMentionShortcut(event)) {
          event.preventDefault();
          this.nextMention();
        }
      },
      { capture: true, signal: this.abort.signal },
    );
  }

  /** The hover machine's pointer and scroll listeners, once there is a mention to hover. */
  private listenForPointer(): void {
    const signal = this.abort.signal;
    const view = this.doc.defaultView as Window;
    const inCard = (event: Event) =>
      event.composedPath().some((target) => this.options.card.contains(target));
    this.doc.addEventListener(
      'pointermove',
      (event) => {
        if (!event.isTrusted || event.pointerType === 'touch') return;
        this.lastPointer = { x: event.clientX, y: event.clientY };
        this.lastPointerAt = this.timers.now();
        if (inCard(event)) {
          // A hit test queued by a move outside the card would see this point, over the card and no
          // mention, and start closing it: the pointer is in the card now, so that test is stale.
          if (this.pointerFrame) this.timers.cancelAnimationFrame(this.pointerFrame);
          this.pointerFrame = 0;
          this.dispatch({ type: 'pointer-in-card' });
          return;
        }
        // One hit test per frame at most, however fast the pointer moves.
        if (this.pointerFrame) return;
        this.pointerFrame = this.timers.requestAnimationFrame(() => {
          this.pointerFrame = 0;
          if (this.destroyed) return;
          const mention = this.hitTest(this.lastPointer.x, this.lastPointer.y);
          this.dispatch(
            mention ? { type: 'pointer-over-mention', target: mention } : { type: 'pointer-elsewhere' },
          );
        });
      },
      { passive: true, capture: true, signal },
    );
    this.doc.addEventListener(
      'pointerdown',
      (event) => {
        if (!event.isTrusted || inCard(event)) return;
        const mention = event.pointerType === 'touch' ? this.hitTest(event.clientX, event.clientY) : null;
        if (mention) this.dispatch({ type: 'open-now', target: mention, openedBy: 'touch' });
        else this.dispatch({ type: 'dismiss' });
      },
      { passive: true, capture: true, signal },
    );
    view.addEventListener(
      'scroll',
      () => {
        if (this.hover.phase !== 'open' && this.hover.phase !== 'closing') return;
        const rect = mentionRect(this.hover.target, this.doc);
        if (rect.bottom < 0 || rect.top > view.innerHeight) this.dismiss();
      },
      { passive: true, signal },
    );
  }

  private hitTest(x: number, y: number): Mention | null {
    return mentionAtPoint(this.doc, x, y, {
      byRange: (range) => this.shown.byRange(range),
      near: (node) => {
        const block = closestScannableBlock(node);
        return block ? this.shown.inBlock(block) : [];
      },
    });
  }

  private reveal(mention: Mention): void {
    const view = this.doc.defaultView as Window;
    const rect = mentionRect(mention, this.doc);
    if (rect.top < 0 || rect.bottom > view.innerHeight) {
      view.scrollTo({ top: view.scrollY + rect.top - view.innerHeight / 3, behavior: 'instant' });
    }
    if (this.hover.phase === 'idle') this.focusBeforeCard = this.doc.activeElement;
    this.dispatch({ type: 'open-now', target: mention, openedBy: 'keyboard' });
  }

  private dismiss(): void {
    this.dispatch({ type: 'dismiss' });
  }

  private dispatch(event: HoverEvent<Mention>): void {
    if (this.destroyed) return;
    const previous = this.hover;
    const next = hoverReducer(previous, event);
    if (next === previous) return;
    this.hover = next;
    this.timers.clearTimeout(this.timer);
    const wasOpen = previous.phase === 'open' || previous.phase === 'closing';
    const isOpen = next.phase === 'open' || next.phase === 'closing';
    if (isOpen && (!wasOpen || previous.target !== next.target)) {
      this.showCard(next.target, next.openedBy === 'keyboard');
    } else if (!isOpen && wasOpen) {
      this.hideCard();
    } else if (previous.phase === 'pending' && next.phase !== 'pending' && !isOpen) {
      // The pointer left before the delay elapsed: the card made out of sight is dropped.
      this.previewed = null;
      this.options.card.hide();
    }
    if (next.phase === 'pending') {
      // The pointer has started to rest on a mention: the card's code and the topic's claims load,
      // and the card is made out of sight, during the intent delay, so a page the reader never
      // hovers never loads them, and the delay's end only reveals the card
      // (docs/decisions/0028-the-card-made-during-the-delay.md).
      if (previous.phase !== 'pending' || previous.target !== next.target) {
        this.options.card.prepare?.([next.target.topicId]);
        this.previewCard(next.target);
      }
      const { token } = next;
      this.timer = this.timers.setTimeout(
        () => this.dispatch({ type: 'intent-elapsed', token }),
        intentTimeoutMs(this.options.hoverDelayMs, this.timers.now() - this.lastPointerAt),
      );
    } else if (next.phase === 'closing') {
      const { token } = next;
      this.timer = this.timers.setTimeout(
        () => this.dispatch({ type: 'grace-elapsed', token }),
        HOVER_GRACE_MS,
      );
    }
  }

  private previewCard(mention: Mention): void {
    const preview = this.options.card.preview;
    if (!preview) return;
    const card = this.cardFor(mention, false);
    this.previewed = card ? { mention, ...card } : null;
    if (card) preview.call(this.options.card, card.request, card.anchor);
  }

  private showCard(mention: Mention, focus: boolean): void {
    const previewed = this.previewed;
    this.previewed = null;
    const card = !focus && previewed?.mention === mention ? previewed : this.cardFor(mention, focus);
    if (!card) return;
    this.highlighter.setActive(mention);
    this.options.card.show(card.request, card.anchor, { focus });
  }

  /** What the card view is asked to show for `mention`; `null` for a topic no longer looked for. */
  private cardFor(mention: Mention, focus: boolean): { request: CardRequest; anchor: CardAnchor } | null {
    const topic = this.options.topics.find((candidate) => candidate.id === mention.topicId);
    if (!topic) return null;
    const pointer = focus ? undefined : { ...this.lastPointer };
    return {
      request: {
        mentionId: mention.id,
        topic: { id: topic.id, name: topic.name },
        context: { text: mention.blockText, start: mention.start, end: mention.end },
        why: {
          matchedText: mention.text,
          alias: mention.alias,
          ...(mention.contextTerm === undefined ? {} : { contextTerm: mention.contextTerm }),
        },
        theme: typeof this.options.theme === 'function' ? this.options.theme() : this.options.theme,
        marks: this.options.verdictMarks ?? true,
      },
      anchor: {
        mention: () => mentionRect(mention, this.doc, pointer),
        lines: textLines(mention, this.doc, (element) => this.options.card.isOwnElement(element)),
      },
    };
  }

  private hideCard(): void {
    this.previewed = null;
    this.highlighter.setActive(null);
    this.options.card.hide();
    const restore = this.focusBeforeCard as HTMLElement | null;
    this.focusBeforeCard = null;
    if (restore?.isConnected && typeof restore.focus === 'function') restore.focus({ preventScroll: true });
  }
}

/** Whether `element` is one of `roots` or inside one (walks up: cost is the tree depth). */
function withinAny(element: Element, roots: ReadonlySet<Element>): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (roots.has(node)) return true;
  }
  return false;
}

/** The connected elements that no other element of the list contains. */
function outermost(elements: Iterable<Element>): Set<Element> {
  const all = new Set([...elements].filter((element) => element.isConnected));
  const result = new Set<Element>();
  for (const element of all) {
    if (!element.parentElement || !withinAny(element.parentElement, all)) result.add(element);
  }
  return result;
}
