/**
 * The claims to show for one mention: the topic's claims ranked against the sentence the mention
 * sits in, and whether any fits it closely (otherwise the topic's key claims). Shared by the page
 * (the card) and the `kb scan` command, so both rank alike.
 */
import type { Claim, KnowledgeBase } from '../../data/schema';
import { sentenceAround } from '../text/index';
import { type ClaimRanker, type ClaimRanking, createClaimRanker } from './ranker';
import { repeatedClaim } from './repeats';

/** The card's claims for one mention, and the claim its sentence itself repeats, if any. */
export interface MentionRanking extends ClaimRanking {
  /** The rated claim the sentence states (lib/rank/repeats.ts); it is then `claims[0]`. */
  repeats: Claim | null;
}

/** How many claims a card shows, best first. */
export const CLAIMS_PER_MENTION = 3;

/**
 * How much of the block on either side of a mention is its paragraph, for the topic's subject
 * terms: a block of a badly built page may be the whole article.
 */
const CONTEXT_CHARACTERS = 1000;

export interface MentionClaimRanker {
  /**
   * The topic's claims for the sentence around `blockText[start, end)`, best first, with the fit
   * (the block around the mention, up to CONTEXT_CHARACTERS either side, is where the topic's
   * subject terms are looked for);
   * `{ fit: 'none', claims: [], repeats: null }` for a topic the knowledge base does not have.
   */
  rank(topicId: string, blockText: string, start: number, end: number, top?: number): MentionRanking;
  /** Builds a topic's index ahead of its first use (e.g. while the page is idle). */
  prepare(topicId: string): void;
}

/** Ranks claims for mentions; each topic's index is built on first use and then reused. */
export function createMentionClaimRanker(kb: KnowledgeBase): MentionClaimRanker {
  const rankers = new Map<string, ClaimRanker>();
  const rankerFor = (topicId: string): ClaimRanker | undefined => {
    let ranker = rankers.get(topicId);
    if (!ranker) {
      const topic = kb.find((candidate) => candidate.id === topicId);
      if (!topic) return undefined;
      ranker = createClaimRanker(topic);
      rankers.set(topicId, ranker);
    }
    return ranker;
  };
  return {
    rank(topicId, blockText, start, end, top = CLAIMS_PER_MENTION) {
      const ranker = rankerFor(topicId);
      if (!ranker) return { fit: 'none', claims: [], repeats: null };
      const sentence = sentenceAround(blockText, start, end).text;
      const ranking = ranker.rankForCard(
        sentence,
        top,
        blockText.slice(Math.max(0, start - CONTEXT_CHARACTERS), end + CONTEXT_CHARACTERS),
      );
      return { ...ranking, repeats: repeatedClaim(ranking, sentence)?.claim ?? null };
    },
    prepare(topicId) {
      rankerFor(topicId)?.prepare();
    },
  };
}
