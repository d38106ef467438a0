import { describe, expect, it } from 'vitest';
import { type JobContext, WorkQueue } from '../../../page/work-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the page session’s work queue', () => {
  it('runs one job at a time, in order', async () => {
    const queue = new WorkQueue({ signal: new AbortController().signal, onError: () => {} });
    const log: string[] = [];
    const job = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
    };
    void queue.enqueue(job('a'));
    void queue.enqueue(job('b'));
    await queue.idle();
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('tells a running job it is stale after a restart, and drops jobs queued before it', async () => {
    const queue = new WorkQueue({ signal: new AbortController().signal, onError: () => {} });
    const seen: boolean[] = [];
    let ran = false;
    void queue.enqueue(async (job: JobContext) => {
      seen.push(job.live);
      await tick();
      seen.push(job.live);
    });
    void queue.enqueue(() => {
      ran = true;
    });
    queue.restart();
    await queue.idle();
    expect(seen).toEqual([true, false]);
    expect(ran).toBe(false);
  });

  it('drops every job once the signal aborts', async () => {
    const controller = new AbortController();
    const queue = new WorkQueue({ signal: controller.signal, onError: () => {} });
    let ran = 0;
    void queue.enqueue(async () => {
      ran += 1;
      await tick();
    });
    void queue.enqueue(() => {
      ran += 1;
    });
    controller.abort();
    void queue.enqueue(() => {
      ran += 1;
    });
    await queue.idle();
    expect(ran).toBe(1);
  });

  it('reports a failing job and runs the next one', async () => {
    const errors: unknown[] = [];
    const queue = new WorkQueue({
      signal: new AbortController().signal,
      onError: (error) => errors.push(error),
    });
    let ran = false;
    const failing = queue.enqueue(() => {
      throw new Error('broken');
    });
    void queue.enqueue(() => {
      ran = true;
    });
    await expect(failing).resolves.toBeUndefined();
    await queue.idle();
    expect(errors).toHaveLength(1);
    expect(ran).toBe(true);
  });
});
