import { describe, expect, it } from 'vitest';
import { isReviewStale, monthsBefore, parseIsoDate, todayIso } from '../../../lib/kb/freshness.ts';

describe('monthsBefore', () => {
  it('goes back whole calendar months, across years', () => {
    expect(monthsBefore('2026-12-01', 6)).toBe('2026-06-01');
    expect(monthsBefore('2026-03-15', 6)).toBe('2025-09-15');
    expect(monthsBefore('2026-01-10', 24)).toBe('2024-01-10');
  });

  it('keeps to the last day of a shorter month', () => {
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2024-08-31', 6)).toBe('2024-02-29');
    expect(monthsBefore('2026-07-31', 1)).toBe('2026-06-30');
  });

  it('refuses what is not a date', () => {
    expect(() => monthsBefore('2026-02-30', 1)).toThrow(RangeError);
    expect(() => monthsBefore('yesterday', 1)).toThrow(RangeError);
  });
});

describe('parseIsoDate', () => {
  it('reads real dates only', () => {
    expect(parseIsoDate('2026-12-01')).toEqual({ year: 2026, month: 12, day: 1 });
    for (const bad of ['2026-13-01', '2026-00-10', '2026-02-29', '2026-1-01', '26-01-01', '']) {
      expect(parseIsoDate(bad)).toBeNull();
    }
  });
});

describe('isReviewStale', () => {
  it('calls a review stale only when it is older than the threshold', () => {
    expect(isReviewStale('2026-05-31', '2026-12-01', 6)).toBe(true);
    expect(isReviewStale('2026-06-01', '2026-12-01', 6)).toBe(false);
    expect(isReviewStale('2026-11-28', '2026-12-01', 6)).toBe(false);
    expect(isReviewStale('2026-05-31', '2026-12-01', 12)).toBe(false);
    expect(isReviewStale('2026-10-31', '2026-12-01', 1)).toBe(true);
  });

  it('does not call an unreadable date stale', () => {
    expect(isReviewStale('someday', '2026-12-01', 6)).toBe(false);
  });
});

describe('todayIso', () => {
  it('gives the local calendar date', () => {
    expect(todayIso(new Date(2026, 11, 1, 23, 59))).toBe('2026-12-01');
    expect(todayIso(new Date(2026, 0, 9, 0, 1))).toBe('2026-01-09');
  });
});
