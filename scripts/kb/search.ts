/**
 * `kb search "<query>" [--top N]`: the popup's typo-tolerant search over the built-in knowledge
 * base, from the command line. Prints `{"results":[{"topic","claim","statement","score"}]}`, best
 * first; `claim` is null for a topic-level hit, whose `statement` is the topic summary.
 */
import { BUILT_IN_KB } from '../../data/kb';
import { createKbSearch } from '../../lib/rank/search';
import { type Command, EXIT_OK, readArgs, roundedScore, UsageError } from './cli';

const USAGE = 'usage: kb search "<query>" [--top N]';
const DEFAULT_TOP = 10;

interface SearchArgs {
  query: string;
  top: number;
}

function parseTop(value: string | undefined): number {
  if (value === undefined || value === '') throw new UsageError(`--top needs a number; ${USAGE}`);
  if (!/^[1-9]\d*$/u.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`--top must be a positive whole number, not "${value}"; ${USAGE}`);
  }
  return Number(value);
}

function parseArgs(args: readonly string[]): SearchArgs {
  let top = DEFAULT_TOP;
  const words = readArgs(args, (arg, next) => {
    if (arg === '--top') top = parseTop(next());
    else if (arg.startsWith('--top=')) top = parseTop(arg.slice('--top='.length));
    else throw new UsageError(`unknown option ${arg}; ${USAGE}`);
  });
  // Unquoted words (`kb search deepseek cost`) are one query, as a search box would take them.
  const query = words.join(' ').trim();
  if (query === '') throw new UsageError(`needs a query; ${USAGE}`);
  return { query, top };
}

export const search: Command = async (args, io) => {
  const { query, top } = parseArgs(args);
  const results = createKbSearch(BUILT_IN_KB)
    .search(query, top)
    .map((result) => ({
      topic: result.topicId,
      claim: result.claimId,
      statement: result.statement,
      score: roundedScore(result.score),
    }));
  io.stdout(JSON.stringify({ results }));
  return EXIT_OK;
};
