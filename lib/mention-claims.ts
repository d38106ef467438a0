/**
 * The claims to show for one mention: the topic's claims ranked against the sentence the mention
 * sits in. Shared by the page (the card) and the `kb scan` command, so both rank alike.
 */
import type { KnowledgeBase } from '../data/schema';
import { type ClaimRanker, createClaimRanker, type RankedClaim } from './ranker';
import { sentenceAround } from './sentence';

/** How many claims a card shows, best first. */
export const CLAIMS_PER_MENTION = 3;

export type MentionClaimRanker = (
  topicId: string,
  blockText: string,
  start: number,
  end: number,
  top?: number,
) => RankedClaim[];

/** Ranks claims for mentions; each topic's index is built on first use and then reused. */
export function createMentionClaimRanker(kb: KnowledgeBase): MentionClaimRanker {
  const rankers = new Map<string, ClaimRanker>();
  return (topicId, blockText, start, end, top = CLAIMS_PER_MENTION) => {
    let ranker = rankers.get(topicId);
    if (!ranker) {
      const topic = kb.find((candidate) => candidate.id === topicId);
      if (!topic) return [];
      ranker = createClaimRanker(topic);
      rankers.set(topicId, ranker);
    }
    return ranker.rank(sentenceAround(blockText, start, end).text, top);
  };
}
