/**
 * The built-in knowledge base: the three topic files (./topic-files.ts), checked against the schema
 * when this module loads.
 */

import { type KnowledgeBase, type Topic, type TopicFile, TopicSchema } from './schema';
import { BUILT_IN_TOPIC_FILES } from './topic-files';

export { BUILT_IN_TOPIC_FILES };

/**
 * Checks one topic against the schema and returns it with defaults filled in.
 * Throws an Error naming the file and the first problems when it does not fit; the full,
 * line-by-line report is `validateTopicFiles` in lib/kb/kb-validate.ts.
 */
export function parseTopic(json: unknown, file = 'topic'): Topic {
  const result = TopicSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '-'}: ${issue.message}`)
    .join('; ');
  throw new Error(`${file} is not a valid topic: ${problems}`);
}

/** Parses a list of topic files into a knowledge base, in the given order. */
export function loadKnowledgeBase(files: readonly TopicFile[]): KnowledgeBase {
  return Object.freeze(files.map(({ file, json }) => parseTopic(json, file)));
}

/** The topics that ship with the extension, in display order. */
export const BUILT_IN_KB: KnowledgeBase = loadKnowledgeBase(BUILT_IN_TOPIC_FILES);
