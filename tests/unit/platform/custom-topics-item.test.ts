import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StoredCustomTopics } from '../../../lib/kb/custom-topics.ts';
import { customTopicsItem, followCustomTopics } from '../../../platform/custom-topics-item.ts';

/** What a test source makes of a stored value: its topic ids. */
const ids = (raw: unknown) => ((raw as StoredCustomTopics | null)?.topics ?? []).map((topic) => topic.id);
const stored = (...topicIds: string[]) => ({ version: 1, topics: topicIds.map((id) => ({ id })) }) as never;

/** Holds the first read until the test lets it answer with `value`. */
function holdFirstRead() {
  let answer: (value: unknown) => void = () => {};
  vi.spyOn(customTopicsItem, 'getValue').mockReturnValueOnce(
    new Promise((resolve) => {
      answer = resolve;
    }) as never,
  );
  return (value: unknown) => answer(value);
}

describe('followCustomTopics', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps a change heard while the first read was under way, not the older value the read returns', async () => {
    const answer = holdFirstRead();
    const source = followCustomTopics(ids, ['initial']);
    await customTopicsItem.setValue(stored('tsmc'));
    await vi.waitFor(() => expect(source.current()).toEqual(['tsmc']));
    answer(null);
    expect(await source.ready).toEqual(['tsmc']);
    source.destroy();
  });

  it('is made from the first read when nothing changed meanwhile', async () => {
    await customTopicsItem.setValue(stored('a', 'b'));
    const source = followCustomTopics(ids, ['initial']);
    expect(source.current()).toEqual(['initial']);
    expect(await source.ready).toEqual(['a', 'b']);
    source.destroy();
  });

  it('stays as it was once destroyed, even when the first read answers later', async () => {
    const answer = holdFirstRead();
    const controller = new AbortController();
    const source = followCustomTopics(ids, ['initial'], controller.signal);
    controller.abort();
    answer(stored('late'));
    expect(await source.ready).toEqual(['initial']);
    await customTopicsItem.setValue(stored('later'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(source.current()).toEqual(['initial']);
  });
});
