import { describe, expect, it } from 'vitest';
import {
  isDue,
  mergeWithPacks,
  type PackSubscription,
  readStoredSubscriptions,
  summariseSubscription,
  toStoredSubscriptions,
} from '../../../lib/packs/pack-subscriptions.ts';
import { claim, topic } from '../topic-json';

const subscription = (checkEvery: PackSubscription['checkEvery'], at: string): PackSubscription => ({
  indexUrl: 'https://a.example/index.json',
  publicKey: 'k',
  checkEvery,
  pack: {
    sha256: 'f'.repeat(64),
    content: {
      id: 'chips',
      name: 'Chips',
      version: 3,
      published: '2026-12-06',
      topics: [
        topic({
          id: 'tsmc',
          name: 'TSMC',
          claims: [claim({ reviewed: '2026-11-02' }), claim({ id: 'b', reviewed: '2026-12-01' })],
        }),
      ],
    },
  },
  lastCheck: { at, ok: true, message: 'Up to date.' },
});

describe('mergeWithPacks', () => {
  it('puts a pack topic in place of the built-in topic with its id, then custom, then the other pack topics', () => {
    const builtIn = [
      { id: 'deepseek', v: 'built-in' },
      { id: 'nvidia', v: 'built-in' },
    ];
    const packs = [
      { id: 'tsmc', v: 'pack' },
      { id: 'nvidia', v: 'pack' },
    ];
    const custom = [{ id: 'mine', v: 'custom' }];
    expect(mergeWithPacks(builtIn, packs, custom)).toEqual([
      { id: 'deepseek', v: 'built-in' },
      { id: 'nvidia', v: 'pack' },
      { id: 'mine', v: 'custom' },
      { id: 'tsmc', v: 'pack' },
    ]);
    expect(mergeWithPacks(builtIn, [], [])).toBe(builtIn);
  });
});

describe('isDue', () => {
  it('is due after a day for daily, a week for weekly, and never for never', () => {
    const now = new Date('2026-12-08T12:00:00Z');
    expect(isDue(subscription('daily', '2026-12-07T11:00:00Z'), now)).toBe(true);
    expect(isDue(subscription('daily', '2026-12-08T00:00:00Z'), now)).toBe(false);
    expect(isDue(subscription('weekly', '2026-12-02T12:00:00Z'), now)).toBe(false);
    expect(isDue(subscription('weekly', '2026-12-01T12:00:00Z'), now)).toBe(true);
    expect(isDue(subscription('never', '2020-01-01T00:00:00Z'), now)).toBe(false);
  });
});

describe('stored subscriptions', () => {
  it('read back as written, leaving out an entry that does not fit and a value of another version', () => {
    const stored = toStoredSubscriptions([subscription('daily', '2026-12-06T00:00:00Z')]);
    expect(readStoredSubscriptions(stored)).toEqual(stored.subscriptions);
    expect(
      readStoredSubscriptions({ ...stored, subscriptions: [...stored.subscriptions, { indexUrl: 1 }] }),
    ).toEqual(stored.subscriptions);
    expect(readStoredSubscriptions({ version: 9, subscriptions: stored.subscriptions })).toEqual([]);
    expect(readStoredSubscriptions('junk')).toEqual([]);
  });

  it('summarise a pack’s topics, claim count and latest review', () => {
    expect(summariseSubscription(subscription('weekly', '2026-12-06T00:00:00Z'))).toMatchObject({
      name: 'Chips',
      version: 3,
      topicNames: ['TSMC'],
      claimCount: 2,
      latestReview: '2026-12-01',
    });
  });
});
