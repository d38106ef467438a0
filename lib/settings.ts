/**
 * The user's settings: one typed, versioned object, its defaults, the reader that turns whatever
 * storage holds into a valid value, and immutable updates. Pure: no DOM, no `browser`.
 */
import { z } from 'zod';
import { HOVER_INTENT_DELAY_MS } from './hover-state';
import { foldText } from './normalize';

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
});

/** What `migrateSettings` tells the user when it had to discard something. */
export const SETTINGS_NOTICES = {
  corrupt: 'Your Caveat settings could not be read, so they were reset to the defaults.',
  partlyCorrupt: 'Some of your Caveat settings could not be read and were reset to their defaults.',
  newerVersion: 'Your Caveat settings were saved by a newer version of Caveat, so the defaults are in use.',
} as const;

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

const VersionSchema = z.number().int().positive();
const EnabledTopicsSchema = z.record(z.string(), z.unknown());
const PausedSitesSchema = z.array(z.unknown());
const NotRelevantSchema = z.array(z.unknown());
const NotRelevantEntrySchema = z.object({ site: z.string(), topicId: z.string().min(1) });
const ThemeSchema = z.enum(THEMES);
const HighlightStyleSchema = z.enum(HIGHLIGHT_STYLES);
const HoverDelaySchema = z.number().finite();
const BooleanSchema = z.boolean();

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

/**
 * Turns whatever storage holds into valid settings. Never throws.
 * - nothing stored → the defaults, silently (first run);
 * - not an object, or no readable version → the defaults, with a notice;
 * - a version newer than this code knows → the defaults, with a notice (the stored value is left to
 *   the caller; saving over it is the user's choice);
 * - a known version with some unreadable fields → those fields reset, the rest kept, with a notice.
 * Host names are normalised and duplicates dropped on the way, silently.
 */
export function migrateSettings(raw: unknown): { settings: Settings; notice?: string } {
  if (raw === undefined || raw === null) return { settings: copyDefaults() };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: copyDefaults(), notice: SETTINGS_NOTICES.corrupt };
  }
  const record = raw as Record<string, unknown>;
  const version = VersionSchema.safeParse(record.version);
  if (!version.success) return { settings: copyDefaults(), notice: SETTINGS_NOTICES.corrupt };
  if (version.data > SETTINGS_VERSION) {
    return { settings: copyDefaults(), notice: SETTINGS_NOTICES.newerVersion };
  }
  // Version 1 is the first stored shape; a future version 2 reads version-1 values here.

  let damaged = false;
  /** Reads one field: missing → default silently; unreadable → default and remember the damage. */
  const field = <T>(key: keyof Settings, schema: z.ZodType<T>, fallback: T): T => {
    if (!(key in record) || record[key] === undefined) return fallback;
    const parsed = schema.safeParse(record[key]);
    if (parsed.success) return parsed.data;
    damaged = true;
    return fallback;
  };

  const enabledTopics: Record<string, boolean> = {};
  for (const [topicId, on] of Object.entries(field('enabledTopics', EnabledTopicsSchema, {}))) {
    if (typeof on === 'boolean') enabledTopics[topicId] = on;
    else damaged = true;
  }

  const pausedSites: string[] = [];
  for (const site of field('pausedSites', PausedSitesSchema, [])) {
    if (typeof site === 'string' && normalizeHost(site) !== '') pausedSites.push(site);
    else damaged = true;
  }

  const notRelevant: NotRelevantChoice[] = [];
  for (const entry of field('notRelevant', NotRelevantSchema, [])) {
    const parsed = NotRelevantEntrySchema.safeParse(entry);
    if (parsed.success && normalizeHost(parsed.data.site) !== '') notRelevant.push(parsed.data);
    else damaged = true;
  }

  const settings: Settings = {
    version: SETTINGS_VERSION,
    enabledTopics,
    pausedSites: uniqueSites(pausedSites),
    notRelevant: uniqueChoices(notRelevant),
    theme: field('theme', ThemeSchema, DEFAULT_SETTINGS.theme),
    highlightStyle: field('highlightStyle', HighlightStyleSchema, DEFAULT_SETTINGS.highlightStyle),
    // A finite number out of bounds (say, from a hand-edited value) is clamped, not discarded.
    hoverDelayMs: clampHoverDelay(field('hoverDelayMs', HoverDelaySchema, DEFAULT_SETTINGS.hoverDelayMs)),
    firstMentionOnly: field('firstMentionOnly', BooleanSchema, DEFAULT_SETTINGS.firstMentionOnly),
  };
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

/** The appearance fields that are plain values, set as they are. */
export type AppearancePatch = Partial<Pick<Settings, 'theme' | 'highlightStyle' | 'firstMentionOnly'>>;

/** Sets theme, highlight style or first-mention-only. */
export function withAppearance(settings: Settings, patch: AppearancePatch): Settings {
  return { ...settings, ...patch };
}
