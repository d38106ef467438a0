/**
 * Topic-pack subscriptions in the browser: fetching a pack server's index and pack, keeping the
 * last good pack in `storage.local`, and the schedule of checks
 * (docs/decisions/0018-signed-topic-packs.md). What a file may be is decided by lib/packs/packs.ts; this
 * file only fetches, stores and reports.
 *
 * A request is a plain GET of a public file: no cookies, no referrer, no cache, nothing added to the
 * address, no redirect followed, cut off after `FETCH_TIMEOUT_MS`. Only the background writes the
 * subscriptions (one change after another); extension pages ask it with messages.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { type Topic, TopicSchema } from '../data/schema.ts';
import { BUILT_IN_TOPIC_FILES } from '../data/topic-files.ts';
import { readStoredCustomTopics } from '../lib/kb/index.ts';
import {
  type CheckEvery,
  checkIndexUrl,
  checkPackDiff,
  checkPackFile,
  DEFAULT_CHECK_EVERY,
  type InstalledPack,
  isDue,
  isPublicKey,
  PACK_CHECK_TEXTS,
  PACK_MESSAGES,
  type PackActionResult,
  type PackCheck,
  type PackCheckContext,
  type PackSubscription,
  packFileUrl,
  packMatchingValue,
  packTopicsValue,
  planUpdate,
  readPackIndex,
  readStoredSubscriptions,
  type StoredPackSubscriptions,
  toStoredSubscriptions,
} from '../lib/packs/index.ts';
import { customTopicsItem, packMatchingItem, packTopicsItem } from './custom-topics-item.ts';
import { MESSAGES, onMessage, sendToBackground } from './messages.ts';

/** The subscriptions and their last good packs. Untrusted: read with `readStoredSubscriptions`. */
export const packSubscriptionsItem = storage.defineItem<StoredPackSubscriptions | null>(
  'local:packSubscriptions',
  { fallback: null },
);

/** A server that has not answered by then is given up on: a hanging server must not hang Caveat. */
export type { PackActionResult };

export const FETCH_TIMEOUT_MS = 10_000; // ms
/** No pack is this large (a 1,000-claim pack is about 1 MB); a larger answer is not read on. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** How often the background looks for subscriptions that are due (each has its own interval). */
const ALARM_PERIOD_MINUTES = 60;
const ALARM_NAME = 'caveat-pack-checks';

class FetchFailure extends Error {}

/**
 * GETs one file: no credentials, no referrer, no cache, no redirect; the answer must be 200 and not
 * larger than `MAX_FILE_BYTES`. Throws a `FetchFailure` with the reason in words.
 */
export async function fetchPackFile(url: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'GET',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'error',
      signal: controller.signal,
    });
    if (response.status !== 200) {
      throw new FetchFailure(PACK_CHECK_TEXTS.status(response.status, response.statusText));
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_FILE_BYTES)
      throw new FetchFailure(PACK_CHECK_TEXTS.tooLarge(MAX_FILE_BYTES / 1024 / 1024));
    const text = await response.text();
    if (text.length > MAX_FILE_BYTES)
      throw new FetchFailure(PACK_CHECK_TEXTS.tooLarge(MAX_FILE_BYTES / 1024 / 1024));
    return text;
  } catch (error) {
    if (error instanceof FetchFailure) throw error;
    if (controller.signal.aborted) throw new FetchFailure(PACK_CHECK_TEXTS.timeout(timeoutMs / 1000));
    const reason = error instanceof Error ? error.message : String(error);
    const origin = new URL(url).origin;
    const allowed = await browser.permissions
      .contains({ origins: [`${new URL(url).protocol}//${new URL(url).hostname}/*`] })
      .catch(() => true);
    throw new FetchFailure(
      allowed ? PACK_CHECK_TEXTS.unreachable(reason) : PACK_CHECK_TEXTS.noPermission(origin),
    );
  } finally {
    clearTimeout(timer);
  }
}

/** What the pack's topics are checked against: built-in files, custom topics, other packs' topics. */
async function checkContext(others: readonly PackSubscription[]): Promise<PackCheckContext> {
  const custom = readStoredCustomTopics(await customTopicsItem.getValue(), []).topics;
  const packTopics: Topic[] = others.flatMap((entry) =>
    entry.pack.content.topics.flatMap((json) => {
      const parsed = TopicSchema.safeParse(json);
      return parsed.success ? [parsed.data] : [];
    }),
  );
  return { builtIn: BUILT_IN_TOPIC_FILES, others: [...custom, ...packTopics] };
}

type Fetched =
  | { ok: true; check: PackCheck & { ok: true }; viaDiff: boolean }
  | { ok: true; upToDate: true }
  | { ok: false; message: string };

/**
 * Fetches the index, then the diff or the pack it names, and checks it. Nothing is stored here.
 */
export async function fetchAndCheck(
  indexUrl: string,
  publicKey: string,
  installed: InstalledPack | undefined,
  context: PackCheckContext,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<Fetched> {
  try {
    const index = readPackIndex(await fetchPackFile(indexUrl, timeoutMs));
    if (!index.ok) return { ok: false, message: index.message };
    const plan = planUpdate(index.value, installed);
    if (plan.kind === 'up-to-date') return { ok: true, upToDate: true };
    if (plan.kind === 'refuse') return { ok: false, message: plan.message };
    const expected = index.value.latest.sha256;
    if (plan.diff && installed) {
      const diffUrl = packFileUrl(indexUrl, plan.diff);
      if (diffUrl.ok) {
        try {
          const check = await checkPackDiff(
            await fetchPackFile(diffUrl.url, timeoutMs),
            expected,
            publicKey,
            installed,
            context,
          );
          if (check.ok) return { ok: true, check, viaDiff: true };
        } catch {
          // A diff that cannot be fetched or used leaves the full pack to try.
        }
      }
    }
    const packUrl = packFileUrl(indexUrl, plan.pack);
    if (!packUrl.ok) return { ok: false, message: packUrl.message };
    const check = await checkPackFile(
      await fetchPackFile(packUrl.url, timeoutMs),
      expected,
      publicKey,
      installed,
      context,
    );
    return check.ok ? { ok: true, check, viaDiff: false } : { ok: false, message: check.message };
  } catch (error) {
    if (error instanceof FetchFailure) return { ok: false, message: error.message };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The writer, run by the background only.

let pendingWrites: Promise<unknown> = Promise.resolve();

/** Runs `change` after every change asked for before it. */
function serially<T>(change: () => Promise<T>): Promise<T> {
  const run = pendingWrites.then(change);
  pendingWrites = run.catch(() => undefined);
  return run;
}

async function readSubscriptions(): Promise<PackSubscription[]> {
  return readStoredSubscriptions(await packSubscriptionsItem.getValue());
}

/** Stores the subscriptions, and their topics where every page reads them when they changed. */
async function store(subscriptions: readonly PackSubscription[], topicsChanged: boolean): Promise<void> {
  await packSubscriptionsItem.setValue(toStoredSubscriptions(subscriptions));
  if (topicsChanged) {
    await packTopicsItem.setValue(packTopicsValue(subscriptions) as never);
    await packMatchingItem.setValue(packMatchingValue(subscriptions) as never);
  }
}

const now = () => new Date().toISOString();

/** Subscribes to the pack at `indexUrl`: kept only when its first download passes every check. */
export function subscribeToPack(indexUrl: string, publicKey: string): Promise<PackActionResult> {
  return serially(async () => {
    const address = checkIndexUrl(indexUrl);
    if (!address.ok) return { ok: false, message: address.message };
    if (!isPublicKey(publicKey)) return { ok: false, message: PACK_MESSAGES.badKey };
    const subscriptions = await readSubscriptions();
    if (subscriptions.some((entry) => entry.indexUrl === address.url)) {
      return { ok: false, message: PACK_CHECK_TEXTS.alreadySubscribed };
    }
    const result = await fetchAndCheck(
      address.url,
      publicKey.trim(),
      undefined,
      await checkContext(subscriptions),
    );
    if (!result.ok) return { ok: false, message: result.message };
    if (!('check' in result))
      return { ok: false, message: PACK_MESSAGES.diff('the index names nothing to fetch') };
    const message = PACK_CHECK_TEXTS.added(result.check.pack.content.version);
    const added: PackSubscription = {
      indexUrl: address.url,
      publicKey: publicKey.trim(),
      checkEvery: DEFAULT_CHECK_EVERY,
      pack: result.check.pack,
      lastCheck: { at: now(), ok: true, message },
    };
    await store([...subscriptions, added], true);
    return { ok: true, message };
  });
}

/**
 * Checks one subscription now. A new version that passes every check replaces the pack; anything
 * else keeps the pack in use and records why.
 */
export function updatePack(indexUrl: string): Promise<PackActionResult> {
  return serially(async () => {
    const subscriptions = await readSubscriptions();
    const index = subscriptions.findIndex((entry) => entry.indexUrl === indexUrl);
    const subscription = subscriptions[index];
    if (!subscription) return { ok: false, message: PACK_CHECK_TEXTS.notSubscribed };
    const others = subscriptions.filter((entry) => entry !== subscription);
    const installed = subscription.pack;
    const result = await fetchAndCheck(
      indexUrl,
      subscription.publicKey,
      installed,
      await checkContext(others),
    );
    const version = installed.content.version;
    let next: PackSubscription;
    let outcome: PackActionResult;
    if (!result.ok) {
      outcome = { ok: false, message: PACK_CHECK_TEXTS.failed(result.message, version) };
      next = { ...subscription, lastCheck: { at: now(), ...outcome } };
    } else if ('upToDate' in result) {
      outcome = { ok: true, message: PACK_CHECK_TEXTS.upToDate(version) };
      next = { ...subscription, lastCheck: { at: now(), ...outcome } };
    } else {
      const pack = result.check.pack;
      outcome = {
        ok: true,
        message: PACK_CHECK_TEXTS.updated(version, pack.content.version, result.viaDiff),
      };
      next = { ...subscription, pack, lastCheck: { at: now(), ...outcome } };
    }
    const updated = [...subscriptions];
    updated[index] = next;
    await store(updated, next.pack !== installed);
    return outcome;
  });
}

export function removePack(indexUrl: string): Promise<PackActionResult> {
  return serially(async () => {
    const subscriptions = await readSubscriptions();
    const kept = subscriptions.filter((entry) => entry.indexUrl !== indexUrl);
    if (kept.length === subscriptions.length) return { ok: false, message: PACK_CHECK_TEXTS.notSubscribed };
    await store(kept, true);
    return { ok: true, message: 'Removed.' };
  });
}

export function setPackCheckEvery(indexUrl: string, checkEvery: CheckEvery): Promise<PackActionResult> {
  return serially(async () => {
    const subscriptions = await readSubscriptions();
    if (!subscriptions.some((entry) => entry.indexUrl === indexUrl)) {
      return { ok: false, message: PACK_CHECK_TEXTS.notSubscribed };
    }
    await store(
      subscriptions.map((entry) => (entry.indexUrl === indexUrl ? { ...entry, checkEvery } : entry)),
      false,
    );
    return { ok: true, message: 'Saved.' };
  });
}

/** Checks every subscription whose interval has passed since its last check. */
export async function checkDuePacks(at = new Date()): Promise<void> {
  for (const subscription of await readSubscriptions()) {
    if (isDue(subscription, at)) await updatePack(subscription.indexUrl);
  }
}

/**
 * Makes this context the subscriptions' writer: answers the options page's messages (from the
 * extension's own pages only) and checks due subscriptions every hour and at start-up.
 */
export function startPackSubscriptions(): void {
  const extensionOrigin = browser.runtime.getURL('/');
  const fromExtension = (url: string | undefined) => {
    if (url !== undefined && !url.startsWith(extensionOrigin))
      throw new Error('Only Caveat’s own pages manage packs.');
  };
  onMessage(MESSAGES.subscribePack, (payload, sender) => {
    fromExtension(sender.url);
    return subscribeToPack(String(payload?.indexUrl ?? ''), String(payload?.publicKey ?? ''));
  });
  onMessage(MESSAGES.updatePack, (payload, sender) => {
    fromExtension(sender.url);
    return updatePack(String(payload?.indexUrl ?? ''));
  });
  onMessage(MESSAGES.removePack, (payload, sender) => {
    fromExtension(sender.url);
    return removePack(String(payload?.indexUrl ?? ''));
  });
  onMessage(MESSAGES.setPackCheckEvery, (payload, sender) => {
    fromExtension(sender.url);
    const every = payload?.checkEvery;
    if (every !== 'never' && every !== 'daily' && every !== 'weekly') throw new Error('Not an interval.');
    return setPackCheckEvery(String(payload?.indexUrl ?? ''), every);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM_NAME) void checkDuePacks();
  });
  void browser.alarms.create(ALARM_NAME, { periodInMinutes: ALARM_PERIOD_MINUTES });
  void checkDuePacks();
}

// ---------------------------------------------------------------------------------------------
// For the options page.

/**
 * Asks the reader for the host permission of a pack's origin. Call it straight from the click
 * that adds the pack: the browser shows its prompt only during a user gesture.
 */
export function askForPackOrigin(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

/** Gives back the host permission of an origin no subscription uses any more. */
export async function releasePackOrigin(pattern: string): Promise<void> {
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

export const subscribePack = (indexUrl: string, publicKey: string) =>
  sendToBackground(MESSAGES.subscribePack, { indexUrl, publicKey });
export const updatePackNow = (indexUrl: string) => sendToBackground(MESSAGES.updatePack, { indexUrl });
export const removePackSubscription = (indexUrl: string) =>
  sendToBackground(MESSAGES.removePack, { indexUrl });
export const changePackCheckEvery = (indexUrl: string, checkEvery: CheckEvery) =>
  sendToBackground(MESSAGES.setPackCheckEvery, { indexUrl, checkEvery });
