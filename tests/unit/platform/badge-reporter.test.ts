import { describe, expect, it, vi } from 'vitest';
import { BADGE_UPDATE_INTERVAL_MS, createBadgeReporter } from '../../../platform/badge-reporter';

describe('reporting the mention count to the toolbar badge', () => {
  it('sends the latest count once per interval, and nothing when it did not change', async () => {
    vi.useFakeTimers();
    const sent: number[] = [];
    const report = createBadgeReporter({
      send: async (count) => {
        sent.push(count);
      },
      setTimeout: (callback, ms) => setTimeout(callback, ms),
    });
    report(1);
    report(5);
    report(9);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(BADGE_UPDATE_INTERVAL_MS);
    expect(sent).toEqual([9]);
    report(9);
    await vi.advanceTimersByTimeAsync(BADGE_UPDATE_INTERVAL_MS);
    expect(sent).toEqual([9]);
    report(0);
    await vi.advanceTimersByTimeAsync(BADGE_UPDATE_INTERVAL_MS);
    expect(sent).toEqual([9, 0]);
    vi.useRealTimers();
  });

  it('sends the same count again after a send failed', async () => {
    vi.useFakeTimers();
    const sent: number[] = [];
    let fail = true;
    const report = createBadgeReporter({
      send: async (count) => {
        sent.push(count);
        if (fail) throw new Error('background restarting');
      },
      setTimeout: (callback, ms) => setTimeout(callback, ms),
    });
    report(3);
    await vi.advanceTimersByTimeAsync(BADGE_UPDATE_INTERVAL_MS);
    fail = false;
    report(3);
    await vi.advanceTimersByTimeAsync(BADGE_UPDATE_INTERVAL_MS);
    expect(sent).toEqual([3, 3]);
    vi.useRealTimers();
  });
});
