import Fuse from 'fuse.js';
import { describe, expect, it, vi } from 'vitest';
import type { Claim, Topic } from '../../../data/schema';
import { createClaimRanker, significantTokens, withoutSuffix } from '../../../lib/ranker';

function claim(id: string, fields: Partial<Claim> = {}): Claim {
  return {
    id,
    statement: `Statement of ${id}.`,
    verdict: 'needs-context',
    explanation: 'An explanation that says nothing in particular.',
    caveats: ['A caveat.'],
    sources: [{ publisher: 'Example Press', title: 'A report', date: '2025-01-27', kind: 'news' }],
    keywords: [],
    reviewed: '2025-06-01',
    ...fields,
  };
}

function topic(claims: Claim[], id = 'synthetic'): Topic {
  return {
    id,
    name: 'Synthetic',
    summary: 'A topic for tests.',
    aliases: ['Synthetic'],
    contextTerms: [],
    claims,
  };
}

/** A small topic shaped like the real ones: distinct subjects, some shared vocabulary. */
const CHIPS = topic([
  claim('training-cost', {
    statement: 'The lab trained its model for just $5.6 million.',
    explanation: 'The figure covers the final training run only, priced at $2 per GPU-hour.',
    keywords: ['training cost', '$5.6 million', 'GPU-hours'],
  }),
  claim('stock-fall', {
    statement: 'The chipmaker suffered a record one-day fall in market value.',
    explanation: 'Shares closed down 17% on 27 January 2025, about $589 billion of market value.',
    keywords: ['stock', 'shares', 'sell-off', 'market value'],
  }),
  claim('export-ban', {
    statement: 'Washington banned exports of advanced accelerators to China.',
    explanation: 'The control covers chips above a performance threshold; a licence is required.',
    keywords: ['export control', 'ban', 'licence'],
  }),
  claim('privacy', {
    statement: 'A regulator blocked the chatbot app over privacy.',
    explanation: 'The data protection authority ordered a limitation of processing.',
    keywords: ['privacy', 'regulator', 'data protection'],
  }),
  claim('charge', {
    statement: 'Curbs on one accelerator cost the company a $5.5 billion charge.',
    explanation: 'The company booked a charge for inventory it could not ship.',
    keywords: ['charge', 'write-off'],
  }),
]);

const ids = (ranked: { claim: Claim }[]) => ranked.map(({ claim }) => claim.id);

describe('significantTokens', () => {
  it('drops stop words and one-letter words and keeps content words in order', () => {
    expect(significantTokens('The U.S. said that it would tighten the export rules')).toEqual([
      'tighten',
      'export',
      'rules',
    ]);
  });

  it('keeps numbers as their digits, without currency, unit or percent sign', () => {
    expect(significantTokens('It cost $5.6M, not $294,000; shares fell 17% in 2025 on 2,048 GPUs')).toEqual([
      'cost',
      '5.6',
      '294,000',
      'shares',
      'fell',
      '17',
      '2025',
      '2,048',
      'gpus',
    ]);
  });

  it('keeps short model and chip names that contain digits', () => {
    expect(significantTokens('R1, V3, H20 and o1 are models and chips')).toEqual([
      'r1',
      'v3',
      'h20',
      'o1',
      'models',
      'chips',
    ]);
  });

  it('splits CJK runs into overlapping pairs of characters', () => {
    expect(significantTokens('英伟达股价')).toEqual(['英伟', '伟达', '达股', '股价']);
  });

  it('folds case and compatibility forms, and does not repeat a token', () => {
    expect(significantTokens('ＮＶＩＤＩＡ Nvidia nvidia')).toEqual(['nvidia']);
  });
});

describe('withoutSuffix', () => {
  it('strips one inflectional ending so the word prefixes its relatives', () => {
    expect(withoutSuffix('controls')).toBe('control');
    expect(withoutSuffix('trained')).toBe('train');
    expect(withoutSuffix('translates')).toBe('translat');
    expect(withoutSuffix('banned')).toBe('ban');
    expect(withoutSuffix('h800s')).toBe('h800');
  });

  it('leaves short words and numbers alone', () => {
    expect(withoutSuffix('uses')).toBe('uses');
    expect(withoutSuffix('news')).toBe('news');
    expect(withoutSuffix('5.6')).toBe('5.6');
  });
});

describe('createClaimRanker', () => {
  const ranker = createClaimRanker(CHIPS);

  it('ranks first the claim the sentence is about', () => {
    expect(ids(ranker.rank('Shares of the chipmaker plunged in a record sell-off on Monday.'))[0]).toBe(
      'stock-fall',
    );
    expect(ids(ranker.rank('The lab says training cost only $5.6 million.'))[0]).toBe('training-cost');
    expect(ids(ranker.rank('Italy’s data protection regulator blocked the app.'))[0]).toBe('privacy');
  });

  it('matches inflected forms of the claim’s words', () => {
    expect(ids(ranker.rank('New export controls will require licences for sales.'))[0]).toBe('export-ban');
    expect(ids(ranker.rank('It took charges after the bans.'))[0]).toBe('charge');
  });

  it('tells numbers apart exactly: $5.5 billion is not $5.6 million', () => {
    expect(ids(ranker.rank('The firm booked a $5.5 billion hit.'))[0]).toBe('charge');
    expect(ids(ranker.rank('A figure of $5.6M was quoted.'))[0]).toBe('training-cost');
  });

  it('weighs keywords above the statement and the statement above the explanation', () => {
    const weighted = topic([
      claim('in-explanation', { explanation: 'Mentions smuggling once.' }),
      claim('in-statement', { statement: 'A claim about smuggling.' }),
      claim('in-keywords', { keywords: ['smuggling'] }),
      claim('unrelated'),
    ]);
    expect(ids(createClaimRanker(weighted).rank('Reports of smuggling grew.'))).toEqual([
      'in-keywords',
      'in-statement',
      'in-explanation',
    ]);
  });

  it('prefers the claim that shares more of the sentence’s words', () => {
    const ranked = ranker.rank(
      'The regulator cited privacy and data protection when it blocked the chatbot.',
    );
    expect(ids(ranked)[0]).toBe('privacy');
    expect(ranked[0]?.score).toBeGreaterThan(ranked[1]?.score ?? 1);
  });

  it('returns scores between 0 and 1, best first', () => {
    const ranked = ranker.rank('Shares fell 17% as the export ban hit sales.', 5);
    expect(ranked).toHaveLength(5);
    for (const { score } of ranked) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    const scores = ranked.map(({ score }) => score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(0);
  });

  it('fills the card in the topic’s own order, scored 0, when nothing matches', () => {
    const ranked = ranker.rank('The weather was pleasant.');
    expect(ids(ranked)).toEqual(['training-cost', 'stock-fall', 'export-ban']);
    expect(ranked.map(({ score }) => score)).toEqual([0, 0, 0]);
    expect(ids(ranker.rank(''))).toEqual(['training-cost', 'stock-fall', 'export-ban']);
  });

  it('fills up with unmatched claims after the matched ones, without repeating any', () => {
    const ranked = ids(ranker.rank('A privacy regulator acted.', 4));
    expect(ranked[0]).toBe('privacy');
    expect(new Set(ranked).size).toBe(4);
  });

  it('returns min(top, claims) claims', () => {
    expect(ranker.rank('shares')).toHaveLength(3);
    expect(ranker.rank('shares', 1)).toHaveLength(1);
    expect(ranker.rank('shares', 50)).toHaveLength(5);
    expect(ranker.rank('shares', 0)).toEqual([]);
    expect(ranker.rank('shares', -2)).toEqual([]);
  });

  it('leaves out a word found in most claims, so it cannot decide the order', () => {
    // Every statement names the lab; only one claim is about distillation.
    const shared = topic(
      ['a', 'b', 'c', 'd', 'e'].map((id) =>
        claim(id, {
          statement: `Acme Lab claim ${id}.`,
          keywords: id === 'd' ? ['distillation'] : ['acme lab'],
        }),
      ),
    );
    expect(ids(createClaimRanker(shared).rank('Acme Lab denied distillation.'))[0]).toBe('d');
  });

  it('builds the Fuse index once per topic and reuses it for every mention', () => {
    const spy = vi.spyOn(Fuse, 'createIndex');
    const fresh = topic([claim('only', { keywords: ['alpha'] }), claim('other')], 'fresh');
    createClaimRanker(fresh).rank('alpha beta');
    createClaimRanker(fresh).rank('alpha gamma');
    createClaimRanker(fresh).rank('delta');
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('ranks within a topic too large to scan whole, through its candidates', () => {
    const many = Array.from({ length: 1_000 }, (_, i) =>
      claim(`filler-${i}`, {
        statement: `Routine market note number ${i} about shares and chips.`,
        keywords: ['market', 'shares'],
      }),
    );
    many.splice(
      637,
      0,
      claim('needle', { statement: 'Smuggled accelerators reached Singapore.', keywords: ['smuggling'] }),
    );
    const ranked = createClaimRanker(topic(many, 'large')).rank(
      'Officials say smuggled chips went through Singapore.',
    );
    expect(ranked).toHaveLength(3);
    expect(ranked[0]?.claim.id).toBe('needle');
  });
});
