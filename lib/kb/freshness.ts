/**
 * How old a claim's review is: date arithmetic on `YYYY-MM-DD` strings, shared by the card (which
 * says when the facts may have changed since) and `kb stale` (which lists the claims to check
 * again). Pure: calendar dates only, no time zones.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date of `isoDate`, or null when it is not a real `YYYY-MM-DD` date. */
export function parseIsoDate(isoDate: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function format(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The date `months` calendar months before `isoDate`; a day that the earlier month lacks becomes
 * its last day (31 August less six months is 28 or 29 February). Throws on a date that is not one.
 */
export function monthsBefore(isoDate: string, months: number): string {
  const date = parseIsoDate(isoDate);
  if (!date) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const index = date.year * 12 + (date.month - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(date.day, daysInMonth(year, month)));
}

/** Today's calendar date where the reader is, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return format(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * True when a claim reviewed on `reviewed` is older than `staleAfterMonths` on `today`: reviewed
 * before the date that many months back. A review date that cannot be read is not called stale.
 */
export function isReviewStale(reviewed: string, today: string, staleAfterMonths: number): boolean {
  if (!parseIsoDate(reviewed) || !parseIsoDate(today)) return false;
  return reviewed < monthsBefore(today, staleAfterMonths);
}
