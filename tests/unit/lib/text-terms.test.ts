import { describe, expect, it } from 'vitest';
import { HAN_PAIR_COUNT, toSimplified } from '../../../lib/text/han-script';
import { stemWord, termsOf } from '../../../lib/text/text-terms';

describe('termsOf', () => {
  it('drops stop words and question words and stems the rest', () => {
    expect(termsOf('Who founded the company that controls the export licences?')).toEqual([
      'found',
      'compani',
      'control',
      'export',
      'licens',
    ]);
  });

  it('drops words every news story has, and tells "found" (find) from "founded"', () => {
    expect(termsOf('The report included plans the officials found.')).toEqual([]);
    expect(termsOf('Liang founded it; its founder')).toEqual(['liang', 'found', 'found']);
  });

  it('writes an amount as one value term however it is written', () => {
    for (const text of ['$5.6 million', '$5.6M', '5.6m', '5.6 million dollars']) {
      expect(termsOf(text)[0], text).toBe('#5600000');
    }
    expect(termsOf('$589bn')).toEqual(['#589000000000']);
    expect(termsOf('$294,000 or $294K')).toEqual(['#294000', '#294000']);
    expect(termsOf('2,048 GPUs')).toEqual(['#2048', 'gpu']);
    expect(termsOf('$5.5 billion')).not.toEqual(termsOf('$5.6 billion'));
  });

  it('writes an amount in Chinese units as the same value, inside a run of characters too', () => {
    expect(termsOf('600万美元')).toContain('#6000000');
    expect(termsOf('不到600万美元')).toContain('#6000000');
    expect(termsOf('市值突破4万亿美元')).toContain(termsOf('$4 trillion')[0]);
    expect(termsOf('5890億美元')).toContain(termsOf('$589bn')[0]);
    expect(termsOf('29.4万美元')).toContain(termsOf('$294,000')[0]);
    expect(termsOf('5.6百万美元')).toContain(termsOf('$5.6 million')[0]);
    // A number glued to Latin letters is still a word ("5nm"), as before.
    expect(termsOf('5nm chips')).toContain('5nm');
  });

  it('writes amounts in Japanese, Korean and German units as the same value', () => {
    expect(termsOf('時価総額は5兆ドル')).toContain(termsOf('$5 trillion')[0]);
    expect(termsOf('시가총액이 5조 달러를')).toContain(termsOf('$5 trillion')[0]);
    expect(termsOf('3억 달러')).toContain(termsOf('$300 million')[0]);
    // German writes a decimal comma and thousands points; a Billion is a trillion.
    expect(termsOf('5,6 Millionen Dollar')).toEqual(['#5600000', 'dollar']);
    expect(termsOf('4,5 Milliarden')).toEqual(termsOf('$4.5 billion'));
    expect(termsOf('1.200 Mio.')).toEqual(termsOf('$1.2 billion'));
    expect(termsOf('5 Billionen')).toEqual(termsOf('$5 trillion'));
    expect(termsOf('sechs Millionen')).toEqual(termsOf('six million'));
    expect(termsOf('fünf Billionen')).toEqual(termsOf('$5 trillion'));
    // An English thousands comma stays one (5,600 is not 5.6).
    expect(termsOf('5,600 million')).toEqual(termsOf('$5.6 billion'));
  });

  it('writes percentages as % terms: 17%, 17 per cent and 17 percent', () => {
    for (const text of ['17%', '17 per cent', '17 percent', '17 pct'])
      expect(termsOf(text), text).toEqual(['%17']);
  });

  it('writes a number spelled out before its unit as the same value, and leaves other number words', () => {
    expect(termsOf('six million dollars')).toEqual(['#6000000', 'dollar']);
    expect(termsOf('two thousand GPUs')).toEqual(['#2000', 'gpu']);
    expect(termsOf('twenty-five per cent')).toEqual(['%25']);
    expect(termsOf('fifteen percent')).toEqual(['%15']);
    expect(termsOf('half a billion')).toEqual(['#500000000']);
    expect(termsOf('two hundred million')).toEqual(['#200000000']);
    expect(termsOf('a million users')).toEqual(['#1000000', 'user']);
    expect(termsOf('two models')).toEqual(['two', 'model']);
  });

  it('reads an idiom made of empty or other words as the word it stands for', () => {
    expect(termsOf('everything was by the book')).toEqual(['everyth', 'lawful']);
    expect(termsOf('the sales were above board')).toEqual(['sal', 'lawful']);
    expect(termsOf('Nvidia booked a charge')).toEqual(['nvidia', 'book', 'charg']);
  });

  it('reads hundreds and what follows them as one spelled number, with or without "and"', () => {
    expect(termsOf('two hundred and ninety-four thousand dollars')).toEqual(['#294000', 'dollar']);
    expect(termsOf('two hundred ninety-four thousand')).toEqual(['#294000']);
    expect(termsOf('three hundred thousand')).toEqual(['#300000']);
  });

  it('writes dates as @ terms: month and year, day and month, with the year as a number too', () => {
    expect(termsOf('October 2023')).toEqual(['@2023-10', '#2023']);
    expect(termsOf('Oct. 2023')).toEqual(['@2023-10', '#2023']);
    expect(termsOf('27 January')).toEqual(['@01-27']);
    expect(termsOf('January 27')).toEqual(['@01-27']);
    expect(termsOf('27 January 2025')).toEqual(['@01-27', '@2025-01', '#2025']);
  });

  it('keeps model and chip names, without a plural s', () => {
    expect(termsOf('H800s, R1 and V3.2')).toEqual(['h800', 'r1', 'v3', '#2']);
  });

  it('gives a hyphenated word its parts and the joined word', () => {
    expect(termsOf('sell-off')).toEqual(['sell', 'sellof']);
    expect(termsOf('selloff')).toEqual(['sellof']);
  });

  it('cuts Chinese into words and pairs of characters, and folds Traditional to Simplified', () => {
    expect(termsOf('股价暴跌')).toEqual(expect.arrayContaining(['股价', '暴跌']));
    expect(termsOf('股價暴跌')).toEqual(termsOf('股价暴跌'));
    expect(termsOf('深度求索 訓練成本')).toEqual(termsOf('深度求索 训练成本'));
    expect(termsOf('意大利禁止DeepSeek')).toContain('deepseek');
    expect(termsOf('出口管制失败了吗')).not.toContain('吗');
  });

  it('gives no pair across two words of two characters or more, but keeps pairs a split name needs', () => {
    expect(termsOf('人工智能')).not.toContain('工智');
    expect(termsOf('人工智能')).toEqual(expect.arrayContaining(['人工', '智能']));
    expect(termsOf('英伟达')).toContain('伟达');
  });

  it('writes words Taiwan spells differently as the mainland does', () => {
    expect(termsOf('晶片')).toEqual(termsOf('芯片'));
    expect(termsOf('人工智慧')).toEqual(termsOf('人工智能'));
    expect(termsOf('南韓')).toEqual(termsOf('韩国'));
  });

  it('folds full-width letters and curly apostrophes as detection does', () => {
    expect(termsOf('ＮＶＩＤＩＡ’s chips')).toEqual(['nvidia', 'chip']);
  });
});

describe('stemWord', () => {
  it('gives inflections one stem', () => {
    const groups = [
      ['control', 'controls', 'controlled', 'controlling'],
      ['ban', 'bans', 'banned', 'banning'],
      ['licence', 'license', 'licensing', 'licences'],
      ['distil', 'distill', 'distilled', 'distillation'],
      ['censor', 'censored', 'censorship'],
      ['democratise', 'democratize', 'democratising'],
      ['sell', 'selling', 'sells'],
    ];
    for (const group of groups)
      expect(new Set(group.map(stemWord)), group.join(' ')).toHaveProperty('size', 1);
  });

  it('keeps unrelated short words apart', () => {
    expect(stemWord('ban')).not.toBe(stemWord('bank'));
    expect(stemWord('italy')).not.toBe(stemWord('ital'));
    expect(stemWord('comply')).toBe('compli');
  });

  it('gives a short word and its plural one stem: "fees" is "fee", "uses" is "use"', () => {
    expect(stemWord('fees')).toBe(stemWord('fee'));
    expect(stemWord('uses')).toBe(stemWord('use'));
    expect(stemWord('ties')).toBe(stemWord('tie'));
    expect(stemWord('releases')).toBe(stemWord('release'));
  });

  it('keeps words apart that a stripped suffix would make another word', () => {
    expect(stemWord('billions')).not.toBe(stemWord('bill'));
    expect(stemWord('customers')).not.toBe(stemWord('customs'));
    expect(stemWord('customers')).toBe(stemWord('customer'));
    expect(stemWord('billions')).toBe(stemWord('billion'));
    expect(stemWord('million')).not.toBe(stemWord('mill'));
    expect(stemWord('trillions')).toBe(stemWord('trillion'));
    expect(stemWord('trading')).not.toBe(stemWord('trade'));
    expect(stemWord('traders')).toBe(stemWord('trader'));
    expect(stemWord('trades')).toBe(stemWord('trade'));
  });
});

describe('toSimplified', () => {
  it('folds Traditional characters of the table and leaves others alone', () => {
    expect(toSimplified('輝達 英偉達 數據洩露 訓練')).toBe('辉达 英伟达 数据泄露 训练');
    expect(toSimplified('DeepSeek 深度求索')).toBe('DeepSeek 深度求索');
    expect(HAN_PAIR_COUNT).toBeGreaterThan(500);
  });
});
