import builtIndex from 'virtual:caveat-search-index';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import type { Claim, KnowledgeBase, Topic } from '../../../data/schema';
import {
  buildSearchIndex,
  createKbSearch,
  isSearchIndexFor,
  type SearchResult,
} from '../../../lib/rank/search';

const kbSearch = createKbSearch(BUILT_IN_KB);
const keyOf = (result: SearchResult) => result.claimId ?? `topic:${result.topicId}`;
const keys = (results: SearchResult[]) => results.map(keyOf);

function claim(id: string, fields: Partial<Claim> = {}): Claim {
  return {
    id,
    statement: `Statement of ${id}.`,
    verdict: 'supported',
    explanation: 'Nothing of note.',
    caveats: ['A caveat.'],
    sources: [{ publisher: 'Example Press', title: 'A report', date: '2025-01-27', kind: 'news' }],
    keywords: [],
    reviewed: '2025-06-01',
    ...fields,
  };
}

function topic(id: string, claims: Claim[], fields: Partial<Topic> = {}): Topic {
  return { id, name: id, summary: `About ${id}.`, aliases: [id], contextTerms: [], claims, ...fields };
}

describe('createKbSearch on the built-in knowledge base', () => {
  it('returns nothing for an empty or blank query', () => {
    expect(kbSearch.search('')).toEqual([]);
    expect(kbSearch.search('   \t\n')).toEqual([]);
  });

  it('when searching for "nvidai export contrls", finds Nvidia’s compliance claim first, then export controls', () => {
    const results = kbSearch.search('nvidai export contrls', 5);
    expect(keyOf(results[0] as SearchResult)).toBe('nvidia-export-compliant-statement');
    expect(results.slice(1).every(({ topicId }) => topicId === 'export-controls')).toBe(true);
    expect(results.map(({ topicId }) => topicId)).not.toContain('deepseek');
  });

  it('when searching for "deepsek cost", finds DeepSeek’s cost claims first', () => {
    const results = kbSearch.search('deepsek cost', 4);
    expect(results.every(({ topicId }) => topicId === 'deepseek')).toBe(true);
    expect(keys(results)).toEqual(
      expect.arrayContaining([
        'deepseek-r1-trained-for-5-6-million',
        'deepseek-r1-cost-294000',
        'deepseek-cheaper-to-run',
      ]),
    );
  });

  it('when searching for "H20", finds the claims keyed on that chip', () => {
    const top5 = keys(kbSearch.search('H20', 5));
    expect(top5).toEqual(
      expect.arrayContaining([
        'nvidia-h20-curbs-cost-billions',
        'nvidia-h20-15-percent-deal',
        'export-controls-china-only-chips',
      ]),
    );
  });

  it('finds a topic by one of its aliases', () => {
    const [first] = kbSearch.search('export curbs');
    expect(first).toMatchObject({ topicId: 'export-controls', claimId: null });
  });

  it('gives a topic-level hit the topic summary as its statement', () => {
    const hit = kbSearch.search('nvidia').find((result) => result.claimId === null);
    const nvidia = BUILT_IN_KB.find(({ id }) => id === 'nvidia');
    expect(hit).toEqual(expect.objectContaining({ topicId: 'nvidia', statement: nvidia?.summary }));
  });

  it('gives a claim hit the claim’s statement', () => {
    const [first] = kbSearch.search('Garante');
    const italy = BUILT_IN_KB.flatMap(({ claims }) => claims).find(({ id }) => id === 'deepseek-italy-ban');
    expect(first).toEqual(
      expect.objectContaining({
        topicId: 'deepseek',
        claimId: 'deepseek-italy-ban',
        statement: italy?.statement,
      }),
    );
  });

  it('finds the topic first for its Chinese name, and answers where DeepSeek is based', () => {
    expect(keys(kbSearch.search('出口管制', 3))[0]).toBe('topic:export-controls');
    expect(keys(kbSearch.search('where is deepseek based', 3))).toContain('deepseek-chinese-startup');
    expect(keys(kbSearch.search('who owns deepseek', 3))).toContain('deepseek-chinese-startup');
  });

  it('returns at most top results, 10 by default, best first with scores between 0 and 1', () => {
    expect(kbSearch.search('chips')).toHaveLength(10);
    expect(kbSearch.search('chips', 3)).toHaveLength(3);
    expect(kbSearch.search('chips', 0)).toEqual([]);
    const scores = kbSearch.search('export controls china', 20).map(({ score }) => score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const score of scores) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});

describe('createKbSearch fields', () => {
  const kb: KnowledgeBase = [
    topic('alpha', [
      claim('in-caveat', { caveats: ['Only a zebra saw it.'] }),
      claim('in-explanation', { explanation: 'The quagga was there.' }),
      claim('in-keywords', { keywords: ['okapi'] }),
    ]),
    topic('beta', [claim('plain')], { aliases: ['Gnu Holdings', { text: 'GNUH', caseSensitive: true }] }),
  ];
  const search = createKbSearch(kb);

  it('searches caveats, explanations and keywords of claims', () => {
    expect(keyOf(search.search('zebra')[0] as SearchResult)).toBe('in-caveat');
    expect(keyOf(search.search('quagga')[0] as SearchResult)).toBe('in-explanation');
    expect(keyOf(search.search('okapi')[0] as SearchResult)).toBe('in-keywords');
  });

  it('searches topic aliases, plain or with options', () => {
    expect(keyOf(search.search('gnu holdings')[0] as SearchResult)).toBe('topic:beta');
    expect(keyOf(search.search('gnuh')[0] as SearchResult)).toBe('topic:beta');
  });

  it('tolerates a typo in a short word', () => {
    expect(keyOf(search.search('zebar')[0] as SearchResult)).toBe('in-caveat');
  });

  it('puts a topic first when the query is its name or an alias, whole', () => {
    const named = createKbSearch([
      topic('delta', [claim('uses-the-name', { keywords: ['Gnu Holdings', 'Gnu Holdings', 'holdings'] })], {
        aliases: ['Gnu Holdings'],
      }),
    ]);
    expect(keys(named.search('gnu holdings'))[0]).toBe('topic:delta');
    expect(keys(named.search('holdings'))[0]).toBe('uses-the-name');
    const scores = named.search('gnu holdings').map(({ score }) => score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('answers question forms whose question word carries the meaning', () => {
    const asked = createKbSearch([
      topic('epsilon', [
        claim('company', { keywords: ['founder', 'headquarters'] }),
        claim('cost', { keywords: ['cost'] }),
        claim('risk', { keywords: ['security risks'] }),
      ]),
    ]);
    expect(keys(asked.search('where is epsilon based'))[0]).toBe('company');
    expect(keys(asked.search('who runs epsilon'))[0]).toBe('company');
    expect(keys(asked.search('how expensive is it to train'))[0]).toBe('cost');
    expect(keys(asked.search('is epsilon safe'))[0]).toBe('risk');
  });

  it('meets a claim through a synonym, and a Taiwanese word through the mainland one', () => {
    const worded = createKbSearch([
      topic('zeta', [
        claim('banned', { keywords: ['banned'] }),
        claim('chips', { keywords: ['芯片'] }),
        claim('other', { keywords: ['okapi'] }),
      ]),
    ]);
    expect(keys(worded.search('barred'))[0]).toBe('banned');
    expect(keys(worded.search('晶片'))[0]).toBe('chips');
  });

  it('still searches a query made only of short or common words', () => {
    const results = createKbSearch([topic('gamma', [claim('ai', { keywords: ['AI'] })])]).search('AI');
    expect(keys(results)).toContain('ai');
  });
});

describe('buildSearchIndex', () => {
  it('builds an index that survives JSON and gives the same results', () => {
    const json = JSON.parse(JSON.stringify(buildSearchIndex(BUILT_IN_KB)));
    const prebuilt = createKbSearch(BUILT_IN_KB, json);
    for (const query of ['nvidai export contrls', 'deepsek cost', 'H20', 'Garante privacy']) {
      expect(prebuilt.search(query)).toEqual(kbSearch.search(query));
    }
  });

  it('ships the popup an index built at build time for the built-in knowledge base', () => {
    expect(isSearchIndexFor(BUILT_IN_KB, builtIndex)).toBe(true);
    expect(createKbSearch(BUILT_IN_KB, builtIndex).search('Garante')[0]?.claimId).toBe('deepseek-italy-ban');
  });

  it('loads a prebuilt index instead of indexing again', () => {
    const json = buildSearchIndex(BUILT_IN_KB);
    expect(isSearchIndexFor(BUILT_IN_KB, json)).toBe(true);
    // A term only the prebuilt index has: found only if the search reads that index.
    const doc = json.index.docCount - 1;
    const marked = {
      ...json,
      index: { ...json.index, postings: { ...json.index.postings, okapimarker: [doc, 1, 1] } },
    };
    expect(createKbSearch(BUILT_IN_KB, marked).search('okapimarker')).toHaveLength(1);
    expect(kbSearch.search('okapimarker')).toEqual([]);
  });

  it('ignores an index built for other data and indexes the knowledge base it is given', () => {
    const other = buildSearchIndex([topic('other', [claim('elsewhere', { keywords: ['zebra'] })])]);
    const kb = [topic('alpha', [claim('here', { keywords: ['okapi'] })])];
    const search = createKbSearch(kb, other);
    expect(keys(search.search('okapi'))).toEqual(['here']);
    expect(search.search('zebra')).toEqual([]);
  });
});
