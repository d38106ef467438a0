/**
 * `kb stale [--before YYYY-MM-DD]`: the claims of the built-in knowledge base reviewed before that
 * date, oldest first, for maintainers to check again. Without `--before`, the date is the card's
 * default threshold (six months) before today, so the list is what readers see marked as possibly
 * out of date. Prints `{"before","claims":[{"topic","claim","statement","reviewed"}]}`.
 */
import { BUILT_IN_KB } from '../../data/kb';
import type { KnowledgeBase } from '../../data/schema';
import { monthsBefore, parseIsoDate, todayIso } from '../../lib/kb/freshness';
import { DEFAULT_STALE_AFTER_MONTHS } from '../../lib/settings/settings';
import { type Command, EXIT_OK, UsageError } from './cli';

const USAGE = 'usage: kb stale [--before YYYY-MM-DD]';

export interface StaleClaim {
  topic: string;
  claim: string;
  statement: string;
  reviewed: string;
}

/** Reads the arguments; `today` decides the default date. */
export function parseStaleArgs(args: readonly string[], today: string): { before: string } {
  let before: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    let value: string | undefined;
    if (arg === '--before') {
      value = args[++index];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`--before needs a date; ${USAGE}`);
    } else if (arg.startsWith('--before=')) {
      value = arg.slice('--before='.length);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option "${arg}"; ${USAGE}`);
    } else {
      throw new UsageError(`unexpected argument "${arg}"; ${USAGE}`);
    }
    if (before !== undefined) throw new UsageError('--before given twice');
    if (!parseIsoDate(value)) throw new UsageError(`--before must be a date as YYYY-MM-DD, not "${value}"`);
    before = value;
  }
  return { before: before ?? monthsBefore(today, DEFAULT_STALE_AFTER_MONTHS) };
}

/** Claims reviewed before `before`, oldest first; a tie keeps the knowledge base's order. */
export function staleClaims(kb: KnowledgeBase, before: string): StaleClaim[] {
  return kb
    .flatMap((topic) =>
      topic.claims.map((claim) => ({
        topic: topic.id,
        claim: claim.id,
        statement: claim.statement,
        reviewed: claim.reviewed,
      })),
    )
    .filter((claim) => claim.reviewed < before)
    .sort((a, b) => (a.reviewed < b.reviewed ? -1 : a.reviewed > b.reviewed ? 1 : 0));
}

export const stale: Command = async (args, io) => {
  const { before } = parseStaleArgs(args, todayIso());
  io.stdout(JSON.stringify({ before, claims: staleClaims(BUILT_IN_KB, before) }));
  return EXIT_OK;
};
