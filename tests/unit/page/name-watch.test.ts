// @vitest-environment happy-dom
/**
 * Waiting for a name (page/name-watch.ts): the first reading of the page, the text that appears
 * later, and stopping.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForName } from '../../../page/name-watch';

const NAME = /DeepSeek|Nvidia/;
const mayMention = (text: string) => NAME.test(text);

function watch(options: { sliceMs?: number; test?: (text: string) => boolean } = {}) {
  const controller = new AbortController();
  const onFound = vi.fn();
  const tested: string[] = [];
  const stop = watchForName({
    doc: document,
    mayMention: (text) => {
      tested.push(text);
      return (options.test ?? mayMention)(text);
    },
    onFound,
    signal: controller.signal,
    sliceMs: options.sliceMs,
  });
  return { controller, onFound, tested, stop };
}

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  document.body.replaceChildren();
});

describe('watchForName', () => {
  it('reports a name already on the page, once, in the first reading', () => {
    document.body.innerHTML = '<h1>Markets</h1><p>Shares of Nvidia rose.</p><p>DeepSeek too.</p>';
    const { onFound } = watch();
    expect(onFound).toHaveBeenCalledTimes(1);
  });

  it('reports nothing on a page without a name, and reads its text once', async () => {
    document.body.innerHTML = '<p>The council met on Tuesday.</p><p>Rain is expected.</p>';
    const { onFound, tested } = watch();
    await settle();
    expect(onFound).not.toHaveBeenCalled();
    expect(tested).toEqual(['The council met on Tuesday.Rain is expected.']);
  });

  it('reads a name that the markup splits, and skips the text of scripts and styles', () => {
    document.body.innerHTML = '<p>Shares of Nv<b>id</b>ia rose.</p><script>var DeepSeek = 1;</script>';
    const found = watch().onFound;
    expect(found).toHaveBeenCalledTimes(1);
    document.body.innerHTML = '<p>Weather.</p><script>var DeepSeek = 1;</script><style>.Nvidia{}</style>';
    expect(watch().onFound).not.toHaveBeenCalled();
  });

  it('reads a long page in slices that yield, and still finds a name cut by a slice’s end', async () => {
    // The first slice's test ends right after "Deep" (a slice is 32,768 code units).
    const filler = 'The council met on Tuesday to discuss the budget. '.repeat(700).slice(0, 32_768 - 4);
    document.body.innerHTML = `<p>${filler}</p><p>Deep</p><p>Seek</p>`;
    const { onFound, tested } = watch({ sliceMs: 0, test: (text) => text.includes('DeepSeek') });
    expect(tested).toHaveLength(1);
    expect(tested[0]?.endsWith('Deep')).toBe(true);
    expect(onFound).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(onFound).toHaveBeenCalledTimes(1));
    expect(tested).toHaveLength(2);
  });

  it('reports a name that appears later, in a new paragraph or in changed text', async () => {
    document.body.innerHTML = '<p id="live">Waiting for the results.</p>';
    const added = watch();
    await settle();
    expect(added.onFound).not.toHaveBeenCalled();
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Nvidia reported its results.';
    document.body.append(paragraph);
    await vi.waitFor(() => expect(added.onFound).toHaveBeenCalledTimes(1));
    added.stop();

    document.body.innerHTML = '<p id="live">Shares of Nv</p>';
    const changed = watch();
    await settle();
    const text = document.querySelector('#live')?.firstChild as Text;
    text.appendData('idia rose.');
    await vi.waitFor(() => expect(changed.onFound).toHaveBeenCalledTimes(1));
  });

  it('reads a node added to the body with the text beside it', async () => {
    document.body.textContent = 'Shares of Deep';
    const { onFound } = watch();
    await settle();
    const span = document.createElement('span');
    span.textContent = 'Seek fell.';
    document.body.append(span);
    await vi.waitFor(() => expect(onFound).toHaveBeenCalledTimes(1));
  });

  it('tests a page that keeps changing at most every 250 ms', async () => {
    document.body.innerHTML = '<p id="ticker">0</p>';
    const { tested } = watch();
    const ticker = document.querySelector('#ticker') as HTMLElement;
    for (let tick = 1; tick <= 20; tick += 1) {
      ticker.textContent = String(tick);
      await settle(25);
    }
    await settle(300);
    // The first reading, then the changes of about 500 ms in a few tests.
    expect(tested.length).toBeGreaterThan(1);
    expect(tested.length).toBeLessThanOrEqual(5);
  });

  it('stops when told to, or when its signal aborts', async () => {
    document.body.innerHTML = '<p>Nothing here.</p>';
    const stopped = watch();
    stopped.stop();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Nvidia' }));
    await settle();
    expect(stopped.onFound).not.toHaveBeenCalled();

    document.body.innerHTML = '<p>Nothing here.</p>';
    const aborted = watch();
    aborted.controller.abort();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'DeepSeek' }));
    await settle();
    expect(aborted.onFound).not.toHaveBeenCalled();
  });
});
