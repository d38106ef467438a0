// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimView } from '../../../components/ClaimView.tsx';
import { FactCard } from '../../../components/FactCard.tsx';
import { FreshnessContext } from '../../../components/freshness.ts';
import { costClaim, deepseekTopic } from './fixtures.ts';

afterEach(cleanup);

const reviewedOn = (reviewed: string) => ({ ...costClaim, reviewed });

function renderClaim(reviewed: string, freshness: { staleAfterMonths: number; today: string }) {
  return render(
    <FreshnessContext value={freshness}>
      <ClaimView claim={reviewedOn(reviewed)} expanded onToggle={() => {}} />
    </FreshnessContext>,
  );
}

describe('the review date of a claim', () => {
  it('is shown, written out, with a machine-readable date', () => {
    renderClaim('2026-11-28', { staleAfterMonths: 6, today: '2026-12-01' });
    const time = screen.getByText('28 Nov 2026');
    expect(time.getAttribute('datetime')).toBe('2026-11-28');
    expect(time.closest('p')?.textContent).toBe('Reviewed 28 Nov 2026');
    expect(screen.queryByText(/may have changed/)).toBeNull();
  });

  it('carries a plain note when it is older than the threshold', () => {
    renderClaim('2026-05-31', { staleAfterMonths: 6, today: '2026-12-01' });
    expect(
      screen.getByText('Reviewed more than 6 months ago: the facts may have changed since.'),
    ).toBeTruthy();
  });

  it('is not called old on the threshold day itself', () => {
    renderClaim('2026-06-01', { staleAfterMonths: 6, today: '2026-12-01' });
    expect(screen.queryByText(/may have changed/)).toBeNull();
  });

  it('follows the reader’s threshold', () => {
    renderClaim('2026-05-31', { staleAfterMonths: 12, today: '2026-12-01' });
    expect(screen.queryByText(/may have changed/)).toBeNull();
    cleanup();
    renderClaim('2026-10-15', { staleAfterMonths: 1, today: '2026-12-01' });
    expect(
      screen.getByText('Reviewed more than a month ago: the facts may have changed since.'),
    ).toBeTruthy();
  });

  it('is judged against today when no date is given, with six months by default', () => {
    render(<FactCard topic={deepseekTopic} claims={[reviewedOn('2001-01-01')]} />);
    expect(
      screen.getByText('Reviewed more than 6 months ago: the facts may have changed since.'),
    ).toBeTruthy();
  });
});
