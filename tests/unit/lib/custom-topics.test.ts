import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TOPIC_FILES } from '../../../data/kb.ts';
import { BUILT_IN_TOPIC_IDS } from '../../../data/schema.ts';
import {
  CUSTOM_TOPICS_NOTICES,
  checkCustomTopicFiles,
  exportCustomTopics,
  latestReview,
  parseJsonFile,
  readStoredCustomTopics,
  toStoredCustomTopics,
} from '../../../lib/kb/custom-topics.ts';
import { formatProblem } from '../../../lib/kb/kb-validate.ts';
import { claim, topic } from '../topic-json';

const TODAY = '2026-12-01';
const builtIn = BUILT_IN_TOPIC_FILES;
const tsmc = JSON.parse(readFileSync('tests/fixtures/custom-topics/tsmc.json', 'utf8')) as unknown;

const lines = (
  files: { file: string; json: unknown }[],
  custom = checkCustomTopicFiles([], { builtIn }).topics,
) => checkCustomTopicFiles(files, { builtIn, custom, today: TODAY }).problems.map(formatProblem);

describe('checkCustomTopicFiles', () => {
  it('accepts a valid topic and returns it parsed', () => {
    const check = checkCustomTopicFiles([{ file: 'tsmc.json', json: tsmc }], { builtIn, today: TODAY });
    expect(check.problems).toEqual([]);
    expect(check.topics.map((t) => t.id)).toEqual(['tsmc']);
  });

  it('reads a list of topics, labelling each one in its problems', () => {
    const json = [
      topic({ id: 'one', aliases: ['One Corp'], claims: [claim({ id: 'one-claim' })] }),
      topic({ claims: [claim({ sources: [] })] }),
    ];
    expect(lines([{ file: 'mine.json', json }])).toEqual([
      'mine.json (topic 2): demo-claim: sources: needs at least one source',
    ]);
  });

  it('rejects an empty list', () => {
    expect(lines([{ file: 'mine.json', json: [] }])).toEqual([
      'mine.json: -: -: holds an empty list; a topics file needs at least one topic',
    ]);
  });

  it('rejects a topic id, an alias and a claim id that a built-in topic owns', () => {
    const json = topic({
      id: 'nvidia',
      aliases: ['DeepSeek'],
      claims: [claim({ id: 'deepseek-italy-ban' })],
    });
    expect(lines([{ file: 'mine.json', json }])).toEqual([
      'mine.json: nvidia: id: duplicate topic id; also used in data/topics/nvidia.json',
      'mine.json: nvidia: aliases[0]: alias "DeepSeek" is also claimed by topic deepseek (data/topics/deepseek.json)',
      'mine.json: deepseek-italy-ban: id: duplicate claim id; also used in data/topics/deepseek.json (topic deepseek)',
    ]);
  });

  it('rejects a topic that collides with a kept custom topic', () => {
    const kept = checkCustomTopicFiles([{ file: 'tsmc.json', json: tsmc }], { builtIn, today: TODAY }).topics;
    expect(lines([{ file: 'again.json', json: tsmc }], kept)).toEqual([
      'again.json: tsmc: id: duplicate topic id; also used in your custom topics',
      'again.json: tsmc: aliases[0]: alias "TSMC" is also claimed by topic tsmc (your custom topics)',
      'again.json: tsmc: aliases[1]: alias "Taiwan Semiconductor Manufacturing" is also claimed by topic tsmc (your custom topics)',
      'again.json: tsmc-arizona-chips-award: id: duplicate claim id; also used in your custom topics (topic tsmc)',
    ]);
  });

  it('returns no topics when any file has a problem', () => {
    const check = checkCustomTopicFiles(
      [
        { file: 'tsmc.json', json: tsmc },
        { file: 'bad.json', json: topic({ claims: [claim({ caveats: [] })] }) },
      ],
      { builtIn, today: TODAY },
    );
    expect(check.problems).toHaveLength(1);
    expect(check.topics).toEqual([]);
  });

  it('names invalid JSON in one problem', () => {
    const parsed = parseJsonFile('mine.json', '{"id": ');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(formatProblem(parsed.problem)).toMatch(/^mine\.json: -: -: is not valid JSON \(/);
  });
});

describe('exported custom topics', () => {
  it('import again unchanged', () => {
    const first = checkCustomTopicFiles([{ file: 'tsmc.json', json: tsmc }], {
      builtIn,
      today: TODAY,
    }).topics;
    const file = exportCustomTopics(first);
    const again = checkCustomTopicFiles([{ file: 'export.json', json: JSON.parse(file) }], {
      builtIn,
      today: TODAY,
    });
    expect(again.problems).toEqual([]);
    expect(again.topics).toEqual(first);
    expect(exportCustomTopics(again.topics)).toBe(file);
  });
});

describe('readStoredCustomTopics', () => {
  const kept = checkCustomTopicFiles([{ file: 'tsmc.json', json: tsmc }], { builtIn, today: TODAY }).topics;

  it('reads what was stored', () => {
    expect(readStoredCustomTopics(toStoredCustomTopics(kept), BUILT_IN_TOPIC_IDS)).toEqual({ topics: kept });
  });

  it('reads nothing stored as no topics, silently', () => {
    expect(readStoredCustomTopics(undefined, BUILT_IN_TOPIC_IDS)).toEqual({ topics: [] });
  });

  it('leaves out a topic that no longer fits, with a notice', () => {
    const stored = { version: 1, topics: [...kept, { id: 'nvidia' }, topic({ id: 'deepseek' })] };
    expect(readStoredCustomTopics(stored, BUILT_IN_TOPIC_IDS)).toEqual({
      topics: kept,
      notice: CUSTOM_TOPICS_NOTICES.someUnreadable(2),
    });
  });

  it('shows nothing from a newer version, with a notice', () => {
    expect(readStoredCustomTopics({ version: 2, topics: kept }, BUILT_IN_TOPIC_IDS)).toEqual({
      topics: [],
      notice: CUSTOM_TOPICS_NOTICES.newerVersion,
    });
  });

  it('knows each topic’s latest review date', () => {
    const [first] = kept;
    if (!first) throw new Error('no topic');
    const older = {
      ...first,
      claims: [...first.claims, { ...(first.claims[0] as (typeof first.claims)[0]), reviewed: '2025-01-01' }],
    };
    expect(latestReview(older)).toBe('2026-12-01');
  });
});
