/**
 * The hover card as a small state machine: idle → pending → open → closing → idle. Pure: the page
 * layer feeds it events and turns its transitions into timers and rendering. Each pending or
 * closing state carries a token, so a timer that fires for an older state is ignored.
 */

/**
 * How long the pointer must rest on a mention before its card opens. Long enough that sweeping
 * the mouse across an article opens nothing, short enough to feel like a response (readers of
 * hover previews ask for a minimum hover time; Wikipedia's previews wait about half a second).
 */
export const HOVER_INTENT_DELAY_MS = 350;

/**
 * How long an open card survives after the pointer leaves the mention, so the pointer can travel
 * across the gap into the card without it closing.
 */
export const HOVER_GRACE_MS = 300;

/**
 * How long before the intent delay ends the card is made: a later card renders in about 1–3 ms
 * (bench/card-update.ts), so made this early it is ready before the frame in which the delay
 * elapses (docs/decisions/0025-hover-in-one-frame.md).
 */
export const CARD_FRAME_LEAD_MS = 6;

/**
 * How long the intent timer waits once the hit test found a mention: the delay counts from the
 * pointer's move (`sincePointerMs` ago), not from the frame of the hit test, and ends
 * `CARD_FRAME_LEAD_MS` early, so the card is painted in the frame in which the delay elapses.
 */
export function intentTimeoutMs(delayMs: number, sincePointerMs: number): number {
  return Math.max(0, delayMs - Math.max(0, sincePointerMs) - CARD_FRAME_LEAD_MS);
}

export type OpenedBy = 'pointer' | 'keyboard' | 'touch';

export type HoverState<T> =
  | { readonly phase: 'idle'; readonly token: number }
  | { readonly phase: 'pending'; readonly target: T; readonly token: number }
  | { readonly phase: 'open'; readonly target: T; readonly token: number; readonly openedBy: OpenedBy }
  | { readonly phase: 'closing'; readonly target: T; readonly token: number; readonly openedBy: OpenedBy };

export type HoverEvent<T> =
  /** The pointer rests on a mention. */
  | { readonly type: 'pointer-over-mention'; readonly target: T }
  /** The pointer is inside the open card. */
  | { readonly type: 'pointer-in-card' }
  /** The pointer is over neither a mention nor the card. */
  | { readonly type: 'pointer-elsewhere' }
  | { readonly type: 'intent-elapsed'; readonly token: number }
  | { readonly type: 'grace-elapsed'; readonly token: number }
  /** Open at once: the keyboard command or a tap on a touch screen. */
  | { readonly type: 'open-now'; readonly target: T; readonly openedBy: Exclude<OpenedBy, 'pointer'> }
  /** Escape, a click elsewhere, the mention scrolled away, or the close button. */
  | { readonly type: 'dismiss' };

export const INITIAL_HOVER_STATE: HoverState<never> = Object.freeze({ phase: 'idle', token: 0 });

/** The next state for an event. `same(a, b)` says whether two targets are the same mention. */
export function hoverReducer<T>(
  state: HoverState<T>,
  event: HoverEvent<T>,
  same: (a: T, b: T) => boolean = Object.is,
): HoverState<T> {
  const token = state.token + 1;
  switch (event.type) {
    case 'open-now':
      return { phase: 'open', target: event.target, token, openedBy: event.openedBy };
    case 'dismiss':
      return state.phase === 'idle' ? state : { phase: 'idle', token };
    case 'pointer-over-mention':
      if (state.phase === 'idle') return { phase: 'pending', target: event.target, token };
      if (same(state.target, event.target)) {
        return state.phase === 'closing' ? { ...state, phase: 'open', token } : state;
      }
      // Another mention: it waits for its own hover intent (an open card opened from the keyboard stays).
      if (state.phase === 'open' && state.openedBy !== 'pointer') return state;
      return { phase: 'pending', target: event.target, token };
    case 'pointer-in-card':
      return state.phase === 'closing' ? { ...state, phase: 'open', token } : state;
    case 'pointer-elsewhere':
      if (state.phase === 'pending') return { phase: 'idle', token };
      if (state.phase === 'open' && state.openedBy === 'pointer') {
        return { phase: 'closing', target: state.target, token, openedBy: state.openedBy };
      }
      return state;
    case 'intent-elapsed':
      return state.phase === 'pending' && state.token === event.token
        ? { phase: 'open', target: state.target, token, openedBy: 'pointer' }
        : state;
    case 'grace-elapsed':
      return state.phase === 'closing' && state.token === event.token ? { phase: 'idle', token } : state;
  }
}
