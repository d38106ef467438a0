/** The `kb` command table and dispatcher, importable by tests without running anything. */
import { type Command, type CommandIO, EXIT_USAGE, UsageError } from './cli';

const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate')).validate,
  'export-claimreview': async () => (await import('./export-claimreview')).exportClaimReview,
  scan: async () => (await import('./scan')).scan,
  search: async () => (await import('./search')).search,
  rank: async () => (await import('./rank')).rank,
  stale: async () => (await import('./stale')).stale,
  keygen: async () => (await import('./pack')).keygen,
  pack: async () => (await import('./pack')).pack,
};

const USAGE = `usage: kb <${Object.keys(COMMANDS).join('|')}> [options]`;

export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...args] = argv;
  const load = name === undefined ? undefined : COMMANDS[name];
  if (!load) {
    io.stderr(name === undefined ? USAGE : `kb: unknown command "${name}"; ${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await (await load())(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`kb ${name}: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
