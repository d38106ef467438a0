import { readFileSync } from 'node:fs';
import { MATCHING_KB } from 'virtual:caveat/matching-kb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILT_IN_KB, BUILT_IN_TOPIC_FILES } from '../../../data/kb.ts';
import { checkCustomTopicFiles } from '../../../lib/kb/custom-topics.ts';
import { compileMatcher } from '../../../lib/match/matcher.ts';
import { packMatchingItem } from '../../../platform/custom-topics-item.ts';
import { saveCustomTopics } from '../../../platform/knowledge-base.ts';
import { matcherFor, openMatchingKnowledgeBase } from '../../../platform/matching-knowledge-base.ts';

const tsmc = checkCustomTopicFiles(
  [{ file: 'tsmc.json', json: JSON.parse(readFileSync('tests/fixtures/custom-topics/tsmc.json', 'utf8')) }],
  { builtIn: BUILT_IN_TOPIC_FILES, today: '2026-12-01' },
).topics;

const TEXT =
  'DeepSeek trained V3 on 2,048 Nvidia H800 chips, and TSMC makes them; the BIS export controls followed.';

describe('the matching knowledge base of the content script', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('holds every built-in topic, without claims', async () => {
    const source = openMatchingKnowledgeBase(new AbortController().signal);
    const topics = await source.ready;
    expect(topics.map((topic) => topic.id)).toEqual(BUILT_IN_KB.map((topic) => topic.id));
    expect(topics.every((topic) => !('claims' in topic))).toBe(true);
  });

  it('adds the stored custom topics, and follows an import and a delete until its signal aborts', async () => {
    await saveCustomTopics(tsmc);
    const controller = new AbortController();
    const source = openMatchingKnowledgeBase(controller.signal);
    expect((await source.ready).map((topic) => topic.id)).toContain('tsmc');
    const heard = vi.fn();
    source.subscribe(heard);
    await saveCustomTopics([]);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    expect(heard.mock.calls[0]?.[0].map((topic: { id: string }) => topic.id)).not.toContain('tsmc');
    controller.abort();
    await saveCustomTopics(tsmc);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('reads a subscribed pack’s matching part: a new topic after the custom ones, a built-in one in place', async () => {
    await saveCustomTopics(tsmc);
    const nvidia = { id: 'nvidia', name: 'Nvidia (corrected)', aliases: ['Nvidia'], contextTerms: [] };
    const asml = { id: 'asml', name: 'ASML', aliases: ['ASML'], contextTerms: [] };
    await packMatchingItem.setValue({ version: 1, topics: [asml, nvidia] } as never);
    const topics = await openMatchingKnowledgeBase(new AbortController().signal).ready;
    expect(topics.map((topic) => topic.name)).toEqual([
      'DeepSeek',
      'Nvidia (corrected)',
      'US export controls on AI chips',
      'TSMC',
      'ASML',
    ]);
  });

  it('matches as a matcher compiled on the page would, built-in topics or not', async () => {
    const withCustom = [...MATCHING_KB, ...tsmc];
    for (const topics of [MATCHING_KB, MATCHING_KB.slice(1), withCustom]) {
      expect(matcherFor(topics).findMentions(TEXT)).toEqual(compileMatcher(topics).findMentions(TEXT));
    }
    expect(
      matcherFor(withCustom)
        .findMentions(TEXT)
        .map((mention) => mention.topicId),
    ).toContain('tsmc');
  });
});
