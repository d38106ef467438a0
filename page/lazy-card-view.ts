/**
 * A CardView that stands in for the real one until the card's code has loaded: the first `show()`,
 * `preview()` or `prepare()` starts the load, and what was asked meanwhile is done once it is there
 * (only the latest `show` or, without one, the latest `preview`, and only if no `hide` came after it).
 */
import type { CardAnchor, CardRequest, CardView } from './page-session';

/** The custom element name of Caveat's shadow host, the card's only node in the page. */
export const CARD_HOST_NAME = 'caveat-card';

/** The card view the card's code provides. */
export interface LoadedCardView extends CardView {
  prepare(topicIds: readonly string[]): void;
  destroy(): void;
}

interface PendingPreview {
  request: CardRequest;
  anchor: CardAnchor;
}

interface PendingShow extends PendingPreview {
  options: { focus: boolean };
}

export class LazyCardView implements CardView {
  private view: LoadedCardView | null = null;
  private loading: Promise<void> | null = null;
  private pending: PendingShow | null = null;
  private pendingPreview: PendingPreview | null = null;
  private readonly toPrepare = new Set<string>();
  private destroyed = false;

  constructor(
    private readonly load: () => Promise<LoadedCardView>,
    private readonly onError: (error: unknown) => void = (error) =>
      console.error('Caveat: the card could not be loaded', error),
  ) {}

  /** Whether the card's code has loaded. */
  get loaded(): boolean {
    return this.view !== null;
  }

  show(request: CardRequest, anchor: CardAnchor, options: { focus: boolean }): void {
    if (this.view) {
      this.view.show(request, anchor, options);
      return;
    }
    this.pending = { request, anchor, options };
    this.pendingPreview = null;
    this.ensureLoaded();
  }

  preview(request: CardRequest, anchor: CardAnchor): void {
    if (this.view) {
      this.view.preview?.(request, anchor);
      return;
    }
    this.pendingPreview = { request, anchor };
    this.ensureLoaded();
  }

  hide(): void {
    this.pending = null;
    this.pendingPreview = null;
    this.view?.hide();
  }

  prepare(topicIds: readonly string[]): void {
    if (this.view) {
      this.view.prepare(topicIds);
      return;
    }
    for (const topicId of topicIds) this.toPrepare.add(topicId);
    this.ensureLoaded();
  }

  contains(target: EventTarget): boolean {
    return this.view?.contains(target) ?? false;
  }

  isOwnElement(element: Element): boolean {
    return element.localName === CARD_HOST_NAME;
  }

  destroy(): void {
    this.destroyed = true;
    this.pending = null;
    this.pendingPreview = null;
    this.view?.destroy();
    this.view = null;
  }

  private ensureLoaded(): void {
    if (this.destroyed) return;
    this.loading ??= this.load().then(
      (view) => {
        if (this.destroyed) {
          view.destroy();
          return;
        }
        this.view = view;
        if (this.toPrepare.size > 0) view.prepare([...this.toPrepare]);
        this.toPrepare.clear();
        const pending = this.pending;
        const preview = this.pendingPreview;
        this.pending = null;
        this.pendingPreview = null;
        if (pending) view.show(pending.request, pending.anchor, pending.options);
        else if (preview) view.preview?.(preview.request, preview.anchor);
      },
      (error: unknown) => {
        // The next need tries again.
        this.loading = null;
        this.onError(error);
      },
    );
  }
}
