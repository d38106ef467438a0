import { readFileSync } from 'node:fs';
// The built-in topics as the extension has them: parsed at build time.
import { FULL_KB as BUILT_IN_KB } from 'virtual:caveat/full-kb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILT_IN_TOPIC_FILES } from '../../../data/kb.ts';
import { checkCustomTopicFiles } from '../../../lib/kb/custom-topics.ts';
import { customTopicsItem, openKnowledgeBase, saveCustomTopics } from '../../../platform/knowledge-base.ts';

const tsmc = checkCustomTopicFiles(
  [{ file: 'tsmc.json', json: JSON.parse(readFileSync('tests/fixtures/custom-topics/tsmc.json', 'utf8')) }],
  { builtIn: BUILT_IN_TOPIC_FILES, today: '2026-12-01' },
).topics;

describe('the knowledge-base source', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('merges the built-in topics with the stored custom ones', async () => {
    await saveCustomTopics(tsmc);
    const source = openKnowledgeBase();
    const state = await source.ready;
    expect(state.kb.map((topic) => topic.id)).toEqual([...BUILT_IN_KB.map((topic) => topic.id), 'tsmc']);
    expect(source.current()).toBe(state);
    source.destroy();
  });

  it('tells subscribers about an import and a delete as they happen', async () => {
    const source = openKnowledgeBase();
    await source.ready;
    const heard = vi.fn();
    source.subscribe((state) => heard(state.custom.map((topic) => topic.id)));
    await saveCustomTopics(tsmc);
    await vi.waitFor(() => expect(heard).toHaveBeenLastCalledWith(['tsmc']));
    await saveCustomTopics([]);
    await vi.waitFor(() => expect(heard).toHaveBeenLastCalledWith([]));
    expect(source.current().kb).toBe(BUILT_IN_KB);
    source.destroy();
  });

  it('stops listening when its signal aborts', async () => {
    const controller = new AbortController();
    const source = openKnowledgeBase(controller.signal);
    await source.ready;
    const heard = vi.fn();
    source.subscribe(heard);
    controller.abort();
    await saveCustomTopics(tsmc);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).not.toHaveBeenCalled();
    expect(source.current().custom).toEqual([]);
  });

  it('shows a damaged stored value as no custom topics, with a notice', async () => {
    await customTopicsItem.setValue('garbage' as never);
    const state = await openKnowledgeBase().ready;
    expect(state.custom).toEqual([]);
    expect(state.notice).toMatch(/could not be read/);
  });
});
