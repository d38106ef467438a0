/**
 * Custom topics: topic files a reader imports, checked by the same code as `kb validate`
 * (lib/kb/kb-validate.ts) against the built-in topics and the reader's other custom topics, and the
 * stored form they live in. Pure: no DOM, no `browser`.
 */
import { type Topic, TopicSchema } from '../../data/schema';
import { CUSTOM_TOPICS_VERSION } from '../match/index';
import { type KbProblem, localIsoDate, type TopicFile, validateTopicFiles } from './kb-validate';

/** Problem texts of this module (the rest come from `MESSAGES` in lib/kb/kb-validate.ts). */
export const CUSTOM_TOPIC_MESSAGES = Object.freeze({
  emptyList: 'holds an empty list; a topics file needs at least one topic',
  notJson: (reason: string) => `is not valid JSON (${reason})`,
});

/**
 * One topic file as JSON, split into the topics it holds. A file may hold one topic (an object)
 * or several (a list); each topic of a list is labelled `file (topic N)` so every problem says
 * which one it is about.
 */
export function topicEntriesOf(file: string, json: unknown): TopicFile[] {
  if (!Array.isArray(json)) return [{ file, json }];
  return json.map((entry, index) => ({ file: `${file} (topic ${index + 1})`, json: entry }));
}

export interface CustomTopicsCheck {
  /** Every problem, in file order; empty when the topics can be imported. */
  readonly problems: readonly KbProblem[];
  /** The topics, parsed with defaults filled in; empty when there is any problem. */
  readonly topics: readonly Topic[];
}

export interface CustomTopicContext {
  /** The built-in topic files (`BUILT_IN_TOPIC_FILES`): their ids, claim ids and aliases are taken. */
  readonly builtIn: readonly TopicFile[];
  /** Custom topics already kept, which the new ones must not collide with either. */
  readonly custom?: readonly Topic[];
  /** Today as YYYY-MM-DD (review dates after it are problems); default: today, local time. */
  readonly today?: string;
}

/** The label under which kept custom topics appear in collision messages. */
export const KEPT_CUSTOM_TOPICS_LABEL = 'your custom topics';

/**
 * Checks topic files to import as custom topics. Runs `validateTopicFiles` over the built-in topics,
 * the kept custom topics and the new files together, so an id, claim id or alias that collides
 * with any of them is a problem, worded exactly as `kb validate` words it; only the new files'
 * problems are returned.
 */
export function checkCustomTopicFiles(
  files: readonly TopicFile[],
  context: CustomTopicContext,
): CustomTopicsCheck {
  const entries: TopicFile[] = [];
  const problems: KbProblem[] = [];
  for (const { file, json } of files) {
    if (Array.isArray(json) && json.length === 0) {
      problems.push({ file, claim: '-', field: '-', message: CUSTOM_TOPIC_MESSAGES.emptyList });
    }
    entries.push(...topicEntriesOf(file, json));
  }
  const kept: TopicFile[] = (context.custom ?? []).map((topic) => ({
    file: KEPT_CUSTOM_TOPICS_LABEL,
    json: topic,
  }));
  const result = validateTopicFiles([...context.builtIn, ...kept, ...entries], {
    today: context.today ?? localIsoDate(new Date()),
  });
  const newFiles = new Set(entries.map((entry) => entry.file));
  problems.push(...result.problems.filter((problem) => newFiles.has(problem.file)));
  if (problems.length > 0) return { problems, topics: [] };
  return { problems: [], topics: entries.map((entry) => TopicSchema.parse(entry.json)) };
}

/** Parses the text of a file the reader picked; invalid JSON is one problem naming the file. */
export function parseJsonFile(
  file: string,
  text: string,
): { ok: true; json: unknown } | { ok: false; problem: KbProblem } {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: { file, claim: '-', field: '-', message: CUSTOM_TOPIC_MESSAGES.notJson(reason) },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Stored form

/** Bump when the stored shape changes. */
export { CUSTOM_TOPICS_VERSION };

/** What `local:customTopics` holds. */
export interface StoredCustomTopics {
  readonly version: typeof CUSTOM_TOPICS_VERSION;
  readonly topics: readonly Topic[];
}

export const CUSTOM_TOPICS_NOTICES = Object.freeze({
  unreadable: 'Your custom topics could not be read; they are not shown.',
  someUnreadable: (count: number) =>
    count === 1
      ? 'One of your custom topics could not be read and is not shown.'
      : `${count} of your custom topics could not be read and are not shown.`,
  newerVersion: 'Your custom topics were saved by a newer version of Caveat; they are not shown.',
});

/** The stored value for a list of custom topics. */
export function toStoredCustomTopics(topics: readonly Topic[]): StoredCustomTopics {
  return { version: CUSTOM_TOPICS_VERSION, topics: [...topics] };
}

/**
 * Reads what storage holds into custom topics. Never throws. Every page reads this, so it is cheap:
 * each topic is checked against the schema and its id against the built-in ids and the topics
 * before it (the full check, collisions included, ran when it was imported). A topic that does not
 * fit is left out with a notice instead of breaking every page.
 */
export function readStoredCustomTopics(
  raw: unknown,
  builtInIds: readonly string[],
): { topics: Topic[]; notice?: string } {
  if (raw === undefined || raw === null) return { topics: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { topics: [], notice: CUSTOM_TOPICS_NOTICES.unreadable };
  }
  const record = raw as { version?: unknown; topics?: unknown };
  if (typeof record.version === 'number' && record.version > CUSTOM_TOPICS_VERSION) {
    return { topics: [], notice: CUSTOM_TOPICS_NOTICES.newerVersion };
  }
  if (record.version !== CUSTOM_TOPICS_VERSION || !Array.isArray(record.topics)) {
    return { topics: [], notice: CUSTOM_TOPICS_NOTICES.unreadable };
  }
  const taken = new Set(builtInIds);
  const topics: Topic[] = [];
  let dropped = 0;
  for (const json of record.topics) {
    const parsed = TopicSchema.safeParse(json);
    if (parsed.success && !taken.has(parsed.data.id)) {
      taken.add(parsed.data.id);
      topics.push(parsed.data);
    } else dropped += 1;
  }
  return dropped === 0 ? { topics } : { topics, notice: CUSTOM_TOPICS_NOTICES.someUnreadable(dropped) };
}

/** The latest `reviewed` date among a topic's claims (YYYY-MM-DD compares as text). */
export function latestReview(topic: Topic): string {
  return [...topic.claims.map((claim) => claim.reviewed)].sort().at(-1) ?? '';
}

/** The file that exports custom topics: a list of topics that `checkCustomTopicFiles` reads back. */
export function exportCustomTopics(topics: readonly Topic[]): string {
  return `${JSON.stringify(topics, null, 2)}\n`;
}
