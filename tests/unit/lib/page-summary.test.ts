import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import { SAMPLES_PER_TOPIC, summarizePage } from '../../../lib/match/page-summary';

describe("the popup's 'On this page'", () => {
  it('lists each mentioned topic once, in knowledge-base order, with its count and first distinct texts', () => {
    const mentions = [
      { topicId: 'export-controls', text: 'export controls' },
      { topicId: 'nvidia', text: 'Nvidia' },
      { topicId: 'nvidia', text: 'NVDA' },
      { topicId: 'nvidia', text: 'Nvidia' },
      { topicId: 'nvidia', text: 'H800' },
      { topicId: 'nvidia', text: 'H20' },
    ];
    expect(summarizePage(BUILT_IN_KB, mentions)).toEqual([
      { topicId: 'nvidia', name: 'Nvidia', count: 5, samples: ['Nvidia', 'NVDA', 'H800'] },
      {
        topicId: 'export-controls',
        name: 'US export controls on AI chips',
        count: 1,
        samples: ['export controls'],
      },
    ]);
    expect(SAMPLES_PER_TOPIC).toBe(3);
  });

  it('is empty for a page without mentions', () => {
    expect(summarizePage(BUILT_IN_KB, [])).toEqual([]);
  });
});
