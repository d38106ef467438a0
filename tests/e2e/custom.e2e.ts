/**
 * The reader's own topics, fact-checks and settings file on the options page, the search page a
 * selection opens, and their accessibility, in the built extension in Chromium.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceBeyondControls, type Harness, startHarness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const FIXTURES = path.resolve('tests/fixtures/custom-topics');

async function stored(): Promise<Record<string, unknown>> {
  return harness.worker.evaluate(() => chrome.storage.local.get(null));
}

async function openOptions(): Promise<Page> {
  const page = await harness.openPage(harness.extensionUrl('options.html'));
  await page.getByRole('heading', { name: 'Caveat settings' }).waitFor();
  return page;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

describe('custom topics on the options page', () => {
  it('shows each problem of an invalid topics file and saves nothing', async () => {
    const before = await stored();
    const options = await openOptions();
    await options.getByLabel('Topics file (.json)').setInputFiles(path.join(FIXTURES, 'invalid-topics.json'));
    const alert = options.getByRole('alert');
    await alert.waitFor();
    const items = await alert.getByRole('listitem').allTextContents();
    expect(items).toContain(
      'invalid-topics.json (topic 1): tsmc: aliases[1]: alias "Nvidia" is also claimed by topic nvidia (data/topics/nvidia.json)',
    );
    expect(items).toContain(
      'invalid-topics.json (topic 2): deepseek: id: duplicate topic id; also used in data/topics/deepseek.json',
    );
    expect(items).toContain(
      'invalid-topics.json (topic 1): tsmc-arizona-chips-award: sources[0].url: must be an https:// URL',
    );
    expect(items).toHaveLength(8);
    await alert.scrollIntoViewIfNeeded();
    await harness.screenshot(options, 'custom-import-errors');
    expect(await stored()).toEqual(before);
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  it('lists an imported topic as custom, exports it, and deletes it with undo', async () => {
    const options = await openOptions();
    await options.getByLabel('Topics file (.json)').setInputFiles(path.join(FIXTURES, 'tsmc.json'));
    await options.getByText('Imported TSMC.').waitFor();
    await options.getByText('1 claim, latest review 2026-12-01').waitFor();
    expect((await stored()).customTopics).toMatchObject({ version: 1, topics: [{ id: 'tsmc' }] });

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export custom topics' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported).toEqual(((await stored()).customTopics as { topics: unknown[] }).topics);

    await options.getByRole('button', { name: 'Delete the custom topic TSMC' }).click();
    await expect.poll(async () => (await stored()).customTopics).toMatchObject({ topics: [] });
    await options.getByRole('button', { name: 'Undo: bring back TSMC' }).click();
    await expect.poll(async () => (await stored()).customTopics).toMatchObject({ topics: [{ id: 'tsmc' }] });
    await options.getByRole('button', { name: 'Delete the custom topic TSMC' }).click();
    await expect.poll(async () => (await stored()).customTopics).toMatchObject({ topics: [] });
    await options.close();
  });
});

describe('the settings file', () => {
  it('export → reset → import restores every setting and custom topic', async () => {
    const options = await openOptions();
    await options.getByLabel('Topics file (.json)').setInputFiles(path.join(FIXTURES, 'tsmc.json'));
    await options.getByText('Imported TSMC.').waitFor();
    await options.getByRole('radio', { name: 'Dark' }).check();
    await options.getByRole('textbox', { name: 'Site to pause' }).fill('example.com');
    await options.getByRole('button', { name: 'Pause site' }).click();
    await options.getByRole('checkbox', { name: /Nvidia/ }).uncheck();
    await expect.poll(async () => (await stored()).settings).toMatchObject({ pausedSites: ['example.com'] });
    const before = await stored();

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export settings' }).click();
    const file = await (await download).path();

    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('button', { name: 'Reset everything' }).click();
    await options.getByText('Settings reset to the defaults.').waitFor();
    await expect
      .poll(async () => (await stored()).settings)
      .toMatchObject({ pausedSites: [], theme: 'auto' });
    expect((await stored()).customTopics).toMatchObject({ topics: [] });

    await options.getByLabel('Settings file to import (.json)').setInputFiles({
      name: 'caveat-settings.json',
      mimeType: 'application/json',
      buffer: await readFile(file),
    });
    const preview = options.getByRole('list', { name: 'Importing caveat-settings.json will change:' });
    await preview.waitFor();
    expect(await preview.getByRole('listitem').allTextContents()).toEqual([
      'Topics turned off or on: none → nvidia off',
      'Paused sites: none → example.com',
      'Theme: auto → dark',
      'Custom topics: none → TSMC (1)',
    ]);
    await harness.screenshot(options, 'settings-import-preview');
    await options.getByRole('button', { name: 'Apply these changes' }).click();
    await options.getByText('Settings imported.').waitFor();
    await expect.poll(stored).toEqual(before);

    // Leave the browser as the other tests expect it.
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('button', { name: 'Reset everything' }).click();
    await options.getByText('Settings reset to the defaults.').waitFor();
    await options.close();
  });

  it('refuses a file from a newer version with a clear message and changes nothing', async () => {
    const before = await stored();
    const options = await openOptions();
    await options.getByLabel('Settings file to import (.json)').setInputFiles({
      name: 'newer.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ kind: 'caveat-settings', version: 99, settings: {} })),
    });
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'newer.json: was written by a newer version of Caveat (file version 99',
    );
    expect(await stored()).toEqual(before);
    await options.close();
  });
});

describe('look up a selection', () => {
  it('has its context-menu item, and the search page finds the selected words', async () => {
    // The menu item exists: updating an item that was never created fails.
    const updated = await harness.worker.evaluate(() =>
      chrome.contextMenus.update('caveat-look-up', {}).then(
        () => 'ok',
        (error: Error) => error.message,
      ),
    );
    expect(updated).toBe('ok');

    const article = await harness.openPage('/fixtures/split-links.html');
    const selected = await article.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => /export/i.test(p.textContent ?? ''));
      if (!paragraph) return '';
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return (selection?.toString() ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    });
    expect(selected).toMatch(/export/i);
    // The address the menu item opens (platform/context-menu.ts `searchPageUrl`).
    const search = await harness.openPage(
      harness.extensionUrl(`search.html?q=${encodeURIComponent(selected)}`),
    );
    expect(await search.getByRole('searchbox').inputValue()).toBe(selected);
    const results = search.getByRole('list', { name: /results/i });
    await results.waitFor();
    expect(await results.textContent()).toMatch(/export controls/i);
    await harness.screenshot(search, 'search-page');
    expect(await seriousViolations(search)).toEqual([]);
    await search.close();
    await article.close();
  });
});

describe('accessibility of the options page', () => {
  it('has no serious or critical axe violation with a ClaimReview mapping open', async () => {
    const options = await openOptions();
    const doc = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'ClaimReview',
          claimReviewed: 'TSMC got CHIPS Act money for Arizona.',
          reviewRating: { '@type': 'Rating', alternateName: 'Mostly True' },
          author: { '@type': 'Organization', name: 'Caveat' },
          datePublished: '2026-12-01',
        },
      ],
    };
    await options.getByLabel('ClaimReview file (.json)').setInputFiles({
      name: 'reviews.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(doc)),
    });
    await options.getByText('1 fact-check can be imported.').waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });
});

describe('privacy and stability', () => {
  it('sends no request beyond 127.0.0.1 and raises no page errors while topics are imported and searched', async () => {
    const evidence = harness.record();
    const options = await openOptions();
    await options.getByLabel('Topics file (.json)').setInputFiles(path.join(FIXTURES, 'tsmc.json'));
    await options.getByText('Imported TSMC.').waitFor();
    const search = await harness.openPage(harness.extensionUrl('search.html?q=TSMC%20Arizona'));
    await search.getByRole('list', { name: /results/i }).waitFor();
    await options.getByRole('button', { name: 'Delete the custom topic TSMC' }).click();
    await expect.poll(async () => (await stored()).customTopics).toMatchObject({ topics: [] });
    await search.close();
    const article = await harness.openPage('/fixtures/split-links.html');
    expect(await evidenceBeyondControls(evidence, article)).toEqual({ outsideRequests: [], pageErrors: [] });
    await article.close();
    await options.close();
  });
});
