/**
 * What the content script knows of a topic before any card is needed: enough to find and count
 * its mentions, and to name it in the popup. The claims come later, with the card.
 */
import type { Alias, Topic } from '../../data/schema';

export type MatchingTopic = Pick<Topic, 'id' | 'name' | 'aliases' | 'contextTerms'>;

/** The part of each topic that finding mentions needs: no claims, no sources, no keywords. */
export function matchingTopicsOf(topics: readonly MatchingTopic[]): MatchingTopic[] {
  return topics.map((topic) => ({
    id: topic.id,
    name: topic.name,
    aliases: topic.aliases,
    contextTerms: topic.contextTerms,
  }));
}

/** The version of the stored custom topics this build writes and reads (lib/kb/custom-topics.ts). */
export const CUSTOM_TOPICS_VERSION = 1;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ALIAS_FLAGS = ['caseSensitive', 'gated', 'product'] as const;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function readAlias(value: unknown): Alias | null {
  if (isText(value)) return value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (!isText(record.text)) return null;
  const alias: { text: string; caseSensitive?: boolean; gated?: boolean; product?: boolean } = {
    text: record.text,
  };
  for (const flag of ALIAS_FLAGS) {
    const set = record[flag];
    if (set === undefined) continue;
    if (typeof set !== 'boolean') return null;
    alias[flag] = set;
  }
  return alias;
}

function readTopic(value: unknown, needsClaims: boolean): MatchingTopic | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const { id, name, aliases, contextTerms, claims } = record;
  if (typeof id !== 'string' || !KEBAB.test(id) || !isText(name)) return null;
  if (!Array.isArray(aliases) || aliases.length === 0) return null;
  if (needsClaims && (!Array.isArray(claims) || claims.length === 0)) return null;
  const read = aliases.map(readAlias);
  if (read.some((alias) => alias === null)) return null;
  const terms = contextTerms ?? [];
  if (!Array.isArray(terms) || !terms.every(isText)) return null;
  return { id, name, aliases: read as Alias[], contextTerms: terms };
}

/**
 * The matching part of the reader's stored custom topics, read by hand on every page (no schema
 * library in the content script; the whole topic was validated when it was imported, and the card
 * reads it again with the schema). Never throws: what does not fit, or whose id is taken by a
 * built-in topic or an earlier one, is left out, as `readStoredCustomTopics` leaves it out.
 */
export function readMatchingCustomTopics(
  raw: unknown,
  builtInIds: readonly string[],
  /** False for a stored value that holds only the matching part (the packs' `local:packMatching`). */
  needsClaims = true,
): MatchingTopic[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  const record = raw as { version?: unknown; topics?: unknown };
  if (record.version !== CUSTOM_TOPICS_VERSION || !Array.isArray(record.topics)) return [];
  const taken = new Set(builtInIds);
  const topics: MatchingTopic[] = [];
  for (const value of record.topics) {
    const topic = readTopic(value, needsClaims);
    if (!topic || taken.has(topic.id)) continue;
    taken.add(topic.id);
    topics.push(topic);
  }
  return topics;
}
