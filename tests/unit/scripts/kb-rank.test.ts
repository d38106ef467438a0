import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import { type KbRun, runKb } from './run-kb';

interface Output {
  topic: string;
  fit: 'close' | 'none';
  evidence: number;
  threshold: number;
  claims: { id: string; statement: string; score: number; matched: string[] }[];
}

function output({ stdout }: KbRun): Output {
  expect(stdout).toHaveLength(1);
  return JSON.parse(stdout[0] as string) as Output;
}

describe('kb rank', () => {
  it('prints the topic’s claims with scores and matched terms, best first, exit 0', async () => {
    const result = await runKb(
      'rank',
      'Nvidia shares plunged 17% on Monday, wiping $589 billion off its market value.',
      '--topic',
      'nvidia',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([]);
    const { topic, fit, claims, evidence, threshold } = output(result);
    expect(topic).toBe('nvidia');
    expect(fit).toBe('close');
    expect(claims[0]?.id).toBe('nvidia-sharp-stock-fall');
    expect(evidence).toBeGreaterThanOrEqual(threshold);
    expect(claims[0]?.matched).toEqual(expect.arrayContaining(['%17', '#589000000000']));
    const scores = claims.map(({ score }) => score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const claim of claims)
      expect(Object.keys(claim).sort()).toEqual(['id', 'matched', 'score', 'statement']);
  });

  it('says "none" when no claim fits the sentence closely, with the evidence under the threshold', async () => {
    const { fit } = output(
      await runKb('rank', 'Nvidia did not respond to a request for comment.', '--topic=nvidia'),
    );
    expect(fit).toBe('none');
    // Words of a claim's keywords ("shares"), but nothing any claim says.
    const named = output(
      await runKb('rank', 'Nvidia shares were little changed in early trading.', '--topic=nvidia'),
    );
    expect(named.fit).toBe('none');
    expect(named.claims.length).toBeGreaterThan(0);
    expect(named.evidence).toBeGreaterThan(0);
    expect(named.evidence).toBeLessThan(named.threshold);
  });

  it('lists every claim of the topic with --all, unmatched ones last with score 0', async () => {
    const { claims } = output(
      await runKb('rank', '--all', '--topic', 'export-controls', 'AI diffusion rule tiers'),
    );
    const topic = BUILT_IN_KB.find(({ id }) => id === 'export-controls');
    expect(claims.map(({ id }) => id).sort()).toEqual(topic?.claims.map(({ id }) => id).sort());
    expect(claims[0]?.id).toBe('export-controls-ai-diffusion-rule');
    expect(claims.at(-1)?.score).toBe(0);
  });

  it('takes unquoted words as one sentence', async () => {
    const { claims } = output(await runKb('rank', '--topic', 'deepseek', 'Garante', 'privacy', 'ban'));
    expect(claims[0]?.id).toBe('deepseek-italy-ban');
  });

  it('fails with one line on stderr and exit 2 on bad input', async () => {
    for (const args of [
      ['rank', 'a sentence'],
      ['rank', '--topic', 'nvidia'],
      ['rank', 'a sentence', '--topic'],
      ['rank', 'a sentence', '--topic', 'nvidia', '--topic', 'deepseek'],
      ['rank', 'a sentence', '--topic', 'no-such-topic'],
      ['rank', 'a sentence', '--topic', 'nvidia', '--bogus'],
    ]) {
      const result = await runKb(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toEqual([]);
      expect(result.stderr).toHaveLength(1);
      expect(result.stderr[0]).toMatch(/^kb rank: /);
    }
  });
});
