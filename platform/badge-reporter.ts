/**
 * The content script's side of the toolbar badge: tells the background the number of mentions
 * shown, at most once per BADGE_UPDATE_INTERVAL_MS and only when it changed.
 */

/**
 * How often, at most, the toolbar badge is told the number of mentions: a scan reports after each
 * chunk of work, and one message per chunk would be noise on a long page.
 */
export const BADGE_UPDATE_INTERVAL_MS = 250;

export interface BadgeReporterOptions {
  /** Sends the count to the background; a rejection means it was not received. */
  send: (count: number) => Promise<unknown>;
  /** `ctx.setTimeout` in the content script, so nothing fires after the context is invalidated. */
  setTimeout: (callback: () => void, ms: number) => unknown;
  intervalMs?: number;
}

/** Returns `report(count)`: call it on every change; the badge hears the latest, throttled. */
export function createBadgeReporter(options: BadgeReporterOptions): (count: number) => void {
  const interval = options.intervalMs ?? BADGE_UPDATE_INTERVAL_MS;
  let reported = -1;
  let latest = 0;
  let scheduled = false;
  return (count) => {
    latest = count;
    if (scheduled) return;
    scheduled = true;
    options.setTimeout(() => {
      scheduled = false;
      if (latest === reported) return;
      reported = latest;
      options.send(latest).catch(() => {
        // The background may be restarting: forget what was sent, so the next change reports again.
        reported = -1;
      });
    }, interval);
  };
}
