// @vitest-environment happy-dom
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options, type OptionsTopic } from '../../../components/Options.tsx';
import { BUILT_IN_TOPIC_FILES } from '../../../data/kb.ts';
import type { Topic } from '../../../data/schema.ts';
import { toClaimReviewDocument } from '../../../lib/claimreview/claimreview.ts';
import { checkCustomTopicFiles, latestReview } from '../../../lib/kb/custom-topics.ts';
import { localIsoDate } from '../../../lib/kb/kb-validate.ts';
import { applySettingsChange, DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings.ts';
import { BACKUP_VERSION, type Backup, exportBackup } from '../../../lib/settings/settings-backup.ts';

afterEach(cleanup);

const TODAY = '2026-12-01';
const TSMC_FILE = 'tests/fixtures/custom-topics/tsmc.json';
const INVALID_FILE = 'tests/fixtures/custom-topics/invalid-topics.json';
const tsmc = checkCustomTopicFiles(
  [{ file: 'tsmc.json', json: JSON.parse(readFileSync(TSMC_FILE, 'utf8')) }],
  {
    builtIn: BUILT_IN_TOPIC_FILES,
    today: TODAY,
  },
).topics;

/** The options page with its stores kept in React state, as the extension keeps them in storage. */
function Page({
  initialCustom = [] as readonly Topic[],
  initialSettings = DEFAULT_SETTINGS as Settings,
  onDownload = (_name: string, _text: string) => {},
  today = TODAY,
}) {
  const [custom, setCustom] = useState<readonly Topic[]>(initialCustom);
  const [settings, setSettings] = useState<Settings>(initialSettings);
  const topics: OptionsTopic[] = custom.map((topic) => ({
    id: topic.id,
    name: topic.name,
    summary: topic.summary,
    claimCount: topic.claims.length,
    custom: true,
    latestReview: latestReview(topic),
  }));
  return (
    <>
      <Options
        topics={topics}
        settings={settings}
        saveState={{ status: 'idle' }}
        theme="light"
        onUpdate={(change) => setSettings((current) => applySettingsChange(current, change))}
        onDismissNotice={() => {}}
        library={{
          custom,
          builtInFiles: BUILT_IN_TOPIC_FILES,
          today,
          onSaveCustomTopics: async (next) => setCustom(next),
          onApplyBackup: async (backup: Backup) => {
            setCustom(backup.customTopics);
            setSettings(backup.settings);
          },
          onDownload,
        }}
      />
      <pre data-testid="custom">{JSON.stringify(custom.map((topic) => topic.id))}</pre>
      <pre data-testid="settings">{JSON.stringify(settings)}</pre>
    </>
  );
}

const customIds = (): string[] => JSON.parse(screen.getByTestId('custom').textContent ?? '[]');
const currentSettings = (): Settings => JSON.parse(screen.getByTestId('settings').textContent ?? '{}');

function pick(label: string | RegExp, name: string, text: string) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('custom topic import', () => {
  it('lists every problem of a bad file in the words of `kb validate`, and saves nothing', {
    timeout: 30_000,
  }, async () => {
    // The CLI checks review dates against the machine's date, so the page does too here.
    render(<Page today={localIsoDate(new Date())} />);
    pick('Topics file (.json)', 'invalid-topics.json', readFileSync(INVALID_FILE, 'utf8'));
    const alert = await screen.findByRole('alert');
    const shown = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    // The real command, as a reader runs it (`npm run --silent kb -- validate my-topics.json`).
    const cli = spawnSync('node_modules/.bin/tsx', ['scripts/kb.ts', 'validate', INVALID_FILE], {
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    const printed = cli.stdout.trim().split('\n');
    // The CLI names the file by its path, the page by its name; every message is the same.
    expect(shown).toEqual(printed.map((line) => line.replace('tests/fixtures/custom-topics/', '')));
    expect(shown.length).toBeGreaterThanOrEqual(6);
    expect(within(alert).getByText(/invalid-topics\.json has \d+ problems; nothing was saved/)).toBeTruthy();
    expect(customIds()).toEqual([]);
  });

  it('imports a valid file and lists the topic as custom, with its claim count and latest review', async () => {
    render(<Page />);
    pick('Topics file (.json)', 'tsmc.json', readFileSync(TSMC_FILE, 'utf8'));
    await screen.findByText('Imported TSMC.');
    expect(customIds()).toEqual(['tsmc']);
    expect(screen.getByText('Custom')).toBeTruthy();
    expect(screen.getByText('1 claim, latest review 2026-12-01')).toBeTruthy();
  });

  it('refuses a topic that collides with a custom topic already kept', async () => {
    render(<Page initialCustom={tsmc} />);
    pick('Topics file (.json)', 'tsmc.json', readFileSync(TSMC_FILE, 'utf8'));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('tsmc.json: tsmc: id: duplicate topic id; also used in your custom topics'),
    ).toBeTruthy();
    expect(customIds()).toEqual(['tsmc']);
  });

  it('names a file that is not JSON', async () => {
    render(<Page />);
    pick('Topics file (.json)', 'notes.json', '{ nope');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/^notes\.json: -: -: is not valid JSON/)).toBeTruthy();
  });

  it('deletes a custom topic, and undo brings it back', async () => {
    render(<Page initialCustom={tsmc} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete the custom topic TSMC' }));
    await waitFor(() => expect(customIds()).toEqual([]));
    fireEvent.click(screen.getByRole('button', { name: 'Undo: bring back TSMC' }));
    await waitFor(() => expect(customIds()).toEqual(['tsmc']));
  });

  it('exports the custom topics to a file that imports again unchanged', async () => {
    const onDownload = vi.fn();
    render(<Page initialCustom={tsmc} onDownload={onDownload} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export custom topics' }));
    const [name, text] = onDownload.mock.calls[0] as [string, string];
    expect(name).toBe('caveat-custom-topics.json');
    const again = checkCustomTopicFiles([{ file: name, json: JSON.parse(text) }], {
      builtIn: BUILT_IN_TOPIC_FILES,
      today: TODAY,
    });
    expect(again.topics).toEqual(tsmc);
  });
});

describe('ClaimReview import', () => {
  const reviews = () => {
    const doc = JSON.parse(
      JSON.stringify(toClaimReviewDocument(tsmc, { baseUrl: 'https://checks.example/tsmc' })),
    );
    doc['@graph'].push({
      '@type': 'ClaimReview',
      claimReviewed: 'TSMC builds fabs on the Moon.',
      reviewRating: { '@type': 'Rating', alternateName: 'Four Pinocchios' },
      author: { '@type': 'Organization', name: 'Example Checks' },
      datePublished: '2026-11-02',
    });
    doc['@graph'].push({ '@type': 'ClaimReview', reviewRating: { alternateName: 'False' } });
    return JSON.stringify(doc);
  };

  it('shows the rating mapping, lists what cannot be mapped, and imports the rest', async () => {
    render(<Page />);
    pick('ClaimReview file (.json)', 'checks.json', reviews());
    await screen.findByText('2 fact-checks can be imported.');
    const leftOut = screen.getByRole('list', { name: 'Left out' });
    expect(within(leftOut).getByText('item 3: has no claimReviewed text')).toBeTruthy();

    const needs = screen.getByRole('combobox', {
      name: /Verdict for the rating “Needs context”/,
    }) as HTMLSelectElement;
    expect(needs.value).toBe('needs-context');
    const unknown = screen.getByRole('combobox', {
      name: /Verdict for the rating “Four Pinocchios”/,
    }) as HTMLSelectElement;
    expect(unknown.value).toBe('');
    expect(screen.getByRole('button', { name: 'Import 1 claim' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Import 1 claim' }));
    expect(screen.getByRole('alert').textContent).toBe('Name the topic.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Topic name' }), {
      target: { value: 'Foundry checks' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Words that mark it/ }), {
      target: { value: 'TSMC, foundry' },
    });
    fireEvent.change(needs, { target: { value: 'disputed' } });
    fireEvent.change(unknown, { target: { value: 'skip' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 claim' }));
    await screen.findByText('Imported Foundry checks.');
    expect(customIds()).toEqual(['foundry-checks']);
  });

  it('refuses aliases another topic owns, and saves nothing', async () => {
    render(<Page />);
    pick('ClaimReview file (.json)', 'checks.json', reviews());
    await screen.findByText('2 fact-checks can be imported.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Topic name' }), { target: { value: 'Chips' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Words that mark it/ }), {
      target: { value: 'Nvidia' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 claim' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/alias "Nvidia" is also claimed by topic nvidia/)).toBeTruthy();
    expect(customIds()).toEqual([]);
  });
});

describe('settings file', () => {
  const mine: Settings = { ...DEFAULT_SETTINGS, theme: 'dark', pausedSites: ['example.com'] };

  it('previews what an import changes and applies it only when asked', async () => {
    render(<Page />);
    pick(
      'Settings file to import (.json)',
      'caveat-settings.json',
      exportBackup({ settings: mine, customTopics: tsmc }),
    );
    const preview = await screen.findByRole('list', { name: 'Importing caveat-settings.json will change:' });
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Paused sites: none → example.com', 'Theme: auto → dark', 'Custom topics: none → TSMC (1)']);
    expect(currentSettings().theme).toBe('auto');
    fireEvent.click(screen.getByRole('button', { name: 'Apply these changes' }));
    await screen.findByText('Settings imported.');
    expect(currentSettings()).toEqual(mine);
    expect(customIds()).toEqual(['tsmc']);
  });

  it('refuses a newer file with a clear message, changing nothing', async () => {
    render(<Page />);
    const file = {
      ...JSON.parse(exportBackup({ settings: mine, customTopics: [] })),
      version: BACKUP_VERSION + 1,
    };
    pick('Settings file to import (.json)', 'new.json', JSON.stringify(file));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('new.json: was written by a newer version of Caveat');
    expect(screen.queryByRole('button', { name: 'Apply these changes' })).toBeNull();
    expect(currentSettings().theme).toBe('auto');
  });

  it('resets to the defaults only after a confirmation', async () => {
    render(<Page initialCustom={tsmc} initialSettings={mine} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    expect(screen.getByText('Reset every setting to its default and delete your custom topic?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(currentSettings()).toEqual(mine);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset everything' }));
    await screen.findByText('Settings reset to the defaults.');
    expect(currentSettings()).toEqual(DEFAULT_SETTINGS);
    expect(customIds()).toEqual([]);
  });
});
