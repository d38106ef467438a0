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
