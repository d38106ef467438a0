/**
 * The reader's topic-pack subscriptions as stored, how often each is checked, what the options page
 * says about the last check, and how the packs' topics join the knowledge base. Pure: no DOM, no
 * `browser` (docs/decisions/0018-signed-topic-packs.md).
 */
import { CUSTOM_TOPICS_VERSION } from '../match/index';
import type { InstalledPack, PackContent } from './packs';

export const PACK_SUBSCRIPTIONS_VERSION = 1;

/** How often a subscription is checked for a new version. */
export const CHECK_EVERY = ['never', 'daily', 'weekly'] as const;
export type CheckEvery = (typeof CHECK_EVERY)[number];
export const DEFAULT_CHECK_EVERY: CheckEvery = 'daily';
const CHECK_EVERY_MS: Readonly<Record<CheckEvery, number>> = {
  never: Number.POSITIVE_INFINITY,
  daily: 24 * 60 * 60 * 1000,
  weekly: 7 * 24 * 60 * 60 * 1000,
};

/** What an action on a subscription answers: whether it worked, and what happened in words. */
export interface PackActionResult {
  readonly ok: boolean;
  readonly message: string;
}

/** The result of the last check, as the options page shows it. */
export interface PackCheckRecord {
  /** When the check ended, as an ISO date-time. */
  readonly at: string;
  readonly ok: boolean;
  /** What happened, in words. */
  readonly message: string;
}

/** One subscription: where its index is, the key that signs it, and the last good pack. */
export interface PackSubscription {
  readonly indexUrl: string;
  readonly publicKey: string;
  readonly checkEvery: CheckEvery;
  /** The last pack that passed every check; a failed update never changes it. */
  readonly pack: InstalledPack;
  readonly lastCheck: PackCheckRecord;
}

/** What `local:packSubscriptions` holds. */
export interface StoredPackSubscriptions {
  readonly version: typeof PACK_SUBSCRIPTIONS_VERSION;
  readonly subscriptions: readonly PackSubscription[];
}

/** Every sentence about a check. */
export const PACK_CHECK_TEXTS = Object.freeze({
  added: (version: number) => `Subscribed: version ${version} checked and in use.`,
  upToDate: (version: number) => `Up to date: version ${version} is the latest.`,
  updated: (from: number, to: number, viaDiff: boolean) =>
    `Updated from version ${from} to ${to}${viaDiff ? ' (from a diff)' : ''}.`,
  failed: (reason: string, version: number) => `Update failed: ${reason} Still using version ${version}.`,
  alreadySubscribed: 'You already subscribe to this pack.',
  notSubscribed: 'There is no such subscription.',
  timeout: (seconds: number) => `The server did not answer within ${seconds} seconds.`,
  status: (status: number, statusText: string) =>
    `The server answered ${status}${statusText ? ` ${statusText}` : ''} instead of the file.`,
  unreachable: (reason: string) => `The server could not be reached (${reason}).`,
  noPermission: (origin: string) =>
    `Caveat has no permission to reach ${origin}; remove the subscription and add it again to grant it.`,
  tooLarge: (megabytes: number) => `The file is larger than ${megabytes} MB.`,
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readSubscription(value: unknown): PackSubscription | null {
  if (!isRecord(value)) return null;
  const { indexUrl, publicKey, checkEvery, pack, lastCheck } = value;
  if (typeof indexUrl !== 'string' || typeof publicKey !== 'string') return null;
  if (!CHECK_EVERY.includes(checkEvery as CheckEvery)) return null;
  if (!isRecord(pack) || typeof pack.sha256 !== 'string' || !isRecord(pack.content)) return null;
  const content = pack.content as Partial<PackContent>;
  if (
    typeof content.id !== 'string' ||
    typeof content.version !== 'number' ||
    !Array.isArray(content.topics)
  ) {
    return null;
  }
  if (!isRecord(lastCheck) || typeof lastCheck.at !== 'string' || typeof lastCheck.message !== 'string')
    return null;
  return {
    indexUrl,
    publicKey,
    checkEvery: checkEvery as CheckEvery,
    pack: pack as unknown as InstalledPack,
    lastCheck: { at: lastCheck.at, ok: lastCheck.ok === true, message: lastCheck.message },
  };
}

/**
 * Reads what storage holds into subscriptions. Never throws; a value of another version or shape
 * reads as none, and an entry that does not fit is left out.
 */
export function readStoredSubscriptions(raw: unknown): PackSubscription[] {
  if (!isRecord(raw) || raw.version !== PACK_SUBSCRIPTIONS_VERSION || !Array.isArray(raw.subscriptions))
    return [];
  return raw.subscriptions.flatMap((value) => {
    const read = readSubscription(value);
    return read ? [read] : [];
  });
}

export function toStoredSubscriptions(subscriptions: readonly PackSubscription[]): StoredPackSubscriptions {
  return { version: PACK_SUBSCRIPTIONS_VERSION, subscriptions: [...subscriptions] };
}

/**
 * The topics of every subscribed pack, in the stored form of custom topics (`local:packTopics`),
 * which every page reads as it reads custom topics.
 */
export function packTopicsValue(subscriptions: readonly PackSubscription[]): {
  version: typeof CUSTOM_TOPICS_VERSION;
  topics: unknown[];
} {
  return {
    version: CUSTOM_TOPICS_VERSION,
    topics: subscriptions.flatMap((entry) => [...entry.pack.content.topics]),
  };
}

/**
 * The matching part of every subscribed pack's topics (ids, names, aliases, context terms: no
 * claims), which every page's content script reads (`local:packMatching`), so that a page does not
 * read a large pack's claims before it needs a card.
 */
export function packMatchingValue(subscriptions: readonly PackSubscription[]): {
  version: typeof CUSTOM_TOPICS_VERSION;
  topics: unknown[];
} {
  const topics = packTopicsValue(subscriptions).topics.map((topic) => {
    const { id, name, aliases, contextTerms } = topic as Record<string, unknown>;
    return { id, name, aliases, contextTerms: contextTerms ?? [] };
  });
  return { version: CUSTOM_TOPICS_VERSION, topics };
}

/** True when a subscription's last check is older than its interval (never for `never`). */
export function isDue(subscription: PackSubscription, now: Date): boolean {
  const last = Date.parse(subscription.lastCheck.at);
  if (Number.isNaN(last)) return subscription.checkEvery !== 'never';
  return now.getTime() - last >= CHECK_EVERY_MS[subscription.checkEvery];
}

/**
 * The knowledge base every page uses: the built-in topics, each replaced by a pack's topic with
 * the same id (how a publisher corrects one), then the custom topics, then the packs' other topics.
 */
export function mergeWithPacks<T extends { readonly id: string }>(
  builtIn: readonly T[],
  packTopics: readonly T[],
  custom: readonly T[],
): readonly T[] {
  if (packTopics.length === 0 && custom.length === 0) return builtIn;
  const fromPacks = new Map(packTopics.map((topic) => [topic.id, topic]));
  const merged = builtIn.map((topic) => fromPacks.get(topic.id) ?? topic);
  const replaced = new Set(builtIn.map((topic) => topic.id));
  return Object.freeze([...merged, ...custom, ...packTopics.filter((topic) => !replaced.has(topic.id))]);
}

/** What the options page lists about a subscription, read from its verified pack. */
export interface SubscriptionSummary {
  readonly indexUrl: string;
  readonly name: string;
  readonly version: number;
  readonly published: string;
  readonly topicNames: readonly string[];
  readonly claimCount: number;
  /** The latest `reviewed` date among its claims (YYYY-MM-DD), or '' when there is none. */
  readonly latestReview: string;
  readonly checkEvery: CheckEvery;
  readonly lastCheck: PackCheckRecord;
}

export function summariseSubscription(subscription: PackSubscription): SubscriptionSummary {
  const topics = subscription.pack.content.topics as readonly {
    name?: unknown;
    claims?: readonly { reviewed?: unknown }[];
  }[];
  const reviewed = topics.flatMap((topic) =>
    (Array.isArray(topic.claims) ? topic.claims : []).flatMap((claim) =>
      typeof claim.reviewed === 'string' ? [claim.reviewed] : [],
    ),
  );
  return {
    indexUrl: subscription.indexUrl,
    name: subscription.pack.content.name,
    version: subscription.pack.content.version,
    published: subscription.pack.content.published,
    topicNames: topics.map((topic) => String(topic.name)),
    claimCount: topics.reduce(
      (sum, topic) => sum + (Array.isArray(topic.claims) ? topic.claims.length : 0),
      0,
    ),
    latestReview: reviewed.sort().at(-1) ?? '',
    checkEvery: subscription.checkEvery,
    lastCheck: subscription.lastCheck,
  };
}
