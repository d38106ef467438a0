/**
 * The settings file: every setting and every custom topic in one JSON file the reader keeps, and
 * the reader that checks such a file completely before anything is applied. Pure: no DOM, no
 * `browser`.
 */
import type { Topic } from '../../data/schema';
import { checkCustomTopicFiles, formatProblem, type TopicFile } from '../kb/index';
import { migrateSettings, SETTINGS_VERSION, type Settings } from './settings';

/** Bump when the file's shape changes; files of a higher version are refused. */
export const BACKUP_VERSION = 1;
/** What the file says it is, so a topics file or a stranger's JSON is not mistaken for one. */
export const BACKUP_KIND = 'caveat-settings';

export interface Backup {
  readonly settings: Settings;
  readonly customTopics: readonly Topic[];
}

export const BACKUP_MESSAGES = Object.freeze({
  notBackup: `is not a Caveat settings file (it has no "kind": "${BACKUP_KIND}")`,
  noVersion: 'has no file version',
  newerFile: (version: number) =>
    `was written by a newer version of Caveat (file version ${version}; this version reads up to ${BACKUP_VERSION}). Update Caveat to import it; nothing was changed.`,
  newerSettings: (version: number) =>
    `holds settings of a newer version of Caveat (settings version ${version}; this version reads up to ${SETTINGS_VERSION}). Update Caveat to import it; nothing was changed.`,
  noSettings: 'settings: is missing',
  badSettings: 'settings: must be an object',
  badField: (field: string) => `settings.${field}: has a value this version of Caveat cannot use`,
  unknownField: (field: string) => `settings.${field}: is not a known setting`,
  badTopics: 'customTopics: must be a list of topics',
});

/** The file for the current settings and custom topics. */
export function exportBackup(backup: Backup): string {
  const file = {
    kind: BACKUP_KIND,
    version: BACKUP_VERSION,
    settings: backup.settings,
    customTopics: backup.customTopics,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type BackupRead = { ok: true; backup: Backup } | { ok: false; problems: string[] };

/**
 * Checks a settings file completely: its kind and version, every setting (a value the settings
 * reader would have to replace is a problem, not silently fixed) and every custom topic (as a
 * topics file would be checked, against the built-in topics; the file's topics replace the kept
 * ones, so they are not checked against those). Any problem refuses the whole file.
 */
export function readBackup(
  file: string,
  json: unknown,
  context: { builtIn: readonly TopicFile[]; today?: string },
): BackupRead {
  const refuse = (...messages: string[]): BackupRead => ({
    ok: false,
    problems: messages.map((message) => `${file}: ${message}`),
  });
  if (!isRecord(json) || json.kind !== BACKUP_KIND) return refuse(BACKUP_MESSAGES.notBackup);
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1) {
    return refuse(BACKUP_MESSAGES.noVersion);
  }
  if (json.version > BACKUP_VERSION) return refuse(BACKUP_MESSAGES.newerFile(json.version));
  if (!('settings' in json)) return refuse(BACKUP_MESSAGES.noSettings);
  if (!isRecord(json.settings)) return refuse(BACKUP_MESSAGES.badSettings);
  const raw = json.settings;
  if (typeof raw.version === 'number' && raw.version > SETTINGS_VERSION) {
    return refuse(BACKUP_MESSAGES.newerSettings(raw.version));
  }

  const problems: string[] = [];
  const { settings } = migrateSettings(raw);
  const known = new Set(Object.keys(settings));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) problems.push(BACKUP_MESSAGES.unknownField(key));
    // The settings reader replaces what it cannot use; in a file the reader means to apply, any
    // such replacement is a problem to show, not a change to make behind their back.
    else if (JSON.stringify(raw[key]) !== JSON.stringify(settings[key as keyof Settings])) {
      problems.push(BACKUP_MESSAGES.badField(key));
    }
  }
  const topicsJson = json.customTopics ?? [];
  let customTopics: readonly Topic[] = [];
  if (!Array.isArray(topicsJson)) problems.push(BACKUP_MESSAGES.badTopics);
  else if (topicsJson.length > 0) {
    const check = checkCustomTopicFiles([{ file: 'customTopics', json: topicsJson }], context);
    problems.push(...check.problems.map(formatProblem));
    customTopics = check.topics;
  }
  if (problems.length > 0) return refuse(...problems);
  return { ok: true, backup: { settings, customTopics } };
}

/** One line of the preview: a setting (or the custom topics) and its value before and after. */
export interface BackupChange {
  readonly key: keyof Settings | 'customTopics';
  readonly before: string;
  readonly after: string;
}

/** What applying `next` would change, setting by setting; empty when nothing would. */
export function backupChanges(current: Backup, next: Backup): BackupChange[] {
  const changes: BackupChange[] = [];
  for (const key of Object.keys(next.settings) as (keyof Settings)[]) {
    if (key === 'version') continue;
    const before = describeValue(current.settings[key]);
    const after = describeValue(next.settings[key]);
    if (before !== after) changes.push({ key, before, after });
  }
  const topicsBefore = describeTopics(current.customTopics);
  const topicsAfter = describeTopics(next.customTopics);
  if (JSON.stringify(current.customTopics) !== JSON.stringify(next.customTopics)) {
    changes.push({ key: 'customTopics', before: topicsBefore, after: topicsAfter });
  }
  return changes;
}

function describeTopics(topics: readonly Topic[]): string {
  if (topics.length === 0) return 'none';
  return topics.map((topic) => `${topic.name} (${topic.claims.length})`).join(', ');
}

/** A setting's value in words for the preview. */
export function describeValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    return value
      .map((entry) => (isRecord(entry) ? `${String(entry.topicId)} on ${String(entry.site)}` : String(entry)))
      .join(', ');
  }
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return 'none';
    return entries.map(([key, inner]) => `${key} ${describeValue(inner)}`).join(', ');
  }
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
