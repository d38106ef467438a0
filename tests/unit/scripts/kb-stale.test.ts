import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import type { KnowledgeBase } from '../../../data/schema';
import { monthsBefore, todayIso } from '../../../lib/kb/freshness';
import { parseStaleArgs, staleClaims } from '../../../scripts/kb/stale';
import { runKb } from './run-kb';

const allClaims = BUILT_IN_KB.flatMap((topic) => topic.claims);

interface Output {
  before: string;
  claims: { topic: string; claim: string; statement: string; reviewed: string }[];
}

function output(stdout: string[]): Output {
  expect(stdout).toHaveLength(1);
  return JSON.parse(stdout[0] as string) as Output;
}

describe('kb stale', () => {
  it('lists every claim reviewed before the date, oldest first, as one JSON object', async () => {
    const result = await runKb('stale', '--before', '9999-12-31');
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([]);
    const { before, claims } = output(result.stdout);
    expect(before).toBe('9999-12-31');
    expect(claims).toHaveLength(allClaims.length);
    for (const claim of claims)
      expect(Object.keys(claim).sort()).toEqual(['claim', 'reviewed', 'statement', 'topic']);
    const dates = claims.map((claim) => claim.reviewed);
    expect(dates).toEqual([...dates].sort());
  });

  it('lists nothing before the oldest review, and only older reviews before a date in between', async () => {
    expect(output((await runKb('stale', '--before=1900-01-01')).stdout).claims).toEqual([]);
    const dates = [...new Set(allClaims.map((claim) => claim.reviewed))].sort();
    const newest = dates.at(-1) as string;
    const { claims } = output((await runKb('stale', '--before', newest)).stdout);
    expect(claims.every((claim) => claim.reviewed < newest)).toBe(true);
    expect(claims).toHaveLength(allClaims.filter((claim) => claim.reviewed < newest).length);
  });

  it('takes six months before today when no date is given', async () => {
    const { before } = output((await runKb('stale')).stdout);
    expect(before).toBe(monthsBefore(todayIso(), 6));
  });

  it.each([
    [['--before'], /--before needs a date/],
    [['--before', '2026-02-30'], /--before must be a date as YYYY-MM-DD, not "2026-02-30"/],
    [['--before', 'last week'], /not "last week"/],
    [['--before=2026-01-01', '--before=2026-02-01'], /given twice/],
    [['--since', '2026-01-01'], /unknown option "--since"/],
    [['deepseek'], /unexpected argument "deepseek"/],
  ])('refuses %j with one line on stderr and exit 2', async (args, message) => {
    const result = await runKb('stale', ...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/^kb stale: /);
    expect(result.stderr[0]).toMatch(message);
  });
});

describe('staleClaims and parseStaleArgs', () => {
  const claim = (id: string, reviewed: string) => ({ id, statement: `${id}.`, reviewed });
  const kb = [
    { id: 'a', claims: [claim('a-new', '2026-11-01'), claim('a-old', '2025-01-05')] },
    { id: 'b', claims: [claim('b-mid', '2025-06-30'), claim('b-old', '2025-01-05')] },
  ] as unknown as KnowledgeBase;

  it('sorts by review date, keeping the knowledge base order for a tie, and stops at the date', () => {
    expect(staleClaims(kb, '2025-07-01').map((c) => c.claim)).toEqual(['a-old', 'b-old', 'b-mid']);
    expect(staleClaims(kb, '2025-06-30').map((c) => c.claim)).toEqual(['a-old', 'b-old']);
  });

  it('defaults to six months before the given day', () => {
    expect(parseStaleArgs([], '2026-12-01')).toEqual({ before: '2026-06-01' });
    expect(parseStaleArgs(['--before', '2026-03-01'], '2026-12-01')).toEqual({ before: '2026-03-01' });
  });
});
