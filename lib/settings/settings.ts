/**
 * The user's settings: one typed, versioned object, its defaults, the reader that turns whatever
 * storage holds into a valid value, and immutable updates. Pure: no DOM, no `browser`.
 */
import { z } from 'zod';
import { HOVER_INTENT_DELAY_MS } from '../hover/index';
import { foldText } from '../text/index';

/** Bump when the shape changes, and teach `migrateSettings` to read the previous version. */
export const SETTINGS_VERSION = 1;

export const THEMES = ['auto', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEMES)[number];

export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/**
 * Bounds of the hover-intent delay. Below 150 ms a card opens while the pointer merely crosses a
 * mention on its way elsewhere; above 1.5 s the card feels broken rather than calm.
 */
export const HOVER_DELAY_MIN_MS = 150;
export const HOVER_DELAY_MAX_MS = 1500;
/** Slider step of the hover delay, in ms. */
export const HOVER_DELAY_STEP_MS = 50;

/**
 * How old a claim's review may be before its card says the facts may have changed since. The
 * options page offers these; six months by default, because policies, market values and "the newest
 * model" move on that scale.
 */
export const STALE_AFTER_MONTHS_CHOICES = [1, 3, 6, 12, 24] as const;
export const DEFAULT_STALE_AFTER_MONTHS = 6;

/** A "Not relevant here" choice: this topic is not highlighted on this site. */
export interface NotRelevantChoice {
  /** A normalised host name (see `normalizeHost`). */
  site: string;
  topicId: string;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Topic id → on/off. A topic missing here is on. */
  enabledTopics: Readonly<Record<string, boolean>>;
  /** Normalised host names where Caveat does nothing at all; each also covers its subdomains. */
  pausedSites: readonly string[];
  /** Topics the user dismissed on a site from the card; each covers the site's subdomains too. */
  notRelevant: readonly NotRelevantChoice[];
  theme: ThemePreference;
  highlightStyle: HighlightStyle;
  /** How long the pointer rests on a mention before its card opens. */
  hoverDelayMs: number;
  /** Highlight only the first mention of each topic on a page. */
  firstMentionOnly: boolean;
  /** A claim reviewed longer ago than this many months carries a note that it may be out of date. */
  staleAfterMonths: number;
  /** Run only on pages that declare an article (see page/news-article.ts). */
  newsOnly: boolean;
  /**
   * Mark a mention whose sentence itself repeats a rated claim with that claim's verdict, and say
   * so on its card (lib/rank/repeats.ts).
   */
  verdictMarks: boolean;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The defaults, the single source of them. Deeply frozen: copy before changing. */
export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze({
  version: SETTINGS_VERSION,
  enabledTopics: {},
  pausedSites: [],
  notRelevant: [],
  theme: 'auto',
  highlightStyle: 'underline',
  // The hover-intent delay and its reason live with the hover state machine.
  hoverDelayMs: HOVER_INTENT_DELAY_MS,
  firstMentionOnly: false,
  staleAfterMonths: DEFAULT_STALE_AFTER_MONTHS,
  // Off by default: most readers want context wherever a name comes up, not only in articles.
  newsOnly: false,
  verdictMarks: true,
});

/** What `migrateSettings` tells the user when it had to discard something. */
export const SETTINGS_NOTICES = {
  corrupt: 'Your Caveat settings could not be read, so they were reset to the defaults.',
  partlyCorrupt: 'Some of your Caveat settings could not be read and were reset to their defaults.',
  newerVersion:
    'Your Caveat settings were saved by a newer version of Caveat. This version uses what it can read ' +
    'of them but will not change them; update Caveat to change your settings.',
} as const;

/** Why a change was refused: the stored settings belong to a newer version of Caveat. */
export const SETTINGS_READ_ONLY_ERROR = 'Settings saved by a newer version of Caveat are not changed here.';

// ---------------------------------------------------------------------------------------------
// Host names

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * The one place host names are normalised: trimmed, lower case, no trailing dot, no leading `www.`.
 * Returns '' for input that has no host in it. Accepts a bare host or a whole URL.
 */
export function normalizeHost(input: string): string {
  // The same folding as page text: a host typed with full-width letters or a zero-width space is
  // the host the browser reports.
  let host = foldText(input).trim();
  if (host === '') return '';
  if (host.includes('/') || host.includes(':')) {
    try {
      host = new URL(host.includes('://') ? host : `http://${host}`).hostname;
    } catch {
      return '';
    }
  }
  host = host.replace(/\.+$/, '');
  if (host.startsWith('www.')) host = host.slice(4);
  return host;
}

export type HostInputResult =
  | { ok: true; host: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'no-dot' };

/**
 * Reads a host name typed by the user ("example.com", "www.example.com", or a pasted URL) and says
 * why it is not one when it is not. Non-ASCII names are accepted and stored in their ASCII form.
 */
export function parseHostInput(input: string): HostInputResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  let hostname: string;
  try {
    const url = new URL(trimmed.includes('://') ? trimmed : `http://${trimmed}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'invalid' };
    hostname = url.hostname;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const host = normalizeHost(hostname);
  if (host === '' || /\s/.test(trimmed)) return { ok: false, reason: 'invalid' };
  if (!host.split('.').every((label) => HOST_LABEL.test(label))) return { ok: false, reason: 'invalid' };
  if (!host.includes('.') && host !== 'localhost') return { ok: false, reason: 'no-dot' };
  return { ok: true, host };
}

/** True when `host` is `site` or one of its subdomains (both normalised first). */
export function hostMatchesSite(host: string, site: string): boolean {
  const h = normalizeHost(host);
  const s = normalizeHost(site);
  if (h === '' || s === '') return false;
  return h === s || h.endsWith(`.${s}`);
}

// ---------------------------------------------------------------------------------------------
// Reading stored values

// The stored fields are checked by hand rather than with zod: the content script reads settings on
// every page, and what it loads before it finds a mention is a cost every page pays.
type Check<T> = (value: unknown) => value is T;
const isPositiveInteger: Check<number> = (value): value is number =>
  Number.isSafeInteger(value) && (value as number) > 0;
const isRecord: Check<Record<string, unknown>> = (value): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isArray: Check<unknown[]> = (value): value is unknown[] => Array.isArray(value);
const isOneOf =
  <T extends string | number>(choices: readonly T[]): Check<T> =>
  (value): value is T =>
    (choices as readonly unknown[]).includes(value);
const isFiniteNumber: Check<number> = (value): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isBoolean: Check<boolean> = (value): value is boolean => typeof value === 'boolean';

/** A stored "Not relevant here" choice, with nothing but its two fields, or null. */
function readChoice(value: unknown): NotRelevantChoice | null {
  if (!isRecord(value) || typeof value.site !== 'string' || typeof value.topicId !== 'string') return null;
  return value.topicId.length > 0 ? { site: value.site, topicId: value.topicId } : null;
}

/** Clamps a hover delay into its bounds, rounded to whole milliseconds. */
export function clampHoverDelay(ms: number): number {
  if (!Number.isFinite(ms)) return DEFAULT_SETTINGS.hoverDelayMs;
  return Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, Math.round(ms)));
}

function copyDefaults(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    enabledTopics: {},
    pausedSites: [],
    notRelevant: [],
  };
}

function uniqueSites(sites: readonly string[]): string[] {
  return [...new Set(sites.map(normalizeHost).filter((site) => site !== ''))];
}

function uniqueChoices(choices: readonly NotRelevantChoice[]): NotRelevantChoice[] {
  const seen = new Set<string>();
  const out: NotRelevantChoice[] = [];
  for (const choice of choices) {
    const site = normalizeHost(choice.site);
    const key = `${site}\n${choice.topicId}`;
    if (site === '' || seen.has(key)) continue;
    seen.add(key);
    out.push({ site, topicId: choice.topicId });
  }
  return out;
}

/** What `migrateSettings` makes of a stored value. */
export interface MigratedSettings {
  settings: Settings;
  /** Set when the stored value could not be used as it was; show it to the user. */
  notice?: string;
  /**
   * Set when the stored value was written by a newer version of Caveat: use `settings`, but never
   * write them back, or what the newer version stored (and this one cannot read) would be lost.
   */
  readOnly?: true;
}

/**
 * Turns whatever storage holds into valid settings. Never throws.
 * - nothing stored → the defaults, silently (first run);
 * - not an object, or no readable version → the defaults, with a notice;
 * - a version newer than this code knows → the fields this version knows, as far as they read, with
 *   a notice and `readOnly` (paused sites stay paused; nothing is written over the newer value);
 * - a known version with some unreadable fields → those fields reset, the rest kept, with a notice.
 * Host names are normalised and duplicates dropped on the way, silently.
 */
export function migrateSettings(raw: unknown): MigratedSettings {
  if (raw === undefined || raw === null) return { settings: copyDefaults() };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: copyDefaults(), notice: SETTINGS_NOTICES.corrupt };
  }
  const record = raw as Record<string, unknown>;
  const version = record.version;
  if (!isPositiveInteger(version)) return { settings: copyDefaults(), notice: SETTINGS_NOTICES.corrupt };
  const newer = version > SETTINGS_VERSION;
  // Version 1 is the first stored shape; a future version 2 reads version-1 values here.

  let damaged = false;
  /** Reads one field: missing → default silently; unreadable → default and remember the damage. */
  const field = <T>(key: keyof Settings, check: Check<T>, fallback: T): T => {
    if (!(key in record) || record[key] === undefined) return fallback;
    const value = record[key];
    if (check(value)) return value;
    damaged = true;
    return fallback;
  };

  const enabledTopics: Record<string, boolean> = {};
  for (const [topicId, on] of Object.entries(field('enabledTopics', isRecord, {}))) {
    if (typeof on === 'boolean') enabledTopics[topicId] = on;
    else damaged = true;
  }

  const pausedSites: string[] = [];
  for (const site of field('pausedSites', isArray, [])) {
    if (typeof site === 'string' && normalizeHost(site) !== '') pausedSites.push(site);
    else damaged = true;
  }

  const notRelevant: NotRelevantChoice[] = [];
  for (const entry of field('notRelevant', isArray, [])) {
    const choice = readChoice(entry);
    if (choice && normalizeHost(choice.site) !== '') notRelevant.push(choice);
    else damaged = true;
  }

  const settings: Settings = {
    version: SETTINGS_VERSION,
    enabledTopics,
    pausedSites: uniqueSites(pausedSites),
    notRelevant: uniqueChoices(notRelevant),
    theme: field('theme', isOneOf(THEMES), DEFAULT_SETTINGS.theme),
    highlightStyle: field('highlightStyle', isOneOf(HIGHLIGHT_STYLES), DEFAULT_SETTINGS.highlightStyle),
    // A finite number out of bounds (say, from a hand-edited value) is clamped, not discarded.
    hoverDelayMs: clampHoverDelay(field('hoverDelayMs', isFiniteNumber, DEFAULT_SETTINGS.hoverDelayMs)),
    firstMentionOnly: field('firstMentionOnly', isBoolean, DEFAULT_SETTINGS.firstMentionOnly),
    staleAfterMonths: field(
      'staleAfterMonths',
      isOneOf(STALE_AFTER_MONTHS_CHOICES),
      DEFAULT_SETTINGS.staleAfterMonths,
    ),
    newsOnly: field('newsOnly', isBoolean, DEFAULT_SETTINGS.newsOnly),
    verdictMarks: field('verdictMarks', isBoolean, DEFAULT_SETTINGS.verdictMarks),
  };
  // A newer version may store a field in a shape this one cannot read; that is not damage.
  if (newer) return { settings, notice: SETTINGS_NOTICES.newerVersion, readOnly: true };
  return damaged ? { settings, notice: SETTINGS_NOTICES.partlyCorrupt } : { settings };
}

// ---------------------------------------------------------------------------------------------
// Questions

/** False when Caveat is paused on `host` (or on a site it belongs to). */
export function isSiteActive(settings: Settings, host: string): boolean {
  return !settings.pausedSites.some((site) => hostMatchesSite(host, site));
}

/** False when the topic is switched off in the options. */
export function isTopicEnabled(settings: Settings, topicId: string): boolean {
  return settings.enabledTopics[topicId] !== false;
}

/** Whether mentions of `topicId` are highlighted on `host`: site on, topic on, not dismissed there. */
export function isTopicActiveOn(settings: Settings, host: string, topicId: string): boolean {
  return (
    isSiteActive(settings, host) &&
    isTopicEnabled(settings, topicId) &&
    !settings.notRelevant.some((choice) => choice.topicId === topicId && hostMatchesSite(host, choice.site))
  );
}

/** The "Not relevant here" choices that apply to `host`. */
export function notRelevantChoicesFor(settings: Settings, host: string): NotRelevantChoice[] {
  return settings.notRelevant.filter((choice) => hostMatchesSite(host, choice.site));
}

/** Resolves `auto` with the system preference. */
export function resolveTheme(preference: ThemePreference, prefersDark: boolean): 'light' | 'dark' {
  if (preference === 'auto') return prefersDark ? 'dark' : 'light';
  return preference;
}

// ---------------------------------------------------------------------------------------------
// Immutable updates. Each returns a new object (or the same one when nothing changes).

/** Stops highlighting `topicId` on `host`. */
export function withNotRelevant(settings: Settings, host: string, topicId: string): Settings {
  const site = normalizeHost(host);
  if (site === '' || settings.notRelevant.some((c) => c.site === site && c.topicId === topicId)) {
    return settings;
  }
  return { ...settings, notRelevant: [...settings.notRelevant, { site, topicId }] };
}

/** Undoes a "Not relevant here" choice: every choice for `topicId` covering `host` is removed. */
export function withoutNotRelevant(settings: Settings, host: string, topicId: string): Settings {
  const kept = settings.notRelevant.filter((c) => !(c.topicId === topicId && hostMatchesSite(host, c.site)));
  return kept.length === settings.notRelevant.length ? settings : { ...settings, notRelevant: kept };
}

/** Pauses Caveat on `host` and its subdomains. */
export function withSitePaused(settings: Settings, host: string): Settings {
  const site = normalizeHost(host);
  if (site === '' || settings.pausedSites.includes(site)) return settings;
  return { ...settings, pausedSites: [...settings.pausedSites, site] };
}

/**
 * Resumes Caveat on `host`: removes every paused entry covering it, so the site is active afterwards
 * (resuming on news.example.com also resumes example.com when that was the entry that paused it).
 */
export function withSiteResumed(settings: Settings, host: string): Settings {
  const kept = settings.pausedSites.filter((site) => !hostMatchesSite(host, site));
  return kept.length === settings.pausedSites.length ? settings : { ...settings, pausedSites: kept };
}

/** Removes one paused entry exactly as listed (the options page's Remove button). */
export function withoutPausedSite(settings: Settings, site: string): Settings {
  const target = normalizeHost(site);
  const kept = settings.pausedSites.filter((s) => s !== target);
  return kept.length === settings.pausedSites.length ? settings : { ...settings, pausedSites: kept };
}

/** Removes one "Not relevant here" choice exactly as listed (the Undo buttons). */
export function withoutNotRelevantChoice(settings: Settings, choice: NotRelevantChoice): Settings {
  const site = normalizeHost(choice.site);
  const kept = settings.notRelevant.filter((c) => !(c.site === site && c.topicId === choice.topicId));
  return kept.length === settings.notRelevant.length ? settings : { ...settings, notRelevant: kept };
}

/** Switches a topic on or off everywhere. */
export function withTopicEnabled(settings: Settings, topicId: string, enabled: boolean): Settings {
  if (isTopicEnabled(settings, topicId) === enabled) return settings;
  return { ...settings, enabledTopics: { ...settings.enabledTopics, [topicId]: enabled } };
}

/** Sets the hover delay, clamped into its bounds. */
export function withHoverDelay(settings: Settings, ms: number): Settings {
  const hoverDelayMs = clampHoverDelay(ms);
  return hoverDelayMs === settings.hoverDelayMs ? settings : { ...settings, hoverDelayMs };
}

/** Sets how many months old a review may be before its card says it may be out of date. */
export function withStaleAfterMonths(settings: Settings, months: number): Settings {
  if (!(STALE_AFTER_MONTHS_CHOICES as readonly number[]).includes(months)) return settings;
  return months === settings.staleAfterMonths ? settings : { ...settings, staleAfterMonths: months };
}

/** The appearance fields that are plain values, set as they are. */
export type AppearancePatch = Partial<
  Pick<Settings, 'theme' | 'highlightStyle' | 'firstMentionOnly' | 'newsOnly' | 'verdictMarks'>
>;

/** Sets theme, highlight style or first-mention-only. */
export function withAppearance(settings: Settings, patch: AppearancePatch): Settings {
  return { ...settings, ...patch };
}

// ---------------------------------------------------------------------------------------------
// Changes as data. Every page asks the one writer (the background) to apply a change, so a change
// is a plain value that survives a message, not a function.

/** One change the user made, as the popup, the options page or the card asks for it. */
export type SettingsChange =
  | { type: 'topic-enabled'; topicId: string; enabled: boolean }
  | { type: 'site-paused'; host: string }
  | { type: 'site-resumed'; host: string }
  | { type: 'paused-site-removed'; site: string }
  | { type: 'not-relevant'; host: string; topicId: string }
  | { type: 'not-relevant-choice-removed'; choice: NotRelevantChoice }
  | { type: 'hover-delay'; ms: number }
  | { type: 'appearance'; patch: AppearancePatch }
  | { type: 'stale-after'; months: number }
  /** Store the settings as read, replacing a damaged value (the notice's OK button). */
  | { type: 'repair' }
  /**
   * Replace every setting (a settings file the reader imported after its preview, or a reset to
   * the defaults). The value is read through `migrateSettings`, like anything stored.
   */
  | { type: 'replace'; settings: Settings };

let changeSchema: z.ZodType<SettingsChange> | undefined;

/**
 * The shape of a change arriving in a message; anything else is refused. Built on first use, so
 * that only the settings writer (the background) carries zod, not every page's content script.
 */
export function settingsChangeSchema(): z.ZodType<SettingsChange> {
  changeSchema ??= buildChangeSchema();
  return changeSchema;
}

function buildChangeSchema(): z.ZodType<SettingsChange> {
  const HostSchema = z.string().max(253);
  const TopicIdSchema = z.string().min(1).max(200);
  return z.discriminatedUnion('type', [
    z.object({ type: z.literal('topic-enabled'), topicId: TopicIdSchema, enabled: z.boolean() }),
    z.object({ type: z.literal('site-paused'), host: HostSchema }),
    z.object({ type: z.literal('site-resumed'), host: HostSchema }),
    z.object({ type: z.literal('paused-site-removed'), site: HostSchema }),
    z.object({ type: z.literal('not-relevant'), host: HostSchema, topicId: TopicIdSchema }),
    z.object({
      type: z.literal('not-relevant-choice-removed'),
      choice: z.object({ site: HostSchema, topicId: TopicIdSchema }),
    }),
    z.object({ type: z.literal('hover-delay'), ms: z.number() }),
    z.object({
      type: z.literal('appearance'),
      patch: z
        .object({
          theme: z.enum(THEMES),
          highlightStyle: z.enum(HIGHLIGHT_STYLES),
          firstMentionOnly: z.boolean(),
          newsOnly: z.boolean(),
          verdictMarks: z.boolean(),
        })
        .partial()
        .strict(),
    }),
    z.object({ type: z.literal('stale-after'), months: z.number() }),
    z.object({ type: z.literal('repair') }),
    z.object({ type: z.literal('replace'), settings: z.record(z.string(), z.unknown()) }),
  ]) as z.ZodType<SettingsChange>;
}

/**
 * Whether a content script on `pageHost` may ask for `change`. The card offers one choice, "Not
 * relevant here", for its own site; a page that got hold of the content script gets no more.
 */
export function changeAllowedFromPage(change: SettingsChange, pageHost: string): boolean {
  return change.type === 'not-relevant' && pageHost !== '' && normalizeHost(change.host) === pageHost;
}

/** Applies one change; returns the same object when it changes nothing. */
export function applySettingsChange(settings: Settings, change: SettingsChange): Settings {
  switch (change.type) {
    case 'topic-enabled':
      return withTopicEnabled(settings, change.topicId, change.enabled);
    case 'site-paused':
      return withSitePaused(settings, change.host);
    case 'site-resumed':
      return withSiteResumed(settings, change.host);
    case 'paused-site-removed':
      return withoutPausedSite(settings, change.site);
    case 'not-relevant':
      return withNotRelevant(settings, change.host, change.topicId);
    case 'not-relevant-choice-removed':
      return withoutNotRelevantChoice(settings, change.choice);
    case 'hover-delay':
      return withHoverDelay(settings, change.ms);
    case 'appearance':
      return withAppearance(settings, change.patch);
    case 'stale-after':
      return withStaleAfterMonths(settings, change.months);
    case 'repair':
      return settings;
    case 'replace':
      return migrateSettings(change.settings).settings;
  }
}
