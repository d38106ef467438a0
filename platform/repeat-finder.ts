/**
 * The background's side of verdict marks: it holds the knowledge base (built-in and the reader's
 * own, kept live) and the ranker, and answers a content script's question "which of these
 * mentions' sentences repeat a rated claim?" (page/verdict-marks.ts). The text stays inside the
 * browser: the content script sends it to its own extension, which keeps nothing of it.
 */
import {
  answerRepeatQuery,
  checkRepeatQuery,
  createMentionClaimRanker,
  type MentionClaimRanker,
} from '../lib/rank/index.ts';
import { openKnowledgeBase } from './knowledge-base.ts';
import { MESSAGES, onMessage } from './messages.ts';
import { provideBuiltInTopicIndexes } from './ranker-indexes.ts';

/** Starts answering `caveat:find-repeats`; returns the function that stops it. */
export function startRepeatFinder(): () => void {
  const abort = new AbortController();
  const knowledgeBase = openKnowledgeBase(abort.signal);
  let ranker: MentionClaimRanker | null = null;
  let rankerKb: unknown = null;
  const rankerNow = (): MentionClaimRanker => {
    const { kb } = knowledgeBase.current();
    if (!ranker || rankerKb !== kb) {
      provideBuiltInTopicIndexes();
      ranker = createMentionClaimRanker(kb);
      rankerKb = kb;
    }
    return ranker;
  };
  const stop = onMessage(MESSAGES.findRepeats, async (payload, sender) => {
    // Only Caveat's own content scripts, in a tab, ask.
    if (sender.tab?.id === undefined) throw new Error('only a page’s content script may ask');
    const query = checkRepeatQuery(payload);
    if (query instanceof Error) throw query;
    await knowledgeBase.ready;
    return answerRepeatQuery(rankerNow(), query);
  });
  return () => {
    stop();
    abort.abort();
  };
}
