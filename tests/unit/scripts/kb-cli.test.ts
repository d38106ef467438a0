import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claim, type Json, source, topic } from '../topic-json';
import { runKb } from './run-kb';

const run = runKb;

/** One bad topic file per kind of problem, and the end of the line `kb validate` must print for it. */
const BAD_FILES: { name: string; json: Json; line: string }[] = [
  {
    name: 'no-sources.json',
    json: topic({ claims: [claim({ sources: [] })] }),
    line: 'demo-claim: sources: needs at least one source',
  },
  {
    name: 'bad-date.json',
    json: topic({ claims: [claim({ sources: [source({ date: '2025-13-01' })] })] }),
    line: 'demo-claim: sources[0].date: is not a real calendar date',
  },
  {
    name: 'bad-url.json',
    json: topic({ claims: [claim({ sources: [source({ url: 'http://example.org/report' })] })] }),
    line: 'demo-claim: sources[0].url: must be an https:// URL',
  },
  {
    name: 'ip-host.json',
    json: topic({ claims: [claim({ sources: [source({ url: 'https://3.127.128.221/?p=1254454' })] })] }),
    line: 'demo-claim: sources[0].url: is hosted on an IP address (3.127.128.221); cite the original publisher instead',
  },
  {
    name: 'copy-host.json',
    json: topic({
      claims: [claim({ sources: [source({ url: 'https://threadreaderapp.com/thread/1.html' })] })],
    }),
    line: 'demo-claim: sources[0].url: is hosted on threadreaderapp.com, which serves copies; cite the original publisher instead',
  },
  {
    name: 'empty-caveats.json',
    json: topic({ claims: [claim({ caveats: [] })] }),
    line: 'demo-claim: caveats: needs at least one caveat',
  },
  {
    name: 'future-review.json',
    json: topic({ claims: [claim({ reviewed: '2999-01-01' })] }),
    line: 'demo-claim: reviewed: is in the future',
  },
  {
    name: 'bad-verdict.json',
    json: topic({ claims: [claim({ verdict: 'true' })] }),
    line: 'demo-claim: verdict: must be one of: supported, misleading, needs-context, disputed, unverified',
  },
  {
    name: 'missing-statement.json',
    json: topic({ claims: [{ ...claim(), statement: undefined }] }),
    line: 'demo-claim: statement: is missing',
  },
  {
    name: 'duplicate-in-file.json',
    json: topic({ claims: [claim(), claim()] }),
    line: 'demo-claim: id: duplicate claim id; also used in',
  },
];

describe('kb validate', () => {
  let dir: string;
  const fixture = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'caveat-kb-'));
    for (const { name, json } of BAD_FILES) await writeFile(fixture(name), JSON.stringify(json));
    await writeFile(fixture('good.json'), JSON.stringify(topic()));
    await writeFile(
      fixture('good-other.json'),
      JSON.stringify(topic({ id: 'other', aliases: ['Other Corp'], claims: [claim({ id: 'other-claim' })] })),
    );
    await writeFile(
      fixture('same-claim-id.json'),
      JSON.stringify(topic({ id: 'other', aliases: ['Other Corp'] })),
    );
    await writeFile(
      fixture('same-alias.json'),
      JSON.stringify(topic({ id: 'other', aliases: ['DEMO  corp'], claims: [claim({ id: 'other-claim' })] })),
    );
    await writeFile(
      fixture('same-topic-id.json'),
      JSON.stringify(topic({ aliases: ['Other Corp'], claims: [claim({ id: 'other-claim' })] })),
    );
    await writeFile(fixture('broken.json'), '{"id": "demo", ');
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('passes the built-in knowledge base with a one-line summary', async () => {
    const result = await run('validate');
    expect(result.stderr).toEqual([]);
    expect(result.stdout).toHaveLength(1);
    expect(result.stdout[0]).toMatch(/^3 topics, \d+ claims, \d+ sources$/);
    expect(result.code).toBe(0);
  });

  it('passes valid topic files given on the command line', async () => {
    const result = await run('validate', fixture('good.json'), fixture('good-other.json'));
    expect(result).toEqual({ code: 0, stdout: ['2 topics, 2 claims, 2 sources'], stderr: [] });
  });

  for (const { name, line } of BAD_FILES) {
    it(`rejects ${name.replace(/\.json$/, '').replaceAll('-', ' ')} with "${line}"`, async () => {
      const result = await run('validate', fixture(name));
      expect(result.code).toBe(1);
      expect(result.stderr).toEqual([]);
      expect(result.stdout).toHaveLength(1);
      const [printed] = result.stdout;
      expect(
        printed?.startsWith(`${path.relative(process.cwd(), fixture(name))}: `) ||
          printed?.startsWith(`${fixture(name)}: `),
      ).toBe(true);
      expect(printed).toContain(`${name}: ${line}`);
    });
  }

  it('rejects a claim id used in two files', async () => {
    const result = await run('validate', fixture('good.json'), fixture('same-claim-id.json'));
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([
      expect.stringMatching(
        /same-claim-id\.json: demo-claim: id: duplicate claim id; also used in .*good\.json \(topic demo\)$/,
      ),
    ]);
  });

  it('rejects an alias claimed by two topics', async () => {
    const result = await run('validate', fixture('good.json'), fixture('same-alias.json'));
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([
      expect.stringMatching(
        /same-alias\.json: other: aliases\[0\]: alias "DEMO {2}corp" is also claimed by topic demo \(.*good\.json\)$/,
      ),
    ]);
  });

  it('rejects a topic id used in two files', async () => {
    const result = await run('validate', fixture('good.json'), fixture('same-topic-id.json'));
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([
      expect.stringMatching(/same-topic-id\.json: demo: id: duplicate topic id; also used in .*good\.json$/),
    ]);
  });

  it('fails with exit 2 and one line on stderr for a missing file', async () => {
    const result = await run('validate', fixture('absent.json'));
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual([
      expect.stringMatching(/^kb validate: cannot read .*absent\.json: no such file$/),
    ]);
  });

  it('fails with exit 2 and one line on stderr for invalid JSON', async () => {
    const result = await run('validate', fixture('broken.json'));
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/^kb validate: .*broken\.json: invalid JSON \(/);
  });

  it('fails with exit 2 for an unknown option', async () => {
    const result = await run('validate', '--strict');
    expect(result).toEqual({ code: 2, stdout: [], stderr: ['kb validate: unknown option "--strict"'] });
  });
});

describe('kb export-claimreview', () => {
  it('prints a JSON-LD document with one ClaimReview per built-in claim', async () => {
    const result = await run('export-claimreview', '--base-url', 'https://example.org/claims');
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([]);
    const document = JSON.parse(result.stdout.join('\n')) as {
      '@context': string;
      '@graph': { url: string }[];
    };
    expect(document['@context']).toBe('https://schema.org');
    expect(document['@graph'].length).toBeGreaterThanOrEqual(30);
    expect(document['@graph'][0]?.url).toBe('https://example.org/claims#deepseek-chinese-startup');
  });

  it('accepts --base-url=URL', async () => {
    const result = await run('export-claimreview', '--base-url=https://example.org/c');
    expect(result.code).toBe(0);
    expect(result.stdout.join('\n')).toContain('"url": "https://example.org/c#deepseek-chinese-startup"');
  });

  it('uses the reserved placeholder base URL without --base-url, and says so on stderr', async () => {
    const result = await run('export-claimreview');
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([expect.stringContaining('https://caveat.invalid/claims')]);
    expect(result.stdout.join('\n')).toContain(
      '"url": "https://caveat.invalid/claims#deepseek-chinese-startup"',
    );
  });

  it('fails with exit 2 for a base URL with a fragment', async () => {
    const result = await run('export-claimreview', '--base-url', 'https://example.org/claims#x');
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual([
      expect.stringMatching(/^kb export-claimreview: base URL .* must not have a #fragment/),
    ]);
  });

  it('fails with exit 2 when --base-url has no value', async () => {
    const result = await run('export-claimreview', '--base-url');
    expect(result).toEqual({
      code: 2,
      stdout: [],
      stderr: ['kb export-claimreview: --base-url needs a URL'],
    });
  });

  it('fails with exit 2 for an unknown option', async () => {
    const result = await run('export-claimreview', '--pretty');
    expect(result).toEqual({
      code: 2,
      stdout: [],
      stderr: ['kb export-claimreview: unknown option "--pretty"'],
    });
  });
});
