/**
 * What the open card shows, read from inside Caveat's closed shadow root. A page script cannot get
 * that root; the tests reach it the way a browser's developer tools do (Chromium's DevTools
 * protocol, Firefox's WebDriver BiDi) and hand it to `readCardState`, which runs in the page.
 */

/** A button or link of the card, with its centre in viewport coordinates (for a real click). */
export interface CardControl {
  name: string;
  x: number;
  y: number;
}

/** What the open card shows. */
export interface CardState {
  title: string;
  /** Every claim statement, in the order shown. */
  statements: string[];
  firstClaim: string;
  /** Every claim's verdict in words ("Needs context"), in the order shown. */
  verdicts: string[];
  /** The first claim's "Reviewed …" line. */
  reviewed: string;
  why: string;
  /** The "no claim matches this sentence closely" line, when the card shows its key claims. */
  noCloseClaim: string | null;
  /** The "This sentence repeats a claim rated …" line, when the sentence repeats a rated claim. */
  repeats: string | null;
  /** How many claims are expanded. */
  expanded: number;
  theme: string | null;
  labelledBy: string | null;
  /** Whether keyboard focus is inside the card. */
  focused: boolean;
  box: { x: number; y: number; width: number; height: number };
  /** The card's links to sources, with their target and rel. */
  links: { href: string; target: string | null; rel: string | null }[];
  buttons: CardControl[];
}

/**
 * Runs in the page, given the card's shadow root: the open card, or `null` when none is showing.
 * Self-contained (it is sent to the page as source text).
 */
export function readCardState(root: ShadowRoot | null): CardState | null {
  const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
  if (!root || !dialog) return null;
  const rect = dialog.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  // A card made during the hover delay is laid out but out of sight: not open until a reader sees it.
  if (!dialog.checkVisibility({ visibilityProperty: true })) return null;
  const text = (selector: string) => dialog.querySelector(selector)?.textContent ?? '';
  const centre = (element: Element) => {
    const box = element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  };
  return {
    title: text('h2'),
    statements: [...dialog.querySelectorAll('.caveat-claim__statement')].map(
      (node) => node.textContent ?? '',
    ),
    firstClaim: text('.caveat-claim__statement'),
    // The words shown, without the "Verdict:" that only screen readers hear.
    verdicts: [...dialog.querySelectorAll('.caveat-verdict')].map((badge) =>
      [...badge.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('')
        .trim(),
    ),
    reviewed: text('.caveat-claim__reviewed'),
    why: text('.caveat-card__why'),
    noCloseClaim: dialog.querySelector('.caveat-card__no-close-claim')?.textContent ?? null,
    repeats: dialog.querySelector('.caveat-card__repeats')?.textContent ?? null,
    expanded: dialog.querySelectorAll('[aria-expanded="true"]').length,
    theme: dialog.getAttribute('data-theme'),
    labelledBy: dialog.getAttribute('aria-labelledby'),
    focused: root.activeElement !== null && dialog.contains(root.activeElement),
    box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    links: [...dialog.querySelectorAll<HTMLAnchorElement>('a[href^="https://"]')].map((link) => ({
      href: link.href,
      target: link.getAttribute('target'),
      rel: link.getAttribute('rel'),
    })),
    buttons: [...dialog.querySelectorAll('button')].map((button) => ({
      name: (button.getAttribute('aria-label') ?? button.textContent ?? '').trim(),
      ...centre(button),
    })),
  };
}

/**
 * Runs in the page, given the card's shadow root: its markup and styles as one string, to be
 * rendered again in an open shadow root where an accessibility checker can read it.
 */
export function cardMarkup(root: ShadowRoot | null): string | null {
  return root ? root.innerHTML : null;
}

/** Runs in the page: whether a script of the page can reach into the card (it must not). */
export function pageCanReachCard(): { host: boolean; shadowRoot: boolean } {
  const host = document.querySelector('caveat-card');
  return { host: host !== null, shadowRoot: host?.shadowRoot != null };
}

/**
 * Runs in the page, given the card's shadow root: scrolls the card's button named `name` into view
 * (the card scrolls inside its own box) and returns its centre, for a real click there.
 */
export function revealCardButton(root: ShadowRoot | null, name: string): CardControl | null {
  const buttons = [...(root?.querySelectorAll('[role="dialog"] button') ?? [])];
  const button = buttons.find(
    (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent ?? '').trim() === name,
  );
  if (!button) return null;
  button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = button.getBoundingClientRect();
  return { name, x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

// ---------------------------------------------------------------------------------------------
// Waiting for the card, the same in both browsers (`read` reads the card once, in the page).

type ReadCard = () => Promise<CardState | null>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads the card every 25 ms until `done` holds (returning that state) or the time is up. */
export async function pollCard(
  read: ReadCard,
  done: (state: CardState | null) => boolean,
  timeout: number,
): Promise<CardState | null> {
  const until = Date.now() + timeout;
  for (;;) {
    const state = await read();
    if (done(state) || Date.now() > until) return state;
    await pause(25);
  }
}

/** Waits for a card to be open (with `title`, if given) and placed beside its mention, and returns it. */
export async function waitForCardState(
  read: ReadCard,
  title: string | undefined,
  timeout: number,
): Promise<CardState> {
  const wanted = (state: CardState | null): state is CardState =>
    state !== null && (title === undefined || state.title === title);
  const card = await pollCard(read, wanted, timeout);
  if (!wanted(card))
    throw new Error(`No card${title ? ` titled "${title}"` : ''} opened within ${timeout} ms`);
  // The card is placed beside its mention a frame or two after it appears: wait until it stays put.
  let placed = card;
  for (let tries = 0; tries < 20; tries++) {
    await pause(30);
    const again = await read();
    if (!wanted(again)) return placed;
    const same = JSON.stringify(again.box) === JSON.stringify(placed.box);
    placed = again;
    if (same) break;
  }
  return placed;
}

/** Waits until no card is open. */
export async function waitForNoCardState(read: ReadCard, timeout: number): Promise<void> {
  const card = await pollCard(read, (state) => state === null, timeout);
  if (card) throw new Error(`The card "${card.title}" was still open after ${timeout} ms`);
}

/**
 * What the article pages of both browsers share: waiting for the card to open or close. Each reads
 * the card over its own protocol (`card`).
 */
export abstract class CardReader {
  /** The open card, or `null`. */
  abstract card(): Promise<CardState | null>;

  /** Waits for a card to be open (with `title`, if given) and placed, and returns it. */
  waitForCard(title?: string, timeout = 5_000): Promise<CardState> {
    return waitForCardState(() => this.card(), title, timeout);
  }

  /** Waits until no card is open. */
  waitForNoCard(timeout = 5_000): Promise<void> {
    return waitForNoCardState(() => this.card(), timeout);
  }
}
