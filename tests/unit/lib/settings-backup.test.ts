import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TOPIC_FILES } from '../../../data/kb.ts';
import { checkCustomTopicFiles } from '../../../lib/kb/custom-topics.ts';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  type Settings,
  withSitePaused,
} from '../../../lib/settings/settings.ts';
import {
  BACKUP_MESSAGES,
  BACKUP_VERSION,
  backupChanges,
  exportBackup,
  readBackup,
} from '../../../lib/settings/settings-backup.ts';

const TODAY = '2026-12-01';
const context = { builtIn: BUILT_IN_TOPIC_FILES, today: TODAY };
const tsmc = checkCustomTopicFiles(
  [{ file: 'tsmc.json', json: JSON.parse(readFileSync('tests/fixtures/custom-topics/tsmc.json', 'utf8')) }],
  context,
).topics;
const mine: Settings = {
  ...withSitePaused({ ...DEFAULT_SETTINGS }, 'example.com'),
  theme: 'dark',
  hoverDelayMs: 600,
};

describe('the settings file', () => {
  it('reads back every setting and custom topic it was written with', () => {
    const file = JSON.parse(exportBackup({ settings: mine, customTopics: tsmc }));
    expect(readBackup('caveat-settings.json', file, context)).toEqual({
      ok: true,
      backup: { settings: mine, customTopics: tsmc },
    });
  });

  it('refuses a file of a newer version with a clear message', () => {
    const file = {
      ...JSON.parse(exportBackup({ settings: mine, customTopics: [] })),
      version: BACKUP_VERSION + 1,
    };
    expect(readBackup('new.json', file, context)).toEqual({
      ok: false,
      problems: [`new.json: ${BACKUP_MESSAGES.newerFile(BACKUP_VERSION + 1)}`],
    });
  });

  it('refuses settings of a newer version', () => {
    const file = JSON.parse(exportBackup({ settings: mine, customTopics: [] }));
    file.settings.version = SETTINGS_VERSION + 1;
    expect(readBackup('new.json', file, context)).toEqual({
      ok: false,
      problems: [`new.json: ${BACKUP_MESSAGES.newerSettings(SETTINGS_VERSION + 1)}`],
    });
  });

  it('lists every unusable setting and topic problem, and applies nothing', () => {
    const file = JSON.parse(exportBackup({ settings: mine, customTopics: tsmc }));
    file.settings.theme = 'purple';
    file.settings.colour = 'red';
    file.customTopics[0].aliases = ['Nvidia'];
    const read = readBackup('mine.json', file, context);
    expect(read).toEqual({
      ok: false,
      problems: [
        `mine.json: ${BACKUP_MESSAGES.badField('theme')}`,
        `mine.json: ${BACKUP_MESSAGES.unknownField('colour')}`,
        'mine.json: customTopics (topic 1): tsmc: aliases[0]: alias "Nvidia" is also claimed by topic nvidia (data/topics/nvidia.json)',
      ],
    });
  });

  it('refuses a file that is not a settings file', () => {
    expect(readBackup('topics.json', [{ id: 'x' }], context)).toEqual({
      ok: false,
      problems: [`topics.json: ${BACKUP_MESSAGES.notBackup}`],
    });
  });

  it('previews what would change', () => {
    const before = { settings: { ...DEFAULT_SETTINGS }, customTopics: [] };
    expect(backupChanges(before, { settings: mine, customTopics: tsmc })).toEqual([
      { key: 'pausedSites', before: 'none', after: 'example.com' },
      { key: 'theme', before: 'auto', after: 'dark' },
      { key: 'hoverDelayMs', before: String(DEFAULT_SETTINGS.hoverDelayMs), after: '600' },
      { key: 'customTopics', before: 'none', after: 'TSMC (1)' },
    ]);
    expect(backupChanges(before, before)).toEqual([]);
  });
});
