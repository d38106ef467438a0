/**
 * `kb validate [files…]`: checks the built-in knowledge base (every data/topics/*.json) or the
 * given topic files. Prints one line per problem (`file: claim: field: what is wrong`) and exits 1,
 * or prints `N topics, N claims, N sources` and exits 0. The checks live in lib/kb/kb-validate.ts;
 * this file only reads files and arguments.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_TOPIC_IDS } from '../../data/schema';
import { checkCustomTopicFiles } from '../../lib/kb/custom-topics';
import {
  formatProblem,
  type KbValidation,
  summariseKnowledgeBase,
  type TopicFile,
  validateTopicFiles,
} from '../../lib/kb/kb-validate';
import { type Command, EXIT_OK, EXIT_PROBLEMS, UsageError } from './cli';

/** The folder of the built-in topic files. */
export const TOPICS_DIR = fileURLToPath(new URL('../../data/topics/', import.meta.url));

/** A path as the user should see it: relative to the working directory when that is shorter. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && relative.length < file.length ? relative : file;
}

/** Reads and parses one topic file; a missing, unreadable or non-JSON file is a UsageError. */
export async function readTopicFile(file: string): Promise<TopicFile> {
  const shown = displayPath(path.resolve(file));
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${shown}: ${describeReadError(error)}`);
  }
  try {
    return { file: shown, json: JSON.parse(text) as unknown };
  } catch (error) {
    throw new UsageError(
      `${shown}: invalid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** Reads every data/topics/*.json: the built-in topics in display order, then any others by name. */
export async function readBuiltInTopicFiles(dir: string = TOPICS_DIR): Promise<TopicFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  } catch (error) {
    throw new UsageError(`cannot read ${displayPath(dir)}: ${describeReadError(error)}`);
  }
  const rank = (name: string) => {
    const index = (BUILT_IN_TOPIC_IDS as readonly string[]).indexOf(name.slice(0, -'.json'.length));
    return index === -1 ? BUILT_IN_TOPIC_IDS.length : index;
  };
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return Promise.all(names.map((name) => readTopicFile(path.join(dir, name))));
}

/** Validates the built-in knowledge base as stored on disk. */
export async function validateBuiltInKnowledgeBase(today?: string): Promise<KbValidation> {
  return validateTopicFiles(await readBuiltInTopicFiles(), { builtIn: true, today });
}

/**
 * The built-in knowledge base's problems as printable lines (empty when it is valid). The build
 * calls this and fails when there are any.
 */
export async function builtInKnowledgeBaseProblems(): Promise<string[]> {
  return (await validateBuiltInKnowledgeBase()).problems.map(formatProblem);
}

export const validate: Command = async (args, io) => {
  const files: string[] = [];
  let optionsEnded = false;
  for (const arg of args) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-')
      throw new UsageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  const result = files.length === 0 ? await validateBuiltInKnowledgeBase() : await validateGivenFiles(files);
  if (result.problems.length > 0) {
    for (const problem of result.problems) io.stdout(formatProblem(problem));
    return EXIT_PROBLEMS;
  }
  io.stdout(summariseKnowledgeBase(result.topics));
  return EXIT_OK;
};

/**
 * Files inside data/topics/ are checked as built-in topics; any other file is checked as the options
 * page checks a custom topics file (one topic or a list), against the built-in topics that were not
 * given, so the two report the same problems in the same words.
 */
async function validateGivenFiles(files: readonly string[]): Promise<KbValidation> {
  const given = await Promise.all(files.map(readTopicFile));
  const resolved = new Set(files.map((file) => path.resolve(file)));
  if (files.every((file) => path.dirname(path.resolve(file)) === path.resolve(TOPICS_DIR))) {
    return validateTopicFiles(given);
  }
  const builtIn = (await readBuiltInTopicFiles()).filter((file) => !resolved.has(path.resolve(file.file)));
  return checkCustomTopicFiles(given, { builtIn });
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
