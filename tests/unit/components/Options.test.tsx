// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options, type OptionsTopic } from '../../../components/Options.tsx';
import { OptionsApp } from '../../../entrypoints/options/App.tsx';
import {
  applySettingsChange,
  DEFAULT_SETTINGS,
  SETTINGS_NOTICES,
  type Settings,
  withNotRelevant,
  withSitePaused,
} from '../../../lib/settings/settings.ts';
import { loadSettings, startSettingsWriter, writeSettingsChange } from '../../../platform/settings.ts';
import type { SaveState } from '../../../platform/use-settings.ts';

afterEach(cleanup);

const topics: OptionsTopic[] = [
  { id: 'deepseek', name: 'DeepSeek', summary: 'A Hangzhou-based AI lab.', claimCount: 10 },
  { id: 'nvidia', name: 'Nvidia', summary: 'The US chip designer.', claimCount: 1 },
];

function Harness({
  initial = DEFAULT_SETTINGS,
  notice,
  saveState = { status: 'idle' },
  onDismissNotice = () => {},
}: {
  initial?: Settings;
  notice?: string;
  saveState?: SaveState;
  onDismissNotice?: () => void;
}) {
  const [settings, setSettings] = useState<Settings>(initial);
  return (
    <>
      <Options
        topics={topics}
        settings={settings}
        notice={notice}
        saveState={saveState}
        theme="light"
        onUpdate={(change) => setSettings((current) => applySettingsChange(current, change))}
        onDismissNotice={onDismissNotice}
      />
      <pre data-testid="settings">{JSON.stringify(settings)}</pre>
    </>
  );
}

const current = (): Settings => JSON.parse(screen.getByTestId('settings').textContent ?? '{}');

describe('Options', () => {
  it('switches topics on and off, each with its name, summary and claim count', () => {
    render(<Harness />);
    const deepseek = screen.getByRole('checkbox', { name: 'DeepSeek' });
    expect((deepseek as HTMLInputElement).checked).toBe(true);
    expect(deepseek.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(deepseek.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'A Hangzhou-based AI lab.',
    );
    expect(screen.getByText('10 claims')).toBeTruthy();
    expect(screen.getByText('1 claim')).toBeTruthy();

    fireEvent.click(deepseek);
    expect(current().enabledTopics).toEqual({ deepseek: false });
    expect((screen.getByRole('checkbox', { name: 'DeepSeek' }) as HTMLInputElement).checked).toBe(false);
  });

  it('adds a paused site from a typed address or a pasted URL', () => {
    render(<Harness />);
    const field = screen.getByRole('textbox', { name: 'Site to pause' });
    fireEvent.change(field, { target: { value: 'https://www.Example.com/world/story' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pause site' }));
    expect(current().pausedSites).toEqual(['example.com']);
    expect((field as HTMLInputElement).value).toBe('');
    expect(screen.getByText('example.com')).toBeTruthy();
  });

  it.each([
    ['', /Type a site’s address/],
    ['not a site', /not a site address/],
    ['intranet', /needs a dot/],
  ])('refuses %j with a clear message tied to the field', (input, message) => {
    render(<Harness />);
    const field = screen.getByRole('textbox', { name: 'Site to pause' });
    fireEvent.change(field, { target: { value: input } });
    fireEvent.submit(field.closest('form') as HTMLFormElement);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(alert.id);
    expect(current().pausedSites).toEqual([]);
  });

  it('says when a site is already paused', () => {
    render(<Harness initial={withSitePaused(DEFAULT_SETTINGS, 'example.com')} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Site to pause' }), {
      target: { value: 'www.example.com' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pause site' }));
    expect(screen.getByRole('alert').textContent).toBe('example.com is already paused.');
  });

  it('removes a paused site', () => {
    render(<Harness initial={withSitePaused(withSitePaused(DEFAULT_SETTINGS, 'a.com'), 'b.com')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Resume Caveat on a.com' }));
    expect(current().pausedSites).toEqual(['b.com']);
  });

  it('lists "Not relevant here" choices by topic name, with Undo', () => {
    render(<Harness initial={withNotRelevant(DEFAULT_SETTINGS, 'ft.com', 'nvidia')} />);
    const section = screen.getByRole('region', { name: 'Not relevant here' });
    expect(within(section).getByText('Nvidia on ft.com')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: /Undo/ }));
    expect(current().notRelevant).toEqual([]);
    expect(within(section).getByText('None yet.')).toBeTruthy();
  });

  it('sets the theme, the highlight style and first-mention-only', () => {
    render(<Harness />);
    expect((screen.getByRole('radio', { name: 'Match the system' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Tinted background' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /first mention/ }));
    expect(current()).toMatchObject({ theme: 'dark', highlightStyle: 'background', firstMentionOnly: true });
    expect(screen.getByRole('group', { name: 'Theme' })).toBeTruthy();
  });

  it('sets the hover delay within its bounds and shows the value', () => {
    render(<Harness />);
    const slider = screen.getByRole('slider', { name: /Hover delay/ });
    expect(slider.getAttribute('min')).toBe('150');
    expect(slider.getAttribute('max')).toBe('1500');
    expect(screen.getByText('350 ms')).toBeTruthy();
    fireEvent.change(slider, { target: { value: '800' } });
    expect(current().hoverDelayMs).toBe(800);
    expect(screen.getByText('800 ms')).toBeTruthy();
    expect(slider.getAttribute('aria-valuetext')).toBe('800 ms');
  });

  it('shows a notice banner when settings were reset, until dismissed', () => {
    const onDismissNotice = vi.fn();
    render(<Harness notice={SETTINGS_NOTICES.corrupt} onDismissNotice={onDismissNotice} />);
    expect(screen.getByRole('alert').textContent).toContain(SETTINGS_NOTICES.corrupt);
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(onDismissNotice).toHaveBeenCalledTimes(1);
  });

  it('reports saving quietly in a polite live region', () => {
    const { rerender } = render(<Harness />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    rerender(<Harness saveState={{ status: 'saved' }} />);
    expect(screen.getByRole('status').textContent).toContain('Saved');
    rerender(<Harness saveState={{ status: 'error', reason: 'quota exceeded' }} />);
    expect(screen.getByRole('status').textContent).toBe('Couldn’t save: quota exceeded');
  });
});

describe('OptionsApp, wired to storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startSettingsWriter();
  });

  it('saves each change to storage at once and says "Saved"', async () => {
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Nvidia' }));
    await waitFor(async () =>
      expect((await loadSettings()).settings.enabledTopics).toEqual({ nvidia: false }),
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Saved'));

    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(async () => expect((await loadSettings()).settings.theme).toBe('dark'));
    expect(screen.getByRole('main').getAttribute('data-theme')).toBe('dark');
  });

  it('reflects changes made elsewhere while open', async () => {
    render(<OptionsApp />);
    await screen.findByRole('checkbox', { name: 'Nvidia' });
    await writeSettingsChange({ type: 'site-paused', host: 'elsewhere.org' });
    expect(await screen.findByText('elsewhere.org')).toBeTruthy();
  });

  it('shows the reset notice for a corrupt stored value, and stores the defaults once dismissed', async () => {
    await fakeBrowser.storage.local.set({ settings: '{not json' });
    render(<OptionsApp />);
    expect((await screen.findByRole('alert')).textContent).toContain(SETTINGS_NOTICES.corrupt);
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(async () => expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('uses settings saved by a newer version read-only: the notice stays, nothing is written', async () => {
    const newer = { version: 2, theme: 'dark', pausedSites: ['paused.example'], futureField: [1] };
    await fakeBrowser.storage.local.set({ settings: newer });
    render(<OptionsApp />);
    expect((await screen.findByRole('alert')).textContent).toContain(SETTINGS_NOTICES.newerVersion);
    expect(screen.queryByRole('button', { name: 'OK' })).toBeNull();
    expect(screen.getByText('paused.example')).toBeTruthy();
    const nvidia = screen.getByRole('checkbox', { name: 'Nvidia' });
    // A disabled fieldset disables every control in it (happy-dom does not derive :disabled from it;
    // the end-to-end test checks the controls themselves in Chromium).
    for (const control of [nvidia, screen.getByRole('button', { name: 'Pause site' })]) {
      expect((control.closest('fieldset.caveat-options__sections') as HTMLFieldSetElement).disabled).toBe(
        true,
      );
    }
    fireEvent.click(nvidia);
    fireEvent.click(screen.getByRole('radio', { name: 'Light' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(newer);
    expect(screen.getByRole('alert').textContent).toContain(SETTINGS_NOTICES.newerVersion);
  });

  it('sets the staleness threshold from the offered choices', async () => {
    render(<OptionsApp />);
    const select = await screen.findByRole('combobox', { name: /out of date/ });
    expect((select as HTMLSelectElement).value).toBe('6');
    fireEvent.change(select, { target: { value: '12' } });
    await waitFor(async () => expect((await loadSettings()).settings.staleAfterMonths).toBe(12));
  });
});
