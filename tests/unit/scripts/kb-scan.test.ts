import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import { runKb as kb } from './run-kb';

async function tempFile(name: string, content: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'caveat-scan-'));
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

describe('kb scan', () => {
  it('scans an HTML page as the extension reads it, with offsets into the visible text', async () => {
    const result = await kb('scan', 'tests/fixtures/split-links.html');
    expect(result.code).toBe(0);
    const { mentions } = JSON.parse(result.stdout.join('\n'));
    expect(mentions.map((mention: { topic: string; text: string }) => [mention.topic, mention.text])).toEqual(
      [
        ['nvidia', 'Nvidia'],
        ['deepseek', 'DeepSeek'],
        ['export-controls', 'export controls'],
        ['export-controls', 'export curbs'],
        ['nvidia', 'H800'],
        ['nvidia', 'NVDA'],
      ],
    );
    expect(mentions[0].claims[0]).toMatchObject({ id: 'nvidia-sharp-stock-fall', verdict: 'needs-context' });
    expect(mentions[0].claims).toHaveLength(3);
    for (const mention of mentions) expect(['close', 'none']).toContain(mention.fit);
  });

  it('reports "repeats" for a sentence that repeats a rated claim, and leaves it out for one that corrects it', async () => {
    const file = await tempFile(
      'repeats.txt',
      [
        'Posts shared widely this week said DeepSeek trained its R1 model for just $5.6 million.',
        'Analysts said the $5.6 million DeepSeek reported covers only the final training run.',
      ].join('\n'),
    );
    const lines = (await kb('scan', '--lines', file)).stdout.map((line) => JSON.parse(line));
    expect(lines[0].mentions[0]).toMatchObject({
      topic: 'deepseek',
      repeats: 'deepseek-r1-trained-for-5-6-million',
    });
    expect(lines[0].mentions[0].claims[0].id).toBe('deepseek-r1-trained-for-5-6-million');
    expect(lines[1].mentions[0].claims[0].id).toBe('deepseek-r1-trained-for-5-6-million');
    expect(lines[1].mentions[0]).not.toHaveProperty('repeats');
  });

  it('reports "fit": "none" with the key claims when no claim matches the sentence closely', async () => {
    const file = await tempFile(
      'fit.txt',
      'Nvidia did not respond to a request for comment.\n\nNvidia shares plunged 17% in a record sell-off.',
    );
    const { mentions } = JSON.parse((await kb('scan', file)).stdout.join('\n'));
    const nvidia = BUILT_IN_KB.find(({ id }) => id === 'nvidia');
    expect(mentions[0]).toMatchObject({ topic: 'nvidia', fit: 'none' });
    expect(mentions[0].claims.map(({ id }: { id: string }) => id)).toEqual(nvidia?.keyClaims?.slice(0, 3));
    expect(mentions[1]).toMatchObject({ topic: 'nvidia', fit: 'close' });
    expect(mentions[1].claims[0].id).toBe('nvidia-sharp-stock-fall');
  });

  it('scans plain text with UTF-16 offsets into the file, gating within a paragraph', async () => {
    const text = 'Nvidia’s H20 was curbed.\n\nH20 is water. 深度求索 released R1.';
    const file = await tempFile('article.txt', text);
    const { mentions } = JSON.parse((await kb('scan', file)).stdout.join('\n'));
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mentions.map((mention: { text: string }) => mention.text)).toEqual([
      'Nvidia',
      'H20',
      '深度求索',
      'R1',
    ]);
  });

  it('prints one line per input line with --lines, including lines without mentions', async () => {
    const file = await tempFile('lines.txt', 'DeepSeek R1\nnothing here\nNVDA fell\n');
    const result = await kb('scan', '--lines', file);
    expect(result.stdout.map((line) => JSON.parse(line).line)).toEqual([1, 2, 3]);
    expect(JSON.parse(result.stdout[1] as string).mentions).toEqual([]);
    expect(JSON.parse(result.stdout[2] as string).mentions[0]).toMatchObject({
      topic: 'nvidia',
      text: 'NVDA',
      start: 0,
      end: 4,
    });
  });

  it('fails with one line and exit 2 on a missing file or an unknown option', async () => {
    const missing = await kb('scan', 'no/such/file.html');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toEqual(['kb scan: no/such/file.html: no such file']);
    const unknown = await kb('scan', '--fast', 'x.txt');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toHaveLength(1);
  });
});
