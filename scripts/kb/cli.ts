/**
 * Shared plumbing for the `kb` maintainer CLI: the exit codes of the contract in DESIGN.md and the
 * error type that carries a one-line message to stderr.
 */

export const EXIT_OK = 0;
/** The input was read but is wrong (e.g. `kb validate` found problems). */
export const EXIT_PROBLEMS = 1;
/** Bad input: missing or unreadable file, invalid JSON, unknown option. */
export const EXIT_USAGE = 2;

/** A problem with the command line or its input; printed as one line on stderr, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CommandIO {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** A `kb` sub-command: takes the arguments after its name, returns the exit code. */
export type Command = (args: readonly string[], io: CommandIO) => Promise<number>;

/** A score as the commands print it: rounded to three decimals, so output is stable and readable. */
export function roundedScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/**
 * Walks a command's arguments. Words go into the list it returns: every argument that does not
 * start with `-`, a lone `-`, and everything after `--`. Each option goes to `option(arg, next)`,
 * where `next()` takes the argument after it (undefined at the end); `option` throws a
 * `UsageError` for an option it does not know.
 */
export function readArgs(
  args: readonly string[],
  option: (arg: string, next: () => string | undefined) => void,
): string[] {
  const words: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') words.push(arg);
    else if (arg === '--') optionsEnded = true;
    else option(arg, () => args[++i]);
  }
  return words;
}
