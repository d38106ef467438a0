import { describe, expect, it } from 'vitest';
import { type KbRun, runKb } from './run-kb';

const run = runKb;

interface Output {
  results: { topic: string; claim: string | null; statement: string; score: number }[];
}

function output({ stdout }: KbRun): Output {
  expect(stdout).toHaveLength(1);
  return JSON.parse(stdout[0] as string) as Output;
}

describe('kb search', () => {
  it('prints the results as one JSON object, best first, with exit 0', async () => {
    const result = await run('search', 'deepsek cost');
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([]);
    const { results } = output(result);
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(10);
    for (const hit of results) {
      expect(Object.keys(hit).sort()).toEqual(['claim', 'score', 'statement', 'topic']);
    }
    const scores = results.map(({ score }) => score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(results.slice(0, 4).map(({ claim }) => claim)).toContain('deepseek-r1-trained-for-5-6-million');
  });

  it('prints a topic-level hit with claim null and the topic summary', async () => {
    const { results } = output(await run('search', 'export curbs'));
    expect(results[0]).toMatchObject({ topic: 'export-controls', claim: null });
    expect(results[0]?.statement).toMatch(/Commerce Department rules/);
  });

  it('limits the results with --top N or --top=N', async () => {
    expect(output(await run('search', 'chips', '--top', '2')).results).toHaveLength(2);
    expect(output(await run('search', '--top=1', 'chips')).results).toHaveLength(1);
  });

  it('takes unquoted words as one query', async () => {
    expect(output(await run('search', 'nvidai', 'export', 'contrls'))).toEqual(
      output(await run('search', 'nvidai export contrls')),
    );
  });

  it('prints an empty list when nothing matches', async () => {
    expect(output(await run('search', 'qqqqqqqq'))).toEqual({ results: [] });
  });

  it.each([
    [['search'], 'needs a query'],
    [['search', '   '], 'needs a query'],
    [['search', 'chips', '--top'], '--top needs a number'],
    [['search', 'chips', '--top', '0'], '--top must be a positive whole number, not "0"'],
    [['search', 'chips', '--top', '-3'], '--top must be a positive whole number, not "-3"'],
    [['search', 'chips', '--top', '2.5'], '--top must be a positive whole number, not "2.5"'],
    [['search', 'chips', '--top=ten'], '--top must be a positive whole number, not "ten"'],
    [['search', 'chips', '--fuzzy'], 'unknown option --fuzzy'],
  ])('rejects %j with one line on stderr and exit 2', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toContain(`kb search: ${message}`);
    expect(result.stderr[0]).not.toContain('\n');
  });

  it('searches for a query that starts with a dash after --', async () => {
    const result = await run('search', '--', '-H20');
    expect(result.code).toBe(0);
    expect(output(result).results.map(({ claim }) => claim)).toContain('nvidia-h20-curbs-cost-billions');
  });
});
