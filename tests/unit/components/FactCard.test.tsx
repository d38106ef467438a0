// @vitest-environment happy-dom

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FactCard } from '../../../components/FactCard.tsx';
import { VERDICTS } from '../../../data/schema.ts';
import { chipsClaim, costClaim, deepseekTopic, misleadingClaim, openWeightsClaim } from './fixtures.ts';

afterEach(cleanup);

const claims = [costClaim, openWeightsClaim, chipsClaim, misleadingClaim];

describe('FactCard', () => {
  it('says no claim matches the sentence closely, and opens none of the key claims, when the fit is none', () => {
    render(<FactCard topic={deepseekTopic} claims={claims} fit="none" />);
    expect(screen.getByRole('note').textContent).toBe(
      'No claim matches this sentence closely. Key claims about this topic:',
    );
    const toggles = screen.getAllByRole('button', { name: /trained V3|open weights|chips/ });
    expect(toggles).toHaveLength(3);
    for (const toggle of toggles) expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('leads with the claim the sentence repeats and says so, in words, with its verdict', () => {
    render(<FactCard topic={deepseekTopic} claims={claims} fit="close" repeats={misleadingClaim.id} />);
    expect(screen.getByRole('note').textContent).toBe('This sentence repeats a claim rated Misleading:');
    // The note stays above the lead claim, whose statement is the first heading after it.
    const lead = screen.getAllByRole('heading', { level: 3 })[0];
    expect(lead?.textContent).toContain(misleadingClaim.statement);
    const note = screen.getByRole('note');
    expect(note.compareDocumentPosition(lead as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says nothing of repeating when the fit is none, or the claim is not on the card', () => {
    const { unmount } = render(
      <FactCard topic={deepseekTopic} claims={claims} fit="none" repeats={costClaim.id} />,
    );
    expect(screen.queryByText(/This sentence repeats/)).toBeNull();
    unmount();
    render(<FactCard topic={deepseekTopic} claims={claims} fit="close" repeats="no-such-claim" />);
    expect(screen.queryByText(/This sentence repeats/)).toBeNull();
  });

  it('shows no such note for a close fit', () => {
    render(<FactCard topic={deepseekTopic} claims={claims} fit="close" />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows the topic name and summary', () => {
    render(<FactCard topic={deepseekTopic} claims={claims} />);
    expect(screen.getByRole('heading', { level: 2, name: 'DeepSeek' })).toBeTruthy();
    expect(screen.getByText(deepseekTopic.summary)).toBeTruthy();
  });

  it('shows at most three claims, each with its verdict in words', () => {
    render(<FactCard topic={deepseekTopic} claims={claims} />);
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings).toHaveLength(3);
    expect(headings[0]?.textContent).toContain('Needs context');
    expect(headings[1]?.textContent).toContain('Supported');
    expect(headings[2]?.textContent).toContain('Unverified');
    expect(screen.queryByText(misleadingClaim.statement)).toBeNull();
    // The note of claims left out comes with "More".
    expect(screen.queryByText(/1 more claim/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    expect(screen.getByText(/1 more claim/)).toBeTruthy();
  });

  it('opens compact: the lead claim behind "More", the others closed, each toggled by its own button', () => {
    render(<FactCard topic={deepseekTopic} claims={claims} />);
    const more = screen.getByRole('button', { name: 'More' });
    const second = screen.getByRole('button', { name: /open weights/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(second.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('.caveat-card')?.hasAttribute('data-compact')).toBe(true);
    const body = () => document.getElementById(more.getAttribute('aria-controls') ?? '');
    expect(body()?.hidden).toBe(true);
    expect(body()?.textContent).toContain(costClaim.caveats[0]);

    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(more.textContent).toBe('Less');
    expect(body()?.hidden).toBe(false);
    expect(document.querySelector('.caveat-card')?.hasAttribute('data-compact')).toBe(false);
    fireEvent.click(second);
    expect(second.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(openWeightsClaim.explanation).closest('[hidden]')).toBeNull();
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(body()?.hidden).toBe(true);
  });

  it('points each toggle at the body it controls', () => {
    render(<FactCard topic={deepseekTopic} claims={[costClaim, openWeightsClaim]} />);
    const more = screen.getByRole('button', { name: 'More' });
    expect(document.getElementById(more.getAttribute('aria-controls') ?? '')?.textContent).toContain(
      costClaim.caveats[0],
    );
    const toggle = screen.getByRole('button', { name: /open weights/ });
    const body = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(body?.textContent).toContain(openWeightsClaim.explanation);
  });

  it('lists the caveats, the sources and the review date', () => {
    render(<FactCard topic={deepseekTopic} claims={[costClaim]} />);
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    const caveats = screen.getByRole('heading', { name: 'Caveats' }).nextElementSibling as HTMLElement;
    expect(
      within(caveats)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(costClaim.caveats);
    expect(screen.getByText(/DeepSeek · /).textContent).toContain('26 Dec 2024');
    expect(screen.getByText(/DeepSeek · /).textContent).toContain('Research paper');
    expect(screen.getByText('Reviewed').closest('p')?.textContent).toBe('Reviewed 4 Mar 2025');
  });

  it('opens source links in a new tab without giving the page access to the opener', () => {
    render(<FactCard topic={deepseekTopic} claims={[costClaim]} />);
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    const link = screen.getByRole('link', { name: /DeepSeek-V3 Technical Report/ });
    expect(link.getAttribute('href')).toBe('https://arxiv.org/abs/2412.19437');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows a source without a URL as plain text with a hint', () => {
    render(<FactCard topic={deepseekTopic} claims={[costClaim]} />);
    expect(screen.queryByRole('link', { name: /really spend/ })).toBeNull();
    const title = screen.getByText('How much did DeepSeek really spend?');
    expect(title.closest('li')?.textContent).toContain('no link: original not verified');
  });

  it('explains why the mention matched, with the context term for gated aliases', () => {
    const { rerender } = render(
      <FactCard
        topic={deepseekTopic}
        claims={[costClaim]}
        why={{ matchedText: 'DeepSeek-R1', alias: 'DeepSeek' }}
      />,
    );
    expect(screen.getByText('Matched “DeepSeek-R1” (alias DeepSeek)')).toBeTruthy();
    rerender(
      <FactCard
        topic={deepseekTopic}
        claims={[costClaim]}
        why={{ matchedText: 'H20', alias: 'H20', contextTerm: 'chips' }}
      />,
    );
    expect(
      screen.getByText('Matched “H20” (alias H20) because this paragraph mentions “chips”'),
    ).toBeTruthy();
  });

  it('calls back when the reader says the topic is not relevant here, or closes the card', () => {
    const onNotRelevant = vi.fn();
    const onClose = vi.fn();
    render(
      <FactCard topic={deepseekTopic} claims={[costClaim]} onNotRelevant={onNotRelevant} onClose={onClose} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Not relevant here' }));
    expect(onNotRelevant).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('is a dialog named by a heading that begins with the topic name', () => {
    render(<FactCard topic={deepseekTopic} claims={[costClaim]} dialog titleId="card-title" />);
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-labelledby')).toBe('card-title');
    expect(document.getElementById('card-title')?.textContent?.startsWith('DeepSeek')).toBe(true);
    expect(screen.getByRole('dialog', { name: /^DeepSeek/ })).toBe(dialog);
  });

  it('is not a dialog unless asked', () => {
    render(<FactCard topic={deepseekTopic} claims={[costClaim]} />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('carries its theme on the root', () => {
    const { container, rerender } = render(
      <FactCard topic={deepseekTopic} claims={[costClaim]} theme="dark" />,
    );
    expect(container.firstElementChild?.getAttribute('data-theme')).toBe('dark');
    rerender(<FactCard topic={deepseekTopic} claims={[costClaim]} />);
    expect(container.firstElementChild?.getAttribute('data-theme')).toBe('light');
  });

  it('says so when a topic has no claims', () => {
    render(<FactCard topic={deepseekTopic} claims={[]} />);
    expect(screen.getByText(/No claims about this topic/)).toBeTruthy();
  });
});

// ---------------------------------------------------------------------------------------------

// Read from disk: Vitest does not load CSS contents in tests.
const css = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../components/fact-card.css'),
  'utf8',
);

function themeVariables(theme: 'light' | 'dark'): Record<string, string> {
  const block = new RegExp(`\\.caveat-root\\[data-theme="${theme}"\\]\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/(--caveat-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('fact-card.css', () => {
  it.each(['light', 'dark'] as const)(
    'gives every verdict badge at least 4.5:1 contrast in the %s theme',
    (theme) => {
      const vars = themeVariables(theme);
      for (const verdict of VERDICTS) {
        const fg = vars[`--caveat-verdict-${verdict}-fg`];
        const bg = vars[`--caveat-verdict-${verdict}-bg`];
        expect(fg, `${theme} ${verdict} fg`).toBeDefined();
        expect(bg, `${theme} ${verdict} bg`).toBeDefined();
        expect(contrast(fg as string, bg as string), `${theme} ${verdict}`).toBeGreaterThanOrEqual(4.5);
      }
    },
  );

  it.each(['light', 'dark'] as const)(
    'gives text, muted text and links at least 4.5:1 in the %s theme',
    (theme) => {
      const vars = themeVariables(theme);
      const bg = vars['--caveat-bg'] as string;
      for (const name of ['--caveat-fg', '--caveat-muted', '--caveat-link']) {
        expect(contrast(vars[name] as string, bg), `${theme} ${name}`).toBeGreaterThanOrEqual(4.5);
      }
    },
  );

  it('scopes every rule under a .caveat- class', () => {
    const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
    const selectors = [...withoutComments.matchAll(/([^{}]+)\{[^{}]*\}/g)]
      .map((m) => (m[1] ?? '').trim())
      .filter((s) => !s.startsWith('@'));
    expect(selectors.length).toBeGreaterThan(10);
    for (const group of selectors) {
      // Split on top-level commas only: `:where(h1, h2)` is one selector.
      for (const selector of group.split(/,(?![^(]*\))/))
        expect(selector.trim(), selector).toMatch(/^\.caveat-/);
    }
  });
});
