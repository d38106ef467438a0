/**
 * Checks knowledge-base topic files: the schema, plus the rules that span fields and files
 * (unique ids, aliases claimed by two topics, sources hosted on copies, review dates).
 * Pure: no file system, no DOM, no `browser`. The `kb validate` command, the build and the options
 * page (for topic files a user imports) all call `validateTopicFiles`.
 */

import type { z } from 'zod';
import {
  BUILT_IN_TOPIC_IDS,
  IsoDateSchema,
  type Topic,
  type TopicFile,
  TopicSchema,
  VERDICTS,
} from '../../data/schema';
import { aliasKey } from '../text/index';

/** A topic file before checking (data/schema.ts); the checks below read a list of them. */
export type { TopicFile };

/**
 * One problem, printed as `file: claim: field: message`. `claim` is the claim's id, or the topic's
 * id (or `-`) when the problem is not inside a claim; `field` is a path such as `sources[0].url`
 * relative to the claim (or to the topic), or `-`.
 */
export interface KbProblem {
  readonly file: string;
  readonly claim: string;
  readonly field: string;
  readonly message: string;
}

export interface ValidateOptions {
  /** Today's date as YYYY-MM-DD; review and source dates after it are rejected. Default: today, local time. */
  readonly today?: string;
  /** Check the built-in set: exactly the topics deepseek, nvidia and export-controls, each once. */
  readonly builtIn?: boolean;
}

export interface KbValidation {
  /** Every problem found, in file order; empty when the files are a valid knowledge base. */
  readonly problems: readonly KbProblem[];
  /** The topics that fit the schema, in file order (defaults filled in). */
  readonly topics: readonly Topic[];
}

/**
 * Hosts that serve copies of other publishers' pages (thread unrollers, blog mirrors, proxies,
 * caches and archives). A source must point at the original publisher, or carry no URL
 * (docs/decisions/0003-sources-without-urls.md).
 */
export const COPY_HOSTS: readonly string[] = Object.freeze([
  'blogspot.com',
  'threadreaderapp.com',
  'workers.dev',
  'web.archive.org',
  'archive.org',
  'archive.ph',
  'archive.today',
  'archive.is',
  'webcache.googleusercontent.com',
  'translate.goog',
  'cdn.ampproject.org',
]);

/** The problem texts, in one place. */
export const MESSAGES = Object.freeze({
  notAnObject: 'must be a JSON object holding one topic',
  missing: 'is missing',
  unknownField: 'is not a known field',
  aliasShape: 'must be a non-empty string or an object with a non-empty "text"',
  verdict: `must be one of: ${VERDICTS.join(', ')}`,
  notBuiltInTopic: `must be one of ${BUILT_IN_TOPIC_IDS.join(', ')} for a built-in topic`,
  missingBuiltInTopic: 'built-in topic is missing',
  duplicateTopic: (otherFile: string) => `duplicate topic id; also used in ${otherFile}`,
  duplicateClaim: (otherFile: string, topic: string) =>
    `duplicate claim id; also used in ${otherFile} (topic ${topic})`,
  aliasTaken: (alias: string, topic: string, otherFile: string) =>
    `alias "${alias}" is also claimed by topic ${topic} (${otherFile})`,
  aliasRepeated: (alias: string, field: string) => `alias "${alias}" repeats ${field}`,
  ipHost: (host: string) => `is hosted on an IP address (${host}); cite the original publisher instead`,
  copyHost: (host: string) =>
    `is hosted on ${host}, which serves copies; cite the original publisher instead`,
  trailingDotHost: (host: string) => `host "${host}" ends with a dot; write it without the dot`,
  repeatedUrl: (field: string) => `repeats the URL of ${field}`,
  unknownKeyClaim: (id: string) => `names no claim of this topic ("${id}")`,
  repeatedKeyClaim: (id: string) => `names "${id}" twice`,
  futureDate: (today: string) => `is in the future (today is ${today})`,
  afterReview: (reviewed: string) => `is later than the claim's reviewed date (${reviewed})`,
});

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/**
 * The key under which two aliases are compared: the matcher's own (`aliasKey` in lib/text/normalize.ts),
 * so two aliases the matcher cannot tell apart (a soft hyphen, a zero-width space, a full-width
 * letter) are reported as one.
 */
export function normaliseAlias(text: string, caseSensitive = false): string {
  return aliasKey(text, caseSensitive);
}

/** Formats a problem as the one line the CLI and the build print. */
export function formatProblem(problem: KbProblem): string {
  return `${problem.file}: ${problem.claim}: ${problem.field}: ${problem.message}`;
}

/** Counts what a knowledge base holds. */
export function countKnowledgeBase(topics: readonly Topic[]): {
  topics: number;
  claims: number;
  sources: number;
} {
  let claims = 0;
  let sources = 0;
  for (const topic of topics) {
    claims += topic.claims.length;
    for (const claim of topic.claims) sources += claim.sources.length;
  }
  return { topics: topics.length, claims, sources };
}

/** The one-line summary `N topics, N claims, N sources`. */
export function summariseKnowledgeBase(topics: readonly Topic[]): string {
  const count = countKnowledgeBase(topics);
  return `${count.topics} topics, ${count.claims} claims, ${count.sources} sources`;
}

/** A date as YYYY-MM-DD in local time. */
export function localIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether a URL's host name is a literal IPv4 or IPv6 address (as `URL` normalises it). */
export function isIpAddressHost(hostname: string): boolean {
  return hostname.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname);
}

/** The entry of COPY_HOSTS that serves `hostname` (the host itself or a parent domain), if any. */
export function copyHostOf(hostname: string): string | undefined {
  const host = hostname.toLowerCase();
  return COPY_HOSTS.find((copy) => host === copy || host.endsWith(`.${copy}`));
}

/**
 * Checks topic files and returns every problem, one record each, plus the topics that parsed.
 * Claim ids must be unique across all the files, topic ids too, and no alias may belong to two
 * topics once normalised (see `normaliseAlias`).
 */
export function validateTopicFiles(files: readonly TopicFile[], options: ValidateOptions = {}): KbValidation {
  const today = options.today ?? localIsoDate(new Date());
  const problems: KbProblem[] = [];
  const topics: Topic[] = [];
  const topicOwners = new Map<string, string>();
  const claimOwners = new Map<string, { file: string; topic: string }>();
  const aliasOwners = new Map<string, AliasEntry[]>();

  for (const { file, json } of files) {
    if (!isRecord(json)) {
      problems.push({ file, claim: '-', field: '-', message: MESSAGES.notAnObject });
      continue;
    }
    const topicLabel = nonEmptyString(json.id) ?? '-';
    const report = (claim: string, field: string, message: string) => {
      const problem = { file, claim, field, message };
      if (!problems.some((seen) => formatProblem(seen) === formatProblem(problem))) problems.push(problem);
    };

    const parsed = TopicSchema.safeParse(json);
    if (parsed.success) topics.push(parsed.data);
    else for (const issue of parsed.error.issues) reportIssue(issue, json, topicLabel, report);

    const topicId = nonEmptyString(json.id);
    if (topicId !== undefined) {
      if (options.builtIn && !(BUILT_IN_TOPIC_IDS as readonly string[]).includes(topicId)) {
        report(topicLabel, 'id', MESSAGES.notBuiltInTopic);
      }
      const owner = topicOwners.get(topicId);
      if (owner !== undefined) report(topicLabel, 'id', MESSAGES.duplicateTopic(owner));
      else topicOwners.set(topicId, file);
    }

    checkAliases(json, file, topicLabel, aliasOwners, report);

    checkKeyClaims(json, topicLabel, report);

    const claims = Array.isArray(json.claims) ? json.claims : [];
    claims.forEach((claim, index) => {
      if (!isRecord(claim)) return;
      const label = claimLabel(claim, index);
      const claimId = nonEmptyString(claim.id);
      if (claimId !== undefined) {
        const owner = claimOwners.get(claimId);
        if (owner !== undefined) report(label, 'id', MESSAGES.duplicateClaim(owner.file, owner.topic));
        else claimOwners.set(claimId, { file, topic: topicLabel });
      }
      checkClaimDatesAndSources(claim, today, (field, message) => report(label, field, message));
    });
  }

  if (options.builtIn) {
    for (const id of BUILT_IN_TOPIC_IDS) {
      if (!topicOwners.has(id))
        problems.push({ file: '-', claim: id, field: '-', message: MESSAGES.missingBuiltInTopic });
    }
  }
  return { problems, topics };
}

type Report = (claim: string, field: string, message: string) => void;

interface AliasEntry {
  readonly file: string;
  readonly topic: string;
  readonly field: string;
  readonly text: string;
  readonly caseSensitive: boolean;
}

function checkAliases(
  json: Record<string, unknown>,
  file: string,
  topicLabel: string,
  owners: Map<string, AliasEntry[]>,
  report: Report,
): void {
  if (!Array.isArray(json.aliases)) return;
  json.aliases.forEach((alias: unknown, index) => {
    const text = typeof alias === 'string' ? alias : isRecord(alias) ? alias.text : undefined;
    if (typeof text !== 'string' || text.trim() === '') return;
    const caseSensitive = isRecord(alias) && alias.caseSensitive === true;
    const entry: AliasEntry = { file, topic: topicLabel, field: `aliases[${index}]`, text, caseSensitive };
    // Group by the case-folded key; within a group two aliases overlap unless both are
    // case-sensitive and differ in case ("BIS" and "Bis" can coexist, "BIS" and "bis" cannot).
    const key = normaliseAlias(text);
    const group = owners.get(key) ?? [];
    const clash = group.find(
      (other) =>
        !(other.caseSensitive && caseSensitive) ||
        normaliseAlias(other.text, true) === normaliseAlias(text, true),
    );
    if (clash !== undefined) {
      const message =
        clash.topic === topicLabel && clash.file === file
          ? MESSAGES.aliasRepeated(text, clash.field)
          : MESSAGES.aliasTaken(text, clash.topic, clash.file);
      report(topicLabel, entry.field, message);
    }
    group.push(entry);
    owners.set(key, group);
  });
}

/** `keyClaims` must name claims of the same topic, each once. */
function checkKeyClaims(json: Record<string, unknown>, topicLabel: string, report: Report): void {
  if (!Array.isArray(json.keyClaims)) return;
  const ids = new Set(
    (Array.isArray(json.claims) ? json.claims : []).flatMap((claim: unknown) =>
      isRecord(claim) && typeof claim.id === 'string' ? [claim.id] : [],
    ),
  );
  const seen = new Set<string>();
  json.keyClaims.forEach((id: unknown, index) => {
    if (typeof id !== 'string' || id.trim() === '') return; // the schema reports it
    const field = `keyClaims[${index}]`;
    if (!ids.has(id)) report(topicLabel, field, MESSAGES.unknownKeyClaim(id));
    else if (seen.has(id)) report(topicLabel, field, MESSAGES.repeatedKeyClaim(id));
    seen.add(id);
  });
}

function checkClaimDatesAndSources(
  claim: Record<string, unknown>,
  today: string,
  report: (field: string, message: string) => void,
): void {
  const reviewed = validIsoDate(claim.reviewed);
  if (reviewed !== undefined && reviewed > today) report('reviewed', MESSAGES.futureDate(today));
  if (!Array.isArray(claim.sources)) return;
  const urls = new Map<string, string>();
  claim.sources.forEach((source: unknown, index) => {
    if (!isRecord(source)) return;
    const field = `sources[${index}]`;
    const date = validIsoDate(source.date);
    if (date !== undefined && date > today) report(`${field}.date`, MESSAGES.futureDate(today));
    else if (date !== undefined && reviewed !== undefined && date > reviewed) {
      report(`${field}.date`, MESSAGES.afterReview(reviewed));
    }
    if (typeof source.url !== 'string') return;
    const url = URL.canParse(source.url) ? new URL(source.url) : undefined;
    if (url === undefined) return; // the schema reports malformed URLs
    const host = url.hostname;
    const copyHost = copyHostOf(host);
    if (isIpAddressHost(host)) report(`${field}.url`, MESSAGES.ipHost(host));
    else if (copyHost !== undefined) report(`${field}.url`, MESSAGES.copyHost(copyHost));
    else if (host.endsWith('.')) report(`${field}.url`, MESSAGES.trailingDotHost(host));
    const seen = urls.get(url.href);
    if (seen !== undefined) report(`${field}.url`, MESSAGES.repeatedUrl(seen));
    else urls.set(url.href, field);
  });
}

/** Turns one schema issue into a problem record, worded for a person editing the file. */
function reportIssue(issue: Issue, topic: Record<string, unknown>, topicLabel: string, report: Report): void {
  const path = issue.path;
  let claim = topicLabel;
  let fieldPath: Path = path;
  if (path[0] === 'claims' && typeof path[1] === 'number') {
    const claims = topic.claims as unknown[];
    claim = claimLabel(claims[path[1]], path[1]);
    fieldPath = path.slice(2);
  }
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) report(claim, formatPath([...fieldPath, key]), MESSAGES.unknownField);
    return;
  }
  report(claim, formatPath(fieldPath), issueMessage(issue, valueAt(topic, path)));
}

function issueMessage(issue: Issue, value: unknown): string {
  if (value === undefined && issue.code === 'invalid_type') return MESSAGES.missing;
  switch (issue.code) {
    case 'invalid_union':
      return MESSAGES.aliasShape;
    case 'invalid_value':
      return issue.path.at(-1) === 'verdict'
        ? MESSAGES.verdict
        : `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return `must be ${issue.expected === 'array' || issue.expected === 'object' ? 'an' : 'a'} ${issue.expected}`;
    default:
      return issue.message;
  }
}

/** `['sources', 0, 'url']` → `sources[0].url`; the empty path → `-`. */
function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '-' : out;
}

function valueAt(root: unknown, path: Path): unknown {
  let value: unknown = root;
  for (const part of path) {
    if (Array.isArray(value) && typeof part === 'number') value = value[part];
    else if (isRecord(value) && typeof part === 'string') value = value[part];
    else return undefined;
  }
  return value;
}

function claimLabel(claim: unknown, index: number): string {
  return (isRecord(claim) ? nonEmptyString(claim.id) : undefined) ?? `claims[${index}]`;
}

function validIsoDate(value: unknown): string | undefined {
  const result = IsoDateSchema.safeParse(value);
  return result.success ? result.data : undefined;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
