import { describe, expect, it } from 'vitest';
import {
  CARD_FRAME_LEAD_MS,
  type HoverEvent,
  type HoverState,
  hoverReducer,
  INITIAL_HOVER_STATE,
  intentTimeoutMs,
} from '../../../lib/hover/hover-state';

type S = HoverState<string>;
const run = (events: HoverEvent<string>[], from: S = INITIAL_HOVER_STATE): S =>
  events.reduce<S>((state, event) => hoverReducer(state, event), from);

describe('the hover card state machine', () => {
  it('waits for the hover intent before opening', () => {
    const pending = run([{ type: 'pointer-over-mention', target: 'a' }]);
    expect(pending.phase).toBe('pending');
    const open = hoverReducer(pending, { type: 'intent-elapsed', token: pending.token });
    expect(open).toMatchObject({ phase: 'open', target: 'a', openedBy: 'pointer' });
  });

  it('ignores an intent timer that belongs to an older hover', () => {
    const first = run([{ type: 'pointer-over-mention', target: 'a' }]);
    const second = hoverReducer(first, { type: 'pointer-over-mention', target: 'b' });
    expect(hoverReducer(second, { type: 'intent-elapsed', token: first.token })).toBe(second);
  });

  it('opens nothing when the pointer only passes over a mention', () => {
    const state = run([{ type: 'pointer-over-mention', target: 'a' }, { type: 'pointer-elsewhere' }]);
    expect(state.phase).toBe('idle');
  });

  it('keeps the card during the grace period and while the pointer is in the card', () => {
    const pending = run([{ type: 'pointer-over-mention', target: 'a' }]);
    const open = hoverReducer(pending, { type: 'intent-elapsed', token: pending.token });
    const closing = hoverReducer(open, { type: 'pointer-elsewhere' });
    expect(closing.phase).toBe('closing');
    const inCard = hoverReducer(closing, { type: 'pointer-in-card' });
    expect(inCard).toMatchObject({ phase: 'open', target: 'a' });
    expect(hoverReducer(inCard, { type: 'grace-elapsed', token: closing.token })).toBe(inCard);
  });

  it('closes when the grace period ends with the pointer elsewhere', () => {
    const pending = run([{ type: 'pointer-over-mention', target: 'a' }]);
    const open = hoverReducer(pending, { type: 'intent-elapsed', token: pending.token });
    const closing = hoverReducer(open, { type: 'pointer-elsewhere' });
    expect(hoverReducer(closing, { type: 'grace-elapsed', token: closing.token }).phase).toBe('idle');
  });

  it('reopens at once when the pointer comes back to the same mention while closing', () => {
    const pending = run([{ type: 'pointer-over-mention', target: 'a' }]);
    const closing = run(
      [{ type: 'intent-elapsed', token: pending.token }, { type: 'pointer-elsewhere' }],
      pending,
    );
    expect(hoverReducer(closing, { type: 'pointer-over-mention', target: 'a' })).toMatchObject({
      phase: 'open',
    });
  });

  it('opens at once from the keyboard or a tap, and stays open when the mouse wanders', () => {
    const open = run([{ type: 'open-now', target: 'a', openedBy: 'keyboard' }]);
    expect(open).toMatchObject({ phase: 'open', openedBy: 'keyboard' });
    expect(hoverReducer(open, { type: 'pointer-elsewhere' })).toBe(open);
    expect(hoverReducer(open, { type: 'pointer-over-mention', target: 'b' })).toBe(open);
  });

  it('closes on dismiss (Escape, click elsewhere, scrolled away) from any open state', () => {
    const open = run([{ type: 'open-now', target: 'a', openedBy: 'touch' }]);
    expect(hoverReducer(open, { type: 'dismiss' }).phase).toBe('idle');
    expect(hoverReducer(INITIAL_HOVER_STATE, { type: 'dismiss' })).toBe(INITIAL_HOVER_STATE);
  });
});

describe('the intent timer', () => {
  it('counts the delay from the pointer’s move and ends it a render ahead of the frame', () => {
    // The hit test ran 12 ms after the move: the card is made at 350 − 12 − 6 ms from now.
    expect(intentTimeoutMs(350, 12)).toBe(350 - 12 - CARD_FRAME_LEAD_MS);
    expect(CARD_FRAME_LEAD_MS).toBeGreaterThan(0);
    expect(CARD_FRAME_LEAD_MS).toBeLessThan(16);
  });

  it('never waits less than nothing, nor counts a move from the future', () => {
    expect(intentTimeoutMs(350, 1_000)).toBe(0);
    expect(intentTimeoutMs(350, -5)).toBe(350 - CARD_FRAME_LEAD_MS);
  });
});
