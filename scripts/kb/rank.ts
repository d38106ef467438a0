/**
 * `kb rank "<sentence>" --topic T [--all]`: how the card ranks a topic's claims for one sentence,
 * so a maintainer can see why a card leads as it does. Prints one JSON object:
 * `{"topic","fit","evidence","threshold","claims":[{"id","statement","score","matched"}]}` with
 * every claim of the topic that shares a term with the sentence, best first (and with `--all`, the
 * others after them with score 0). `fit` is what the card does: "close", or "none" when the
 * evidence for the best claim is under the threshold and the card shows the topic's key claims
 * instead.
 */
import { BUILT_IN_KB } from '../../data/kb';
import { CLOSE_FIT_SCORE, createClaimRanker } from '../../lib/rank/ranker';
import { type Command, EXIT_OK, readArgs, roundedScore, UsageError } from './cli';

const USAGE = 'usage: kb rank "<sentence>" --topic T [--all]';

interface RankArgs {
  sentence: string;
  topic: string;
  all: boolean;
}

export function parseRankArgs(args: readonly string[]): RankArgs {
  let topic: string | undefined;
  let all = false;
  const words = readArgs(args, (arg, next) => {
    if (arg === '--all') {
      all = true;
    } else if (arg === '--topic' || arg.startsWith('--topic=')) {
      const value = arg === '--topic' ? next() : arg.slice('--topic='.length);
      if (value === undefined || value === '' || value.startsWith('--'))
        throw new UsageError(`--topic needs a topic id; ${USAGE}`);
      if (topic !== undefined) throw new UsageError(`--topic given twice; ${USAGE}`);
      topic = value;
    } else {
      throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    }
  });
  const sentence = words.join(' ').trim();
  if (sentence === '') throw new UsageError(`needs a sentence; ${USAGE}`);
  if (topic === undefined) throw new UsageError(`needs --topic; ${USAGE}`);
  return { sentence, topic, all };
}

export const rank: Command = async (args, io) => {
  const { sentence, topic: topicId, all } = parseRankArgs(args);
  const topic = BUILT_IN_KB.find(({ id }) => id === topicId);
  if (!topic) {
    throw new UsageError(`unknown topic "${topicId}"; one of: ${BUILT_IN_KB.map(({ id }) => id).join(', ')}`);
  }
  const ranker = createClaimRanker(topic);
  const scored = ranker.scoreAll(sentence);
  const { fit, evidence = 0 } = ranker.rankForCard(sentence);
  const claims = scored.map(({ claim, score, matched }) => ({
    id: claim.id,
    statement: claim.statement,
    score: roundedScore(score),
    matched,
  }));
  if (all) {
    const listed = new Set(claims.map(({ id }) => id));
    for (const claim of topic.claims) {
      if (!listed.has(claim.id))
        claims.push({ id: claim.id, statement: claim.statement, score: 0, matched: [] });
    }
  }
  io.stdout(
    JSON.stringify({
      topic: topic.id,
      fit,
      evidence: roundedScore(evidence),
      threshold: CLOSE_FIT_SCORE,
      claims,
    }),
  );
  return EXIT_OK;
};
