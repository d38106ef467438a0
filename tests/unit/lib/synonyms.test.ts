import { describe, expect, it } from 'vitest';
import { SYNONYM_FACTOR, synonymExpansions } from '../../../lib/rank/synonyms';
import { buildTermIndex, editDistance, loadTermIndex } from '../../../lib/rank/term-index';
import { termsOf } from '../../../lib/text/text-terms';

const expand = (text: string) => synonymExpansions(termsOf(text)).map(({ term }) => term);

describe('synonymExpansions', () => {
  it('brings the other words of a word’s groups, each at SYNONYM_FACTOR', () => {
    const expansions = synonymExpansions(termsOf('Regulators barred the app'));
    expect(expansions.map(({ term }) => term)).toEqual(expect.arrayContaining(['ban', 'block', 'watchdog']));
    expect(expansions.every(({ factor }) => factor === SYNONYM_FACTOR)).toBe(true);
    expect(expansions.find(({ term }) => term === 'ban')?.source).toBe('bar');
  });

  it('matches a phrase whole, and a one-way rule only one way', () => {
    expect(expand('China’s armed forces')).toContain('militari');
    expect(expand('forces of habit')).not.toContain('militari');
    expect(expand('the military')).not.toContain('armi');
    expect(expand('users’ personal data')).toContain('privaci');
    expect(expand('privacy')).toEqual([]);
  });

  it('knows the verbs of regulation news', () => {
    expect(expand('regulators launched a probe')).toContain('investig');
    expect(expand('Washington loosened the rules')).toContain('eas');
    expect(expand('the valuation')).toEqual(['market']);
  });

  it('knows the words outsiders tell the claims with, and not the everyday words beside them', () => {
    expect(expand('the model keeps pace with o1')).toContain('match');
    expect(expand('the weights are gratis')).toContain('fre');
    expect(expand('a hobbled H100')).toContain('cutdown');
    expect(expand('shares cratered')).toContain('fall');
    expect(expand('the shares went off a cliff')).toContain('fall');
    expect(expand('the stock is in freefall')).toContain('fall');
    expect(expand('the megacaps sold off')).toContain('tech');
    expect(expand('the Magnificent Seven sold off')).toContain('tech');
    expect(expand('the lab is bankrolled by its founder')).toContain('fund');
    expect(expand('controls proved toothless')).toContain('fail');
    expect(expand('the chatbot parrots the party line')).toContain('censor');
    // "Assistant" stems to "assist": help is no synonym, or every chatbot would be helped.
    expect(expand('the AI assistant')).not.toContain('help');
    expect(expand('new high')).not.toContain('record');
  });

  it('brings a country for its capital and its adjective', () => {
    expect(expand('Seoul said')).toEqual(expect.arrayContaining(['korea', 'korean']));
    // …and for its name in Chinese, Korean or Japanese news.
    expect(expand('意大利监管机构')).toEqual(expect.arrayContaining(['itali', 'italian']));
    expect(expand('말레이시아 정부')).toContain('malaysia');
    expect(expand('中国に輸出')).not.toContain('china');
    expect(expand('중국에')).toContain('china');
    expect(expand('German regulators')).toEqual(expect.arrayContaining(['germani', 'berlin']));
  });

  it('expands Chinese words, after folding Traditional to Simplified', () => {
    expect(expand('下架')).toContain('移除');
    expect(expand('暴跌')).toContain('下跌');
  });

  it('reads the claims’ words in German, Korean and Japanese news', () => {
    expect(expand('Ob die Exportkontrollen gescheitert sind')).toContain('fail');
    expect(expand('Die Datenschutzbeauftragte hat Apple aufgefordert')).toEqual(
      expect.arrayContaining(['data', 'protect']),
    );
    // A Korean word is met by its character pairs, whatever particle follows it.
    expect(expand('엔비디아의 시가총액이')).toEqual(expect.arrayContaining(['market', 'valu']));
    expect(expand('딥시크 앱의 신규 다운로드를')).toContain('download');
    expect(expand('エヌビディアの株価は')).toContain('stock');
    expect(expand('回答を拒否した')).toContain('refus');
  });

  it('reads what a chatbot does when it will not answer, and what it will not answer about', () => {
    expect(expand('“Sorry, that’s beyond my current scope,” it replied')).toContain('refus');
    expect(expand('asked about Xi Jinping')).toEqual(expect.arrayContaining(termsOf('political, sensitive')));
    expect(expand('what happened in June 1989')).toContain('tiananmen');
    expect(expand('被问到六四事件')).toContain('天安门');
  });

  it('reads claims told by what happened', () => {
    expect(expand('the sell-off wiped out $590 billion')).toEqual(
      expect.arrayContaining(termsOf('loss lose')),
    );
    expect(expand('servers relabelled before shipping')).toContain(termsOf('smuggle')[0]);
    expect(expand('it leaves out salaries')).toContain(termsOf('staff')[0]);
    expect(expand('a database left open')).toContain(termsOf('leak')[0]);
    // A product reviewer is no peer reviewer.
    expect(expand('our reviewer tried it')).toEqual([]);
  });

  it('does not repeat terms the text already has', () => {
    expect(expand('ban and bar')).not.toContain('ban');
    expect(expand('ban and bar')).not.toContain('bar');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours, up to a limit', () => {
    expect(editDistance('regulatr', 'regulator', 2)).toBe(1);
    expect(editDistance('profuond', 'profound', 2)).toBe(1);
    expect(editDistance('pronounc', 'profound', 3)).toBe(2);
    expect(editDistance('abc', 'abc', 0)).toBe(0);
    expect(editDistance('pronounc', 'profound', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('TermIndex.score', () => {
  const fields = [
    { name: 'keywords', weight: 3, b: 0.3 },
    { name: 'statement', weight: 2, b: 0.5 },
  ];
  const index = loadTermIndex(
    buildTermIndex(fields, [
      [['robots'], ['Robots sort parcels']],
      [['parcels'], ['Drones deliver parcels quickly']],
      [['zebra'], ['Zebras graze']],
    ]),
  );

  it('reports how much of a field’s terms the query covers, weighted by idf', () => {
    const results = index.score(termsOf('robots sort parcels'), { coverageField: 1 });
    const byDoc = new Map(results.map((result) => [result.doc, result]));
    expect(byDoc.get(0)?.coverage).toBeCloseTo(1, 5);
    expect(byDoc.get(1)?.coverage ?? 0).toBeGreaterThan(0);
    expect(byDoc.get(1)?.coverage ?? 1).toBeLessThan(0.5);
    expect(index.score(termsOf('robots')).every(({ coverage }) => coverage === 0)).toBe(true);
  });

  it('returns only the best `limit` documents when asked', () => {
    const all = index.score(termsOf('robots parcels'));
    expect(all.length).toBe(2);
    expect(index.score(termsOf('robots parcels'), { limit: 1 })).toEqual(all.slice(0, 1));
  });
});
