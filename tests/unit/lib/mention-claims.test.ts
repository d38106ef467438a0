import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import { createMentionClaimRanker } from '../../../lib/rank/mention-claims';

describe('createMentionClaimRanker', () => {
  const ranker = createMentionClaimRanker(BUILT_IN_KB);
  const sentence =
    'Some argue the company innovated around the restrictions; others say export curbs are leaky.';
  const rankIn = (block: string) => {
    const start = block.indexOf('export curbs');
    return ranker.rank('export-controls', block, start, start + 'export curbs'.length);
  };

  it('looks for the topic’s subject terms in the paragraph around the sentence', () => {
    // The sentence speaks of the controls in general; the paragraph says they are about chips.
    const onSubject = rankIn(`DeepSeek trained V3 on 2,048 Nvidia H800 chips. ${sentence}`);
    expect(onSubject.fit).toBe('close');
    expect(onSubject.claims[0]?.claim.id).toBe('export-controls-deepseek-innovated-around');
    // The same sentence in a paragraph about gallium, or alone, is about something else.
    expect(rankIn(`Beijing tightened its rules on gallium exports. ${sentence}`).fit).toBe('none');
    expect(rankIn(sentence).fit).toBe('none');
  });

  it('reads no further than the paragraph around the mention in a very long block', () => {
    const filler = 'The council met again to discuss the harbour. '.repeat(60);
    expect(rankIn(`DeepSeek trained V3 on Nvidia H800 chips. ${filler}${sentence}`).fit).toBe('none');
  });

  it('ranks nothing for a topic the knowledge base does not have', () => {
    expect(ranker.rank('no-such-topic', sentence, 0, 4)).toEqual({ fit: 'none', claims: [], repeats: null });
  });
});
