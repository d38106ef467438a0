import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB, BUILT_IN_TOPIC_FILES } from '../../../data/kb';
import {
  checkCustomTopicFiles,
  readStoredCustomTopics,
  toStoredCustomTopics,
} from '../../../lib/kb/custom-topics';
import { matchingTopicsOf, readMatchingCustomTopics } from '../../../lib/match/matching-topic';

const BUILT_IN_IDS = BUILT_IN_KB.map((topic) => topic.id);
const [tsmc] = checkCustomTopicFiles(
  [{ file: 'tsmc.json', json: JSON.parse(readFileSync('tests/fixtures/custom-topics/tsmc.json', 'utf8')) }],
  { builtIn: BUILT_IN_TOPIC_FILES, today: '2026-12-01' },
).topics;
if (!tsmc) throw new Error('the TSMC fixture is not a valid topic');

/** A stored value as the options page writes it, round-tripped through JSON as storage does. */
const stored = (topics: unknown[]) => JSON.parse(JSON.stringify({ version: 1, topics }));

describe('readMatchingCustomTopics', () => {
  it('reads what finding mentions needs of a stored topic, and nothing else', () => {
    expect(readMatchingCustomTopics(stored([tsmc]), BUILT_IN_IDS)).toEqual(matchingTopicsOf([tsmc]));
  });

  it('keeps the topics the schema keeps, for what the options page stores', () => {
    const raw = JSON.parse(JSON.stringify(toStoredCustomTopics([tsmc])));
    const bySchema = readStoredCustomTopics(raw, BUILT_IN_IDS).topics;
    expect(readMatchingCustomTopics(raw, BUILT_IN_IDS)).toEqual(matchingTopicsOf(bySchema));
  });

  it('keeps alias options and defaults missing context terms to none', () => {
    const topic = {
      ...tsmc,
      aliases: ['TSMC', { text: 'N3', gated: true, caseSensitive: true }],
      contextTerms: undefined,
    };
    expect(readMatchingCustomTopics(stored([topic]), BUILT_IN_IDS)[0]).toMatchObject({
      aliases: ['TSMC', { text: 'N3', gated: true, caseSensitive: true }],
      contextTerms: [],
    });
  });

  it('leaves out what does not fit, and ids taken by a built-in or an earlier topic', () => {
    const broken = [
      { ...tsmc, id: 'Not Kebab' },
      { ...tsmc, id: 'no-name', name: ' ' },
      { ...tsmc, id: 'no-aliases', aliases: [] },
      { ...tsmc, id: 'bad-alias', aliases: [{ text: 'X', gated: 'yes' }] },
      { ...tsmc, id: 'empty-alias', aliases: [''] },
      { ...tsmc, id: 'bad-terms', contextTerms: [3] },
      { ...tsmc, id: 'no-claims', claims: [] },
      { ...tsmc, id: 'nvidia' },
      'not a topic',
      null,
      tsmc,
      { ...tsmc, name: 'TSMC again' },
    ];
    expect(readMatchingCustomTopics(stored(broken), BUILT_IN_IDS).map((topic) => topic.name)).toEqual([
      'TSMC',
    ]);
  });

  it('reads nothing from a value that is not the stored form this version writes', () => {
    for (const raw of [undefined, null, 'garbage', [], {}, { version: 2, topics: [tsmc] }, { version: 1 }]) {
      expect(readMatchingCustomTopics(raw, BUILT_IN_IDS)).toEqual([]);
    }
  });
});
