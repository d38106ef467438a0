/**
 * Caveat on one page: scans it for mentions, paints them, follows the pointer and the keyboard,
 * and shows the card. Everything that listens is registered with one AbortController and removed
 * by destroy(). Browser glue (storage, messages) stays in the entrypoint; this layer only knows the
 * DOM, the engine and a CardView to render into.
 */
import type { Claim, KnowledgeBase, Topic } from '../data/schema';
import {
  HOVER_GRACE_MS,
  type HoverEvent,
  type HoverState,
  hoverReducer,
  INITIAL_HOVER_STATE,
} from '../lib/hover-state';
import { compileMatcher } from '../lib/matcher';
import { createMentionClaimRanker, type MentionClaimRanker } from '../lib/mention-claims';
import type { HighlightStyle } from '../lib/settings';
import { MentionHighlighter } from './highlighter';
import { mentionAtPoint, mentionRect } from './hit-test';
import { closestScannableBlock, MutationWatcher } from './mutation-watcher';
import { type Mention, MentionScanner } from './scanner';

/** What the card shows for one mention. */
export interface CardModel {
  mentionId: number;
  topic: Pick<Topic, 'id' | 'name' | 'summary'>;
  claims: readonly Claim[];
  /** "none": no claim matches the mention's sentence closely; `claims` are the topic's key claims. */
  fit: 'close' | 'none';
  why: { matchedText: string; alias: string; contextTerm?: string };
  theme: 'light' | 'dark';
}

/** Where the card is drawn (a shadow-root UI in the extension, a stub in tests). */
export interface CardView {
  /** Shows the card beside `anchor()`; with `focus`, moves keyboard focus into it. */
  show(model: CardModel, anchor: () => DOMRect, options: { focus: boolean }): void;
  hide(): void;
  /** Whether an event target (from `composedPath()`) belongs to the card. */
  contains(target: EventTarget): boolean;
  /** Whether an element is Caveat's own UI (never scanned). */
  isOwnElement(element: Element): boolean;
}

export interface PageOptions {
  doc: Document;
  kb: KnowledgeBase;
  /** The topics to look for here (enabled, and not marked "not relevant" on this site). */
  topicIds: readonly string[];
  highlightStyle: HighlightStyle;
  hoverDelayMs: number;
  firstMentionOnly: boolean;
  theme: 'light' | 'dark';
  card: CardView;
  /** Called when the number of painted mentions changes (for the toolbar badge). */
  onCountChange?: (count: number) => void;
  /** The card's "Not relevant here" was pressed for a topic. */
  onNotRelevant?: (topicId: string) => void;
}

/** The keyboard shortcut that also works when the browser does not deliver the manifest command. */
function isNextMentionShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyK';
}

export class CaveatPage {
  private readonly options: PageOptions;
  private readonly doc: Document;
  private readonly abort = new AbortController();
  private readonly highlighter: MentionHighlighter;
  private readonly byRange = new WeakMap<AbstractRange, Mention>();
  private readonly painted = new Set<Mention>();
  /** Painted mentions by block, so the hit test under the pointer looks at one block only. */
  private readonly paintedByBlock = new Map<Element, Set<Mention>>();
  private readonly paintedTopics = new Map<string, Mention>();
  private readonly rankClaims: MentionClaimRanker;
  private scanner: MentionScanner;
  private watcher: MutationWatcher | null = null;
  private hover: HoverState<Mention> = INITIAL_HOVER_STATE;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastPointer = { x: 0, y: 0 };
  private pointerFrame = 0;
  private focusBeforeCard: Element | null = null;
  private scanDone: Promise<void> = Promise.resolve();

  constructor(options: PageOptions) {
    this.options = options;
    this.doc = options.doc;
    this.highlighter = new MentionHighlighter(options.highlightStyle);
    this.rankClaims = createMentionClaimRanker(options.kb);
    this.scanner = this.createScanner(options.topicIds);
    this.listen();
  }

  /** Scans the page and keeps watching it for new text. Resolves when the first scan is done. */
  start(): Promise<void> {
    const body = this.doc.body;
    if (!body) return Promise.resolve();
    this.scanDone = this.scanner.scan(body).then(() => this.prepareCards());
    this.watcher ??= new MutationWatcher(this.doc.documentElement, {
      skip: (element) => this.options.card.isOwnElement(element),
      onChange: (blocks) => {
        this.scanDone = this.scanDone.then(() => this.scanner.rescan(blocks));
      },
    });
    return this.scanDone;
  }

  /**
   * Builds the ranking index of each topic found on the page while the page is idle, so the first
   * card does not pay for it on hover.
   */
  private prepareCards(): void {
    const topics = new Set([...this.painted].map((mention) => mention.topicId));
    if (topics.size === 0) return;
    const view = this.doc.defaultView as Window;
    const prepare = () => {
      if (this.abort.signal.aborted) return;
      for (const topicId of topics) this.rankClaims.prepare(topicId);
    };
    if (typeof view.requestIdleCallback === 'function') view.requestIdleCallback(prepare, { timeout: 2000 });
    else view.setTimeout(prepare, 0);
  }

  /** Resolves once every scan requested so far has finished. */
  idle(): Promise<void> {
    return this.scanDone;
  }

  /** Starts over (a single-page app changed route, or the topics changed). */
  restart(topicIds: readonly string[] = this.options.topicIds): Promise<void> {
    this.dismiss();
    this.scanner.clear();
    this.options.topicIds = topicIds;
    this.scanner = this.createScanner(topicIds);
    return this.start();
  }

  setHighlightStyle(style: HighlightStyle): void {
    this.highlighter.setStyle(style);
  }

  setHoverDelay(ms: number): void {
    this.options.hoverDelayMs = ms;
  }

  setTheme(theme: 'light' | 'dark'): void {
    this.options.theme = theme;
  }

  /** Mentions that are painted, in document order. */
  mentions(): Mention[] {
    return this.scanner.mentions().filter((mention) => this.painted.has(mention));
  }

  /** Moves to the mention after the open one (or the first below the top of the view) and opens its card. */
  nextMention(): boolean {
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
    const mention = this.mentions().find((candidate) => candidate.topicId === topicId);
    if (!mention) return false;
    this.reveal(mention);
    return true;
  }

  destroy(): void {
    this.abort.abort();
    clearTimeout(this.timer);
    cancelAnimationFrame(this.pointerFrame);
    this.watcher?.destroy();
    this.scanner.clear();
    this.highlighter.destroy();
    this.options.card.hide();
  }

  // -------------------------------------------------------------------------------------------

  private createScanner(topicIds: readonly string[]): MentionScanner {
    const topics = this.options.kb.filter((topic) => topicIds.includes(topic.id));
    return new MentionScanner({
      matcher: compileMatcher(topics),
      skip: (element) => this.options.card.isOwnElement(element),
      onAdd: (mentions) => this.paint(mentions),
      onRemove: (mentions) => this.unpaint(mentions),
    });
  }

  private paint(mentions: readonly Mention[]): void {
    const shown = this.options.firstMentionOnly
      ? mentions.filter((mention) => {
          if (this.paintedTopics.has(mention.topicId)) return false;
          this.paintedTopics.set(mention.topicId, mention);
          return true;
        })
      : mentions;
    for (const mention of shown) {
      this.byRange.set(mention.range, mention);
      this.painted.add(mention);
      let inBlock = this.paintedByBlock.get(mention.block);
      if (!inBlock) {
        inBlock = new Set();
        this.paintedByBlock.set(mention.block, inBlock);
      }
      inBlock.add(mention);
    }
    this.highlighter.add(shown);
    this.options.onCountChange?.(this.painted.size);
  }

  private unpaint(mentions: readonly Mention[]): void {
    for (const mention of mentions) {
      this.painted.delete(mention);
      const inBlock = this.paintedByBlock.get(mention.block);
      inBlock?.delete(mention);
      if (inBlock?.size === 0) this.paintedByBlock.delete(mention.block);
      if (this.paintedTopics.get(mention.topicId) === mention) this.paintedTopics.delete(mention.topicId);
      if (this.hover.phase !== 'idle' && this.hover.target === mention) this.dismiss();
    }
    this.highlighter.remove(mentions);
    this.options.onCountChange?.(this.painted.size);
  }

  private listen(): void {
    const signal = this.abort.signal;
    const view = this.doc.defaultView as Window;
    this.doc.addEventListener(
      'pointermove',
      (event) => {
        if (event.pointerType === 'touch') return;
        this.lastPointer = { x: event.clientX, y: event.clientY };
        const inCard = event.composedPath().some((target) => this.options.card.contains(target));
        if (inCard) {
          // A hit test queued by a move outside the card would see this point, over the card and no
          // mention, and start closing it: the pointer is in the card now, so that test is stale.
          if (this.pointerFrame) view.cancelAnimationFrame(this.pointerFrame);
          this.pointerFrame = 0;
          this.dispatch({ type: 'pointer-in-card' });
          return;
        }
        // One hit test per frame at most, however fast the pointer moves.
        if (this.pointerFrame) return;
        this.pointerFrame = view.requestAnimationFrame(() => {
          this.pointerFrame = 0;
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
        if (event.composedPath().some((target) => this.options.card.contains(target))) return;
        const mention = event.pointerType === 'touch' ? this.hitTest(event.clientX, event.clientY) : null;
        if (mention) this.dispatch({ type: 'open-now', target: mention, openedBy: 'touch' });
        else this.dispatch({ type: 'dismiss' });
      },
      { passive: true, capture: true, signal },
    );
    this.doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.hover.phase !== 'idle') {
          this.dismiss();
        } else if (isNextMentionShortcut(event)) {
          event.preventDefault();
          this.nextMention();
        }
      },
      { capture: true, signal },
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
      byRange: (range) => {
        const mention = this.byRange.get(range);
        return mention && this.painted.has(mention) ? mention : undefined;
      },
      near: (node) => {
        const block = closestScannableBlock(node);
        return block ? [...(this.paintedByBlock.get(block) ?? [])] : [];
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
    const previous = this.hover;
    const next = hoverReducer(previous, event);
    if (next === previous) return;
    this.hover = next;
    clearTimeout(this.timer);
    if (next.phase === 'pending') {
      const { token } = next;
      this.timer = setTimeout(
        () => this.dispatch({ type: 'intent-elapsed', token }),
        this.options.hoverDelayMs,
      );
    } else if (next.phase === 'closing') {
      const { token } = next;
      this.timer = setTimeout(() => this.dispatch({ type: 'grace-elapsed', token }), HOVER_GRACE_MS);
    }
    const wasOpen = previous.phase === 'open' || previous.phase === 'closing';
    const isOpen = next.phase === 'open' || next.phase === 'closing';
    if (isOpen && (!wasOpen || previous.target !== next.target)) {
      this.showCard(next.target, next.openedBy === 'keyboard');
    } else if (!isOpen && wasOpen) {
      this.hideCard();
    }
  }

  private showCard(mention: Mention, focus: boolean): void {
    const topic = this.options.kb.find((candidate) => candidate.id === mention.topicId);
    if (!topic) return;
    const ranking = this.rankClaims.rank(topic.id, mention.blockText, mention.start, mention.end);
    const claims = ranking.claims.map((ranked) => ranked.claim);
    this.highlighter.setActive(mention);
    const pointer = focus ? undefined : { ...this.lastPointer };
    this.options.card.show(
      {
        mentionId: mention.id,
        topic: { id: topic.id, name: topic.name, summary: topic.summary },
        claims,
        fit: ranking.fit,
        why: {
          matchedText: mention.text,
          alias: mention.alias,
          ...(mention.contextTerm === undefined ? {} : { contextTerm: mention.contextTerm }),
        },
        theme: this.options.theme,
      },
      () => mentionRect(mention, this.doc, pointer),
      { focus },
    );
  }

  private hideCard(): void {
    this.highlighter.setActive(null);
    this.options.card.hide();
    const restore = this.focusBeforeCard as HTMLElement | null;
    this.focusBeforeCard = null;
    if (restore?.isConnected && typeof restore.focus === 'function') restore.focus({ preventScroll: true });
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
}
