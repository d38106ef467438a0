import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import type { Topic } from '../../../data/schema';
import { createClaimRanker, provideTopicIndex, topicIndexJson } from '../../../lib/rank/ranker';
import { MEANING_TUNING } from './labelled/sentences-meaning-tuning';

/** A topic object of its own, equal to the built-in one: the ranker caches its index per object. */
function copyOf(topicId: string): Topic {
  const topic = BUILT_IN_KB.find((candidate) => candidate.id === topicId);
  if (!topic) throw new Error(`no topic ${topicId}`);
  return structuredClone(topic);
}

describe('a topic index made ahead of time', () => {
  it('ranks every labelled sentence as the index derived when first asked for', () => {
    for (const { id } of BUILT_IN_KB) {
      const provided = copyOf(id);
      // Through JSON, as the build hands it over.
      const json = JSON.stringify(topicIndexJson(copyOf(id)));
      provideTopicIndex(provided, () => JSON.parse(json));
      const derived = createClaimRanker(copyOf(id));
      const fromProvided = createClaimRanker(provided);
      for (const { sentence } of MEANING_TUNING) {
        const a = fromProvided.rankForCard(sentence, 3);
        const b = derived.rankForCard(sentence, 3);
        expect(a.fit, sentence).toBe(b.fit);
        expect(a.evidence, sentence).toBe(b.evidence);
        expect(
          a.claims.map(({ claim, score }) => [claim.id, score]),
          sentence,
        ).toEqual(b.claims.map(({ claim, score }) => [claim.id, score]));
      }
    }
  });

  it('is what the ranker uses for that topic object, and only for it', () => {
    const sentence = 'DeepSeek says it trained V3 for $5.6 million in GPU hours.';
    const topic = copyOf('deepseek');
    const empty = topicIndexJson({ ...topic, claims: [] });
    provideTopicIndex(topic, () => ({ ...topicIndexJson(topic), index: empty.index }));
    // An index with no terms fits no sentence: the provided one was used, not one derived here.
    expect(createClaimRanker(topic).rankForCard(sentence, 3).fit).toBe('none');
    expect(createClaimRanker(copyOf('deepseek')).rankForCard(sentence, 3).fit).toBe('close');
  });

  it('is ignored once the topic has an index', () => {
    const sentence = 'DeepSeek says it trained V3 for $5.6 million in GPU hours.';
    const topic = copyOf('deepseek');
    const ranker = createClaimRanker(topic);
    expect(ranker.rankForCard(sentence, 3).fit).toBe('close');
    const empty = topicIndexJson({ ...topic, claims: [] });
    provideTopicIndex(topic, () => ({ ...topicIndexJson(topic), index: empty.index }));
    expect(createClaimRanker(topic).rankForCard(sentence, 3).fit).toBe('close');
  });
});
