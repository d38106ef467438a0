// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SubscriptionsSection } from '../../../components/Subscriptions.tsx';
import type { SubscriptionSummary } from '../../../lib/packs/pack-subscriptions.ts';

afterEach(cleanup);

const failed: SubscriptionSummary = {
  indexUrl: 'https://packs.example.org/chips/index.json',
  name: 'Chip makers',
  version: 2,
  published: '2026-12-06',
  topicNames: ['TSMC', 'ASML'],
  claimCount: 5,
  latestReview: '2026-12-01',
  checkEvery: 'weekly',
  lastCheck: {
    at: '2026-12-06T20:00:00.000Z',
    ok: false,
    message: 'Update failed: The server answered 500 instead of the file. Still using version 2.',
  },
};

const handlers = () => ({
  onSubscribe: vi.fn(async () => ({ ok: true, message: 'Subscribed: version 1 checked and in use.' })),
  onUpdateNow: vi.fn(async () => ({ ok: true, message: 'Up to date.' })),
  onRemove: vi.fn(async () => ({ ok: true, message: 'Removed.' })),
  onCheckEvery: vi.fn(async () => ({ ok: true, message: 'Saved.' })),
});

describe('SubscriptionsSection', () => {
  it('lists each pack with its topics, claims, version, latest review and last check in words', () => {
    render(
      <SubscriptionsSection subscriptions={[failed]} {...handlers()} formatTime={() => '6 Dec, 21:00'} />,
    );
    const item = within(screen.getByRole('list', { name: 'Your subscriptions' })).getByRole('listitem');
    expect(item.textContent).toContain('Version 2 of 2026-12-06 · 5 claims · latest review 2026-12-01');
    expect(item.textContent).toContain('Topics: TSMC, ASML');
    expect(within(item).getByRole('alert').textContent).toBe(
      'Last check 6 Dec, 21:00: ✗ Update failed: The server answered 500 instead of the file. Still using version 2.',
    );
    expect((screen.getByLabelText('How often to check Chip makers') as HTMLSelectElement).value).toBe(
      'weekly',
    );
  });

  it('subscribes with the address and key, updates, removes and sets how often', async () => {
    const calls = handlers();
    render(<SubscriptionsSection subscriptions={[failed]} {...calls} />);
    fireEvent.change(screen.getByLabelText('Address of the pack’s index'), {
      target: { value: 'https://a.example/index.json' },
    });
    fireEvent.change(screen.getByLabelText('Publisher’s public key (base64)'), { target: { value: 'KEY' } });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(calls.onSubscribe).toHaveBeenCalledWith('https://a.example/index.json', 'KEY');
    await screen.findByText('Subscribed: version 1 checked and in use.');
    fireEvent.click(screen.getByRole('button', { name: 'Update Chip makers now' }));
    expect(calls.onUpdateNow).toHaveBeenCalledWith(failed.indexUrl);
    fireEvent.change(screen.getByLabelText('How often to check Chip makers'), { target: { value: 'never' } });
    expect(calls.onCheckEvery).toHaveBeenCalledWith(failed.indexUrl, 'never');
    fireEvent.click(screen.getByRole('button', { name: 'Remove the subscription to Chip makers' }));
    expect(calls.onRemove).toHaveBeenCalledWith(failed.indexUrl);
  });

  it('fills the address and key from a subscription file, and says what is wrong with a bad one', async () => {
    render(<SubscriptionsSection subscriptions={[]} {...handlers()} />);
    const input = screen.getByLabelText('Or a subscription file (.json)') as HTMLInputElement;
    const file = (text: string) => new File([text], 'chips.subscription.json', { type: 'application/json' });
    const subscription = {
      kind: 'caveat-pack-subscription',
      format: 1,
      index: 'https://packs.example.org/chips/index.json',
      publicKey: 'KEY',
    };
    fireEvent.change(input, { target: { files: [file(JSON.stringify(subscription))] } });
    await screen.findByText('Read chips.subscription.json: check the address and key, then subscribe.');
    expect((screen.getByLabelText('Address of the pack’s index') as HTMLInputElement).value).toBe(
      subscription.index,
    );
    expect((screen.getByLabelText('Publisher’s public key (base64)') as HTMLInputElement).value).toBe('KEY');
    fireEvent.change(input, { target: { files: [file('{"kind":"other"}')] } });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'chips.subscription.json: The subscription is not a Caveat subscription: "kind" is not "caveat-pack-subscription".',
      ),
    );
  });

  it('shows why a subscription was refused', async () => {
    const calls = {
      ...handlers(),
      onSubscribe: vi.fn(async () => ({ ok: false, message: 'The pack’s signature does not match.' })),
    };
    render(<SubscriptionsSection subscriptions={[]} {...calls} />);
    expect(screen.getByText('No subscriptions. The built-in knowledge base works without any.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('The pack’s signature does not match.'),
    );
  });
});
