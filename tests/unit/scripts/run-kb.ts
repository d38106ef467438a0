/** Runs the `kb` CLI in-process, capturing what it prints, for the CLI tests. */
import type { CommandIO } from '../../../scripts/kb/cli';
import { main } from '../../../scripts/kb/main';

export interface KbRun {
  code: number;
  stdout: string[];
  stderr: string[];
}

export async function runKb(...argv: string[]): Promise<KbRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CommandIO = { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line) };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
