/**
 * The page session's work, one job at a time: the first scan, the rescans of changed blocks and
 * the scan after a restart all queue here, so two scans never run at once and one failing job
 * never stops the ones after it.
 *
 * A job runs in chunks and asks `live` before each: false once the session is destroyed (its
 * signal aborted) or restarted (the generation moved on since the job was queued). A job queued
 * before a restart is dropped without running.
 */
export interface JobContext {
  /** Whether the job should go on: the signal is not aborted and no restart happened since it was queued. */
  readonly live: boolean;
}

export type Job = (context: JobContext) => Promise<void> | void;

interface QueuedJob {
  run: Job;
  generation: number;
  done: () => void;
}

export interface WorkQueueOptions {
  signal: AbortSignal;
  /** A job threw: the error is reported here and the next job runs. */
  onError: (error: unknown) => void;
}

export class WorkQueue {
  private readonly signal: AbortSignal;
  private readonly onError: (error: unknown) => void;
  private readonly jobs: QueuedJob[] = [];
  private running = false;
  private generation = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(options: WorkQueueOptions) {
    this.signal = options.signal;
    this.onError = options.onError;
    this.signal.addEventListener('abort', () => this.drop(), { once: true });
  }

  /** Queues a job; resolves when it has run (or was dropped). Never rejects. */
  enqueue(run: Job): Promise<void> {
    if (this.signal.aborted) return Promise.resolve();
    return new Promise<void>((done) => {
      this.jobs.push({ run, generation: this.generation, done });
      if (!this.running) void this.pump();
    });
  }

  /** Makes every queued and running job stale: they stop before their next chunk. */
  restart(): void {
    this.generation += 1;
  }

  /** Resolves once no job is queued or running. */
  idle(): Promise<void> {
    if (!this.running && this.jobs.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async pump(): Promise<void> {
    this.running = true;
    for (let job = this.jobs.shift(); job; job = this.jobs.shift()) {
      const generation = job.generation;
      const isLive = () => !this.signal.aborted && generation === this.generation;
      const context: JobContext = {
        get live() {
          return isLive();
        },
      };
      if (context.live) {
        try {
          await job.run(context);
        } catch (error) {
          this.onError(error);
        }
      }
      job.done();
    }
    this.running = false;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private drop(): void {
    const dropped = this.jobs.splice(0);
    for (const job of dropped) job.done();
  }
}
