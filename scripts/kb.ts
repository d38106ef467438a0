/**
 * `npm run --silent kb -- <command> …` — the maintainer CLI over the knowledge base. It runs the same
 * engine as the extension. Contract: DESIGN.md, "The maintainer CLI".
 */
import type { CommandIO } from './kb/cli';
import { main } from './kb/main';

// `kb export-claimreview | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const io: CommandIO = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};
process.exitCode = await main(process.argv.slice(2), io);
