import { describe, expect, it } from 'vitest';
import {
  applySettingsChange,
  changeAllowedFromPage,
  DEFAULT_SETTINGS,
  DEFAULT_STALE_AFTER_MONTHS,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  isSiteActive,
  isTopicActiveOn,
  isTopicEnabled,
  migrateSettings,
  normalizeHost,
  notRelevantChoicesFor,
  parseHostInput,
  resolveTheme,
  SETTINGS_NOTICES,
  SETTINGS_VERSION,
  type Settings,
  type SettingsChange,
  settingsChangeSchema,
  withAppearance,
  withHoverDelay,
  withNotRelevant,
  withoutNotRelevant,
  withoutNotRelevantChoice,
  withoutPausedSite,
  withSitePaused,
  withSiteResumed,
  withTopicEnabled,
} from '../../../lib/settings/settings.ts';

const defaults = (): Settings => migrateSettings(undefined).settings;

describe('DEFAULT_SETTINGS', () => {
  it('is deeply frozen', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.pausedSites)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.notRelevant)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.enabledTopics)).toBe(true);
    expect(() => {
      (DEFAULT_SETTINGS as Settings).hoverDelayMs = 1;
    }).toThrow(TypeError);
  });

  it('has the documented values', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      version: SETTINGS_VERSION,
      enabledTopics: {},
      pausedSites: [],
      notRelevant: [],
      theme: 'auto',
      highlightStyle: 'underline',
      hoverDelayMs: 350,
      firstMentionOnly: false,
      staleAfterMonths: 6,
      newsOnly: false,
      verdictMarks: true,
    });
  });
});

describe('migrateSettings', () => {
  it('gives the defaults without a notice when nothing is stored', () => {
    for (const raw of [undefined, null]) {
      const { settings, notice } = migrateSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(notice).toBeUndefined();
    }
  });

  it('returns a mutable copy, never the frozen defaults', () => {
    const { settings } = migrateSettings(undefined);
    expect(settings).not.toBe(DEFAULT_SETTINGS);
    expect(Object.isFrozen(settings.pausedSites)).toBe(false);
  });

  it('keeps a valid stored value as it is', () => {
    const stored: Settings = {
      version: 1,
      enabledTopics: { nvidia: false },
      pausedSites: ['example.com'],
      notRelevant: [{ site: 'news.example.org', topicId: 'deepseek' }],
      theme: 'dark',
      highlightStyle: 'background',
      hoverDelayMs: 600,
      verdictMarks: false,
      firstMentionOnly: true,
      staleAfterMonths: 12,
      newsOnly: true,
    };
    expect(migrateSettings(stored)).toEqual({ settings: stored });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['an object without a version', { theme: 'dark' }],
    ['an object with a non-numeric version', { version: 'one' }],
    ['an object with version 0', { version: 0 }],
  ])('falls back to the defaults with a notice for %s', (_label, raw) => {
    const { settings, notice } = migrateSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).toBe(SETTINGS_NOTICES.corrupt);
  });

  it('uses what it can read of a newer version, read-only, with a notice', () => {
    const stored = {
      version: 99,
      theme: 'dark',
      pausedSites: ['paused.example'],
      // Fields a newer version stores in a shape this one cannot read are not "damage".
      highlightStyle: { colour: 'teal' },
      futureField: [1, 2, 3],
    };
    expect(migrateSettings(stored)).toEqual({
      settings: { ...DEFAULT_SETTINGS, theme: 'dark', pausedSites: ['paused.example'] },
      notice: SETTINGS_NOTICES.newerVersion,
      readOnly: true,
    });
  });

  it('marks no value of a version it knows as read-only', () => {
    for (const raw of [undefined, 'garbage', { version: 1, theme: 'neon' }, { ...DEFAULT_SETTINGS }]) {
      expect(migrateSettings(raw).readOnly).toBeUndefined();
    }
  });

  it('reads the staleness threshold only as one of the offered choices', () => {
    expect(migrateSettings({ version: 1, staleAfterMonths: 24 }).settings.staleAfterMonths).toBe(24);
    const odd = migrateSettings({ version: 1, staleAfterMonths: 7 });
    expect(odd.settings.staleAfterMonths).toBe(DEFAULT_STALE_AFTER_MONTHS);
    expect(odd.notice).toBe(SETTINGS_NOTICES.partlyCorrupt);
  });

  it('resets only the unreadable fields, with a notice', () => {
    const { settings, notice } = migrateSettings({
      version: 1,
      theme: 'purple',
      highlightStyle: 'background',
      hoverDelayMs: 'slow',
      pausedSites: ['example.com', 7],
      enabledTopics: { nvidia: false, deepseek: 'yes' },
      notRelevant: [{ site: 'a.com', topicId: 'nvidia' }, { site: 'b.com' }],
      firstMentionOnly: true,
    });
    expect(notice).toBe(SETTINGS_NOTICES.partlyCorrupt);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      highlightStyle: 'background',
      pausedSites: ['example.com'],
      enabledTopics: { nvidia: false },
      notRelevant: [{ site: 'a.com', topicId: 'nvidia' }],
      firstMentionOnly: true,
    });
  });

  it('fills fields missing from a known version silently', () => {
    expect(migrateSettings({ version: 1, theme: 'light' })).toEqual({
      settings: { ...DEFAULT_SETTINGS, theme: 'light' },
    });
  });

  it('clamps an out-of-bounds hover delay', () => {
    expect(migrateSettings({ version: 1, hoverDelayMs: 5 }).settings.hoverDelayMs).toBe(HOVER_DELAY_MIN_MS);
    expect(migrateSettings({ version: 1, hoverDelayMs: 1e9 }).settings.hoverDelayMs).toBe(HOVER_DELAY_MAX_MS);
  });

  it('normalises and de-duplicates host names', () => {
    const { settings } = migrateSettings({
      version: 1,
      pausedSites: ['WWW.Example.com', 'example.com', 'other.org.'],
      notRelevant: [
        { site: 'www.a.com', topicId: 'nvidia' },
        { site: 'A.com', topicId: 'nvidia' },
      ],
    });
    expect(settings.pausedSites).toEqual(['example.com', 'other.org']);
    expect(settings.notRelevant).toEqual([{ site: 'a.com', topicId: 'nvidia' }]);
  });

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [
      Symbol('x'),
      () => 1,
      new Date(),
      { version: 1, enabledTopics: null, pausedSites: 'example.com', notRelevant: {} },
      Object.create(null),
      { version: Number.NaN },
    ];
    for (const raw of weird) expect(() => migrateSettings(raw)).not.toThrow();
  });
});

describe('host names', () => {
  it('normalises case, www. and a trailing dot in one place', () => {
    expect(normalizeHost(' WWW.Reuters.COM. ')).toBe('reuters.com');
    expect(normalizeHost('https://www.ft.com/content/x')).toBe('ft.com');
    expect(normalizeHost('')).toBe('');
    expect(normalizeHost('ＦＴ.com\u200b')).toBe('ft.com');
  });

  it('accepts host names and pasted URLs', () => {
    expect(parseHostInput('example.com')).toEqual({ ok: true, host: 'example.com' });
    expect(parseHostInput('https://www.Example.com/news?id=1')).toEqual({ ok: true, host: 'example.com' });
    expect(parseHostInput('localhost')).toEqual({ ok: true, host: 'localhost' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['not a host', 'invalid'],
    ['exa_mple.com', 'invalid'],
    ['-bad.com', 'invalid'],
    ['ftp://example.com', 'invalid'],
    ['example', 'no-dot'],
  ])('rejects %j as %s', (input, reason) => {
    expect(parseHostInput(input)).toEqual({ ok: false, reason });
  });
});

describe('questions', () => {
  it('treats a paused site and its subdomains as inactive, and nothing else', () => {
    const s = withSitePaused(defaults(), 'www.example.com');
    expect(isSiteActive(s, 'example.com')).toBe(false);
    expect(isSiteActive(s, 'WWW.EXAMPLE.COM')).toBe(false);
    expect(isSiteActive(s, 'news.example.com')).toBe(false);
    expect(isSiteActive(s, 'notexample.com')).toBe(true);
    expect(isSiteActive(s, 'example.org')).toBe(true);
  });

  it('treats a topic missing from enabledTopics as enabled', () => {
    const s = defaults();
    expect(isTopicEnabled(s, 'anything')).toBe(true);
    expect(isTopicEnabled(withTopicEnabled(s, 'nvidia', false), 'nvidia')).toBe(false);
  });

  it('turns a topic off on one site only with "Not relevant here"', () => {
    const s = withNotRelevant(defaults(), 'www.ft.com', 'nvidia');
    expect(isTopicActiveOn(s, 'ft.com', 'nvidia')).toBe(false);
    expect(isTopicActiveOn(s, 'ft.com', 'deepseek')).toBe(true);
    expect(isTopicActiveOn(s, 'reuters.com', 'nvidia')).toBe(true);
    expect(notRelevantChoicesFor(s, 'ft.com')).toEqual([{ site: 'ft.com', topicId: 'nvidia' }]);
  });

  it('turns every topic off on a paused site, and a disabled topic everywhere', () => {
    expect(isTopicActiveOn(withSitePaused(defaults(), 'ft.com'), 'ft.com', 'nvidia')).toBe(false);
    expect(isTopicActiveOn(withTopicEnabled(defaults(), 'nvidia', false), 'ft.com', 'nvidia')).toBe(false);
  });

  it('resolves the auto theme with the system preference', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('immutable updates', () => {
  it('never changes the object it is given', () => {
    const before = defaults();
    const snapshot = structuredClone(before);
    withNotRelevant(before, 'a.com', 'nvidia');
    withSitePaused(before, 'a.com');
    withTopicEnabled(before, 'nvidia', false);
    withHoverDelay(before, 900);
    withAppearance(before, { theme: 'dark' });
    expect(before).toEqual(snapshot);
  });

  it('undoes "Not relevant here"', () => {
    const s = withNotRelevant(defaults(), 'a.com', 'nvidia');
    expect(withoutNotRelevant(s, 'www.a.com', 'nvidia').notRelevant).toEqual([]);
    expect(withoutNotRelevantChoice(s, { site: 'a.com', topicId: 'nvidia' }).notRelevant).toEqual([]);
    expect(withoutNotRelevant(s, 'a.com', 'deepseek')).toBe(s);
  });

  it('adds a choice or a paused site once', () => {
    const once = withNotRelevant(defaults(), 'a.com', 'nvidia');
    expect(withNotRelevant(once, 'WWW.A.COM', 'nvidia')).toBe(once);
    const paused = withSitePaused(defaults(), 'a.com');
    expect(withSitePaused(paused, 'a.com')).toBe(paused);
    expect(paused.pausedSites).toEqual(['a.com']);
  });

  it('resumes a subdomain by removing the entry that paused it', () => {
    const s = withSitePaused(defaults(), 'example.com');
    const resumed = withSiteResumed(s, 'news.example.com');
    expect(resumed.pausedSites).toEqual([]);
    expect(isSiteActive(resumed, 'news.example.com')).toBe(true);
  });

  it('removes a listed paused site exactly', () => {
    const s = withSitePaused(withSitePaused(defaults(), 'a.com'), 'b.com');
    expect(withoutPausedSite(s, 'a.com').pausedSites).toEqual(['b.com']);
  });

  it('clamps the hover delay', () => {
    expect(withHoverDelay(defaults(), 10).hoverDelayMs).toBe(HOVER_DELAY_MIN_MS);
    expect(withHoverDelay(defaults(), 99_999).hoverDelayMs).toBe(HOVER_DELAY_MAX_MS);
    expect(withHoverDelay(defaults(), 800).hoverDelayMs).toBe(800);
  });
});

describe('changes as data', () => {
  const base = (): Settings => defaults();

  it('applies each kind of change like its update function', () => {
    const cases: [SettingsChange, Settings][] = [
      [
        { type: 'topic-enabled', topicId: 'nvidia', enabled: false },
        withTopicEnabled(base(), 'nvidia', false),
      ],
      [{ type: 'site-paused', host: 'www.Example.com' }, withSitePaused(base(), 'example.com')],
      [
        { type: 'not-relevant', host: 'a.org', topicId: 'deepseek' },
        withNotRelevant(base(), 'a.org', 'deepseek'),
      ],
      [{ type: 'hover-delay', ms: 900 }, withHoverDelay(base(), 900)],
      [{ type: 'appearance', patch: { theme: 'dark' } }, withAppearance(base(), { theme: 'dark' })],
      [
        { type: 'stale-after', months: 12 },
        { ...base(), staleAfterMonths: 12 },
      ],
    ];
    for (const [change, expected] of cases) expect(applySettingsChange(base(), change)).toEqual(expected);
  });

  it('undoes what it did', () => {
    const paused = applySettingsChange(base(), { type: 'site-paused', host: 'example.com' });
    expect(
      applySettingsChange(paused, { type: 'site-resumed', host: 'news.example.com' }).pausedSites,
    ).toEqual([]);
    expect(
      applySettingsChange(paused, { type: 'paused-site-removed', site: 'example.com' }).pausedSites,
    ).toEqual([]);
    const dismissed = applySettingsChange(base(), { type: 'not-relevant', host: 'a.org', topicId: 'nvidia' });
    expect(
      applySettingsChange(dismissed, {
        type: 'not-relevant-choice-removed',
        choice: { site: 'a.org', topicId: 'nvidia' },
      }).notRelevant,
    ).toEqual([]);
  });

  it('returns the same object for a change that changes nothing', () => {
    const settings = base();
    expect(applySettingsChange(settings, { type: 'repair' })).toBe(settings);
    expect(applySettingsChange(settings, { type: 'stale-after', months: 7 })).toBe(settings);
    expect(applySettingsChange(settings, { type: 'site-resumed', host: 'example.com' })).toBe(settings);
  });

  it('reads only well-formed changes from a message', () => {
    expect(settingsChangeSchema().safeParse({ type: 'site-paused', host: 'a.org' }).success).toBe(true);
    for (const bad of [
      null,
      'site-paused',
      { type: 'site-paused' },
      { type: 'delete-everything' },
      { type: 'appearance', patch: { theme: 'neon' } },
      { type: 'appearance', patch: { version: 2 } },
      { type: 'topic-enabled', topicId: '', enabled: false },
    ]) {
      expect(settingsChangeSchema().safeParse(bad).success).toBe(false);
    }
  });

  it('lets a page ask only for "Not relevant here" on its own site', () => {
    expect(
      changeAllowedFromPage({ type: 'not-relevant', host: 'www.a.org', topicId: 'nvidia' }, 'a.org'),
    ).toBe(true);
    expect(changeAllowedFromPage({ type: 'not-relevant', host: 'b.org', topicId: 'nvidia' }, 'a.org')).toBe(
      false,
    );
    expect(changeAllowedFromPage({ type: 'not-relevant', host: 'a.org', topicId: 'nvidia' }, '')).toBe(false);
    expect(changeAllowedFromPage({ type: 'site-paused', host: 'a.org' }, 'a.org')).toBe(false);
    expect(changeAllowedFromPage({ type: 'topic-enabled', topicId: 'nvidia', enabled: false }, 'a.org')).toBe(
      false,
    );
  });
});

describe('replacing every setting', () => {
  it('stores a whole settings object, read like anything stored', () => {
    const next = {
      ...DEFAULT_SETTINGS,
      theme: 'dark' as const,
      newsOnly: true,
      pausedSites: ['WWW.Example.com'],
    };
    expect(applySettingsChange({ ...DEFAULT_SETTINGS }, { type: 'replace', settings: next })).toEqual({
      ...next,
      pausedSites: ['example.com'],
    });
  });

  it('is a change a page may not ask for', () => {
    expect(changeAllowedFromPage({ type: 'replace', settings: { ...DEFAULT_SETTINGS } }, 'example.com')).toBe(
      false,
    );
  });
});
