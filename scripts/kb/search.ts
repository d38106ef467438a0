/**
 * `kb search "<query>" [--top N]`: the popup's typo-tolerant search over the built-in knowledge
 * base, from the command line. Prints `{"results":[{"topic","claim","statement","score"}]}`, best
 * first; `claim` is null for a topic-level hit, whose `statement` is the topic summary.
 */
import { BUILT_IN_KB } from '../../data/kb';
import { createKbSearch } from '../../lib/search';
import { type Command, EXIT_OK, UsageError } from './cli';

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
  const words: string[] = [];
  let top = DEFAULT_TOP;
  let optionsEnded = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      words.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '--top') {
      i += 1;
      top = parseTop(args[i]);
    } else if (arg.startsWith('--top=')) {
      top = parseTop(arg.slice('--top='.length));
    } else {
      throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    }
  }
  // Unquoted words (`kb search deepseek cost`) are one query, as a search box would take them.
  const query = words.join(' ').trim();
  if (query === '') throw new UsageError(`needs a query; ${USAGE}`);
  return { query, top };
}

/** Scores are rounded so the output is stable and readable; the order is the search's own. */
function rounded(score: number): number {
  return Math.round(score * 1000) / 1000;
}

export const search: Command = async (args, io) => {
  const { query, top } = parseArgs(args);
  const results = createKbSearch(BUILT_IN_KB)
    .search(query, top)
    .map((result) => ({
      topic: result.topicId,
      claim: result.claimId,
      statement: result.statement,
      score: rounded(result.score),
    }));
  io.stdout(JSON.stringify({ results }));
  return EXIT_OK;
};
