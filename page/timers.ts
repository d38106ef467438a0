/**
 * The clocks the page session runs on, injected so that tests drive them by hand (happy-dom has no
 * idle callbacks and no real frames) and the benchmark can time the pauses between chunks.
 */
export interface PageTimers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
  requestAnimationFrame(callback: () => void): number;
  cancelAnimationFrame(id: number): void;
  /** Runs `callback` when the page is idle, or after `timeoutMs` at the latest. */
  whenIdle(callback: () => void, timeoutMs: number): void;
  /** Resolves when the page has had its main thread back for a moment (between two scan chunks). */
  yieldToPage(): Promise<void>;
  now(): number;
}

/** The browser's own timers of `view`. */
export function browserTimers(view: Window): PageTimers {
  const scheduler = (view as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return {
    setTimeout: (callback, ms) => view.setTimeout(callback, ms),
    clearTimeout: (id) => view.clearTimeout(id),
    requestAnimationFrame: (callback) => view.requestAnimationFrame(() => callback()),
    cancelAnimationFrame: (id) => view.cancelAnimationFrame(id),
    whenIdle: (callback, timeoutMs) => {
      if (typeof view.requestIdleCallback === 'function')
        view.requestIdleCallback(() => callback(), { timeout: timeoutMs });
      else view.setTimeout(callback, 0);
    },
    yieldToPage: () =>
      scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => view.setTimeout(resolve, 0)),
    now: () => view.performance.now(),
  };
}
