// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup, type PopupProps } from '../../../components/Popup.tsx';
import { PopupApp } from '../../../entrypoints/popup/App.tsx';
import { createKbSearch } from '../../../lib/rank/search.ts';
import {
  applySettingsChange,
  DEFAULT_SETTINGS,
  type Settings,
  withNotRelevant,
  withSitePaused,
} from '../../../lib/settings/settings.ts';
import type { PageMentions, PageMentionsState } from '../../../platform/messages.ts';
import { loadSettings, startSettingsWriter } from '../../../platform/settings.ts';
import { costClaim, fixtureKb } from './fixtures.ts';

afterEach(cleanup);

const fixtureSearch = createKbSearch(fixtureKb);
const search: PopupProps['search'] = (query, top) => fixtureSearch.search(query, top);

const mentions: PageMentions = {
  host: 'news.example.com',
  active: true,
  topics: [
    { topicId: 'deepseek', name: 'DeepSeek', count: 3, samples: ['DeepSeek-R1', 'DeepSeek'] },
    { topicId: 'nvidia', name: 'Nvidia', count: 1, samples: ['Nvidia'] },
  ],
  repeated: [],
};

/** The popup with its settings held in state, as the real page holds them in storage. */
function Harness({
  initial = DEFAULT_SETTINGS,
  page = { status: 'ready', mentions },
  onRevealMention = () => {},
  onOpenOptions = () => {},
}: {
  initial?: Settings;
  page?: PageMentionsState;
  onRevealMention?: (topicId: string) => void;
  onOpenOptions?: () => void;
}) {
  const [settings, setSettings] = useState<Settings>(initial);
  return (
    <>
      <Popup
        kb={fixtureKb}
        search={search}
        settings={settings}
        page={page}
        theme="light"
        onUpdateSettings={(change) => setSettings((current) => applySettingsChange(current, change))}
        onRevealMention={onRevealMention}
        onOpenOptions={onOpenOptions}
      />
      <pre data-testid="settings">{JSON.stringify(settings)}</pre>
    </>
  );
}

const storedSettings = (): Settings => JSON.parse(screen.getByTestId('settings').textContent ?? '{}');

describe('Popup search', () => {
  it('focuses the search box when it opens', () => {
    render(<Harness />);
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search claims' }));
  });

  it('finds a claim despite typos and shows it with the card’s claim view', () => {
    render(<Harness />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'deepsek trainng cost' } });
    const results = screen.getByRole('list', { name: 'Results' });
    // Which result ranks first is the search's business; here it is enough that the claim is listed.
    const hit = within(results)
      .getAllByRole('button')
      .find((b) => b.textContent?.includes(costClaim.statement));
    expect(hit?.textContent).toContain('Needs context');

    fireEvent.click(hit as HTMLElement);
    const toggle = screen.getByRole('button', { name: /trained V3/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(costClaim.explanation)).toBeTruthy();
    expect(screen.getByRole('link', { name: /DeepSeek-V3 Technical Report/ }).getAttribute('rel')).toBe(
      'noopener noreferrer',
    );
    expect(document.activeElement?.textContent).toContain('Back to results');

    fireEvent.click(screen.getByRole('button', { name: /Back to results/ }));
    expect(screen.queryByText(costClaim.explanation)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
  });

  it('opens the best result with Enter', () => {
    render(<Harness />);
    const box = screen.getByRole('searchbox');
    fireEvent.change(box, { target: { value: 'open weights MIT' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.getByRole('button', { name: /open weights/ }).getAttribute('aria-expanded')).toBe('true');
  });

  it('moves through the results with the arrow keys', () => {
    render(<Harness />);
    const box = screen.getByRole('searchbox');
    fireEvent.change(box, { target: { value: 'DeepSeek' } });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement?.className).toBe('caveat-result');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(box);
  });

  it('shows a topic hit with its summary and claims', () => {
    render(<Harness />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'Nvidia' } });
    const topicHit = screen.getAllByRole('button').find((b) => b.textContent?.startsWith('Topic'));
    expect(topicHit).toBeDefined();
    fireEvent.click(topicHit as HTMLElement);
    expect(screen.getByRole('heading', { name: 'Nvidia' })).toBeTruthy();
    expect(screen.getByText(/US chip designer/)).toBeTruthy();
  });

  it('says so when nothing matches, and announces the count', () => {
    render(<Harness />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zzqx' } });
    expect(screen.getByText('Nothing found for “zzqx”.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('0 results');
  });
});

describe('Popup: on this page', () => {
  it('lists the topics the page mentions with counts, and reveals one on click', () => {
    const onRevealMention = vi.fn();
    render(<Harness onRevealMention={onRevealMention} />);
    const section = screen.getByRole('region', { name: 'On this page' });
    expect(within(section).getByRole('button', { name: /DeepSeek\s*3 mentions/ })).toBeTruthy();
    expect(within(section).getByRole('button', { name: /Nvidia\s*1 mention$/ })).toBeTruthy();
    expect(within(section).getByText('“DeepSeek-R1”, “DeepSeek”')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: /DeepSeek/ }));
    expect(onRevealMention).toHaveBeenCalledWith('deepseek');
  });

  it('says plainly when Caveat cannot run on the page, with no pause button', () => {
    render(<Harness page={{ status: 'unavailable' }} />);
    const section = screen.getByRole('region', { name: 'On this page' });
    expect(section.textContent).toMatch(/can’t run on this page/);
    expect(section.textContent).not.toMatch(/error/i);
    expect(within(section).queryByRole('button', { name: /Pause/ })).toBeNull();
  });

  it('says when it is still looking', () => {
    render(<Harness page={{ status: 'loading' }} />);
    expect(screen.getByText('Looking at this page…')).toBeTruthy();
  });

  it('lists the rated claims the page repeats, the most doubtful first, with verdicts in words', () => {
    const page = {
      status: 'ready' as const,
      mentions: {
        ...mentions,
        repeated: [
          { topicId: 'deepseek', claimId: costClaim.id, verdict: costClaim.verdict, count: 2 },
          { topicId: 'deepseek', claimId: 'fourth-claim', verdict: 'misleading' as const, count: 1 },
          { topicId: 'deepseek', claimId: 'unknown-claim', verdict: 'supported' as const, count: 1 },
        ],
      },
    };
    render(<Harness page={page} />);
    const list = screen.getByRole('list', { name: 'Rated claims this page repeats' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'Verdict: MisleadingA fourth claim that the card does not show.1 mention',
      `Verdict: Needs context${costClaim.statement}2 mentions`,
    ]);
  });

  it('lists no repeated claims when the page repeats none', () => {
    render(<Harness />);
    expect(screen.queryByRole('list', { name: 'Rated claims this page repeats' })).toBeNull();
  });

  it('says when the page mentions nothing', () => {
    render(
      <Harness
        page={{ status: 'ready', mentions: { host: 'a.com', active: true, topics: [], repeated: [] } }}
      />,
    );
    expect(screen.getByText(/Nothing on this page mentions/)).toBeTruthy();
  });

  it('pauses and resumes the site with one click each', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Pause on this site' }));
    expect(storedSettings().pausedSites).toEqual(['news.example.com']);
    expect(screen.getByText('Caveat is paused on news.example.com.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /DeepSeek\s*3 mentions/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Resume on this site' }));
    expect(storedSettings().pausedSites).toEqual([]);
    expect(screen.getByRole('button', { name: 'Pause on this site' })).toBeTruthy();
  });

  it('shows a site paused through its parent domain as paused, and resumes it', () => {
    render(<Harness initial={withSitePaused(DEFAULT_SETTINGS, 'example.com')} />);
    expect(screen.getByText('Caveat is paused on news.example.com.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume on this site' }));
    expect(storedSettings().pausedSites).toEqual([]);
  });

  it('lists this site’s "Not relevant here" choices with Undo', () => {
    const initial = withNotRelevant(
      withNotRelevant(DEFAULT_SETTINGS, 'news.example.com', 'nvidia'),
      'b.org',
      'deepseek',
    );
    render(<Harness initial={initial} />);
    expect(screen.getByText('Nvidia: not highlighted on news.example.com')).toBeTruthy();
    expect(within(screen.getByRole('main')).queryByText(/b\.org/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Undo: highlight Nvidia on news.example.com again/ }));
    expect(storedSettings().notRelevant).toEqual([{ site: 'b.org', topicId: 'deepseek' }]);
    expect(within(screen.getByRole('main')).queryByText(/not highlighted on/)).toBeNull();
  });

  it('opens the options page', () => {
    const onOpenOptions = vi.fn();
    render(<Harness onOpenOptions={onOpenOptions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
  });

  it('renders in the theme it is given', () => {
    const { container } = render(
      <Popup
        kb={fixtureKb}
        search={search}
        settings={DEFAULT_SETTINGS}
        page={{ status: 'loading' }}
        theme="dark"
        onUpdateSettings={() => {}}
        onRevealMention={() => {}}
        onOpenOptions={() => {}}
      />,
    );
    expect(container.querySelector('main')?.getAttribute('data-theme')).toBe('dark');
  });
});

describe('PopupApp, wired to the browser', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startSettingsWriter();
    // The fake browser has no focused window to query, so the active tab is given here.
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
  });

  it('asks the active tab for its mentions and pauses the site in storage', async () => {
    const sendMessage = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue({ ok: true, value: mentions } as never);
    render(<PopupApp />);
    await screen.findByRole('button', { name: /DeepSeek\s*3 mentions/ });
    expect(sendMessage).toHaveBeenCalledWith(7, {
      type: 'caveat:get-page-mentions',
      payload: undefined,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Pause on this site' }));
    await waitFor(async () =>
      expect((await loadSettings()).settings.pausedSites).toEqual(['news.example.com']),
    );
    expect(await screen.findByRole('button', { name: 'Resume on this site' })).toBeTruthy();
  });

  it('says when the settings belong to a newer version, and offers no control that writes', async () => {
    const newer = {
      version: 3,
      pausedSites: [],
      notRelevant: [{ site: 'news.example.com', topicId: 'nvidia' }],
    };
    await fakeBrowser.storage.local.set({ settings: newer });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: mentions } as never);
    render(<PopupApp />);
    expect((await screen.findByRole('alert')).textContent).toContain('newer version of Caveat');
    const pause = await screen.findByRole('button', { name: 'Pause on this site' });
    expect(pause.matches(':disabled')).toBe(true);
    expect(screen.getByRole('button', { name: /Undo: highlight Nvidia/ }).matches(':disabled')).toBe(true);
    fireEvent.click(pause);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(newer);
  });

  it('shows the plain "cannot run here" state when the tab does not answer', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.') as never,
    );
    render(<PopupApp />);
    expect(await screen.findByText(/can’t run on this page/)).toBeTruthy();
    expect(screen.queryByText(/Receiving end/)).toBeNull();
  });

  it('reveals a mention in the active tab and closes the popup', async () => {
    const sendMessage = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockImplementation((async (_tabId: number, message: { type: string }) =>
        message.type === 'caveat:get-page-mentions'
          ? { ok: true, value: mentions }
          : { ok: true, value: true }) as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: /Nvidia\s*1 mention/ }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(sendMessage).toHaveBeenCalledWith(7, {
      type: 'caveat:reveal-mention',
      payload: { topicId: 'nvidia' },
    });
    await act(async () => {});
  });
});
