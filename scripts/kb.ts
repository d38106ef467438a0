/**
 * `npm run --silent kb -- <command> …` — the maintainer CLI over the knowledge base. It runs the same
 * engine as the extension. Contract: DESIGN.md, "The maintainer CLI".
 */
import type { CommandIO } from './kb/cli';
import { main } from './kb/main';

const io: CommandIO = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};
process.exitCode = await main(process.argv.slice(2), io);
