import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aliasKey,
  CHANGED_BY_NORMALIZING_PATTERN,
  foldText,
  LETTER_CHANGING_PATTERN,
  normalizeForMatch,
  normalizeTerm,
  normalizeText,
} from '../../../lib/text/normalize';

/** Every normalised character with the original text it maps back to. */
function mapped(text: string): [string, string][] {
  const normalized = normalizeForMatch(text);
  return [...normalized.text].map((_, index) => [
    normalized.text.charAt(index),
    text.slice(normalized.toOriginal(index), normalized.toOriginalEnd(index + 1)),
  ]);
}

describe('normalizeForMatch', () => {
  it('leaves ASCII text without white-space runs unchanged, offsets included', () => {
    const normalized = normalizeForMatch("DeepSeek's R1-Zero (2025)");
    expect(normalized.text).toBe("DeepSeek's R1-Zero (2025)");
    for (let index = 0; index <= normalized.text.length; index += 1) {
      expect(normalized.toOriginal(index)).toBe(index);
      expect(normalized.toOriginalEnd(index)).toBe(index);
    }
  });

  it('applies NFKC to full-width forms and maps each character back to its original', () => {
    const normalized = normalizeForMatch('ＮＶＩＤＩＡ');
    expect(normalized.text).toBe('NVIDIA');
    expect(normalized.toOriginal(2)).toBe(2);
    expect(normalized.toOriginalEnd(6)).toBe(6);
  });

  it('maps a start inside an expansion to the expanded character, an end to its end', () => {
    // ﬁ (one code unit) becomes "fi": a range over "i" covers the whole ligature.
    const normalized = normalizeForMatch('a ﬁx');
    expect(normalized.text).toBe('a fix');
    expect(normalized.toOriginal(3)).toBe(2);
    expect(normalized.toOriginalEnd(4)).toBe(3);
    expect(normalized.toOriginal(4)).toBe(3);
  });

  it('keeps UTF-16 offsets exact around astral characters', () => {
    // 𝐍 (U+1D40D, two code units) becomes "N".
    const normalized = normalizeForMatch('🙂 𝐍vidia');
    expect(normalized.text).toBe('🙂 Nvidia');
    expect(normalized.toOriginal(3)).toBe(3);
    expect(normalized.toOriginalEnd(4)).toBe(5);
    expect(normalized.toOriginalEnd(normalized.text.length)).toBe(10);
  });

  it('turns curly apostrophes and primes into straight ones, and every dash into a hyphen', () => {
    expect(normalizeForMatch('Nvidia’s ‘x’ ʼy′ a‐b‑c‒d–e—f―g−h').text).toBe(
      "Nvidia's 'x' 'y' a-b-c-d-e-f-g-h",
    );
  });

  it('turns every Unicode space into a space and collapses runs, mapping the run as a whole', () => {
    const text = 'export\u00a0\u202f\t\n  controls\u3000now';
    const normalized = normalizeForMatch(text);
    expect(normalized.text).toBe('export controls now');
    expect(normalized.toOriginal(6)).toBe(6);
    expect(normalized.toOriginalEnd(7)).toBe(12);
    expect(normalized.toOriginal(7)).toBe(12);
  });

  it('drops soft hyphens, zero-width and bidi marks', () => {
    const text = 'Nvi\u00ADdia\u200B \u200Edeep\u2060seek\uFEFF';
    const normalized = normalizeForMatch(text);
    expect(normalized.text).toBe('Nvidia deepseek');
    // The end of "Nvi" stays before the soft hyphen; the start of "dia" is after it.
    expect(normalized.toOriginalEnd(3)).toBe(3);
    expect(normalized.toOriginal(3)).toBe(4);
  });

  it('composes a letter with a following combining mark, as NFKC of the whole text would', () => {
    expect(mapped('Ame\u0301lie')).toEqual([
      ['A', 'A'],
      ['m', 'm'],
      ['é', 'e\u0301'],
      ['l', 'l'],
      ['i', 'i'],
      ['e', 'e'],
    ]);
    // Half-width katakana and its voicing mark compose into one character.
    expect(normalizeForMatch('ｶﾞ').text).toBe('ガ');
    expect(normalizeForMatch('ｶﾞ').text).toBe('ｶﾞ'.normalize('NFKC'));
  });

  it('maps the ends of the text to the ends of the original', () => {
    const normalized = normalizeForMatch('\u00ADx\u00AD');
    expect(normalized.text).toBe('x');
    expect(normalized.toOriginal(1)).toBe(3);
    expect(normalized.toOriginalEnd(0)).toBe(0);
    expect(normalized.toOriginalEnd(1)).toBe(2);
  });
});

describe('normalizeTerm', () => {
  it('normalises a knowledge-base term and trims it', () => {
    expect(normalizeTerm('  export–control\u00a0rules ')).toBe('export-control rules');
  });
});

/** Every code point but the surrogates. */
function* codePoints(): Generator<number> {
  for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += 1) {
    if (codePoint < 0xd800 || codePoint > 0xdfff) yield codePoint;
  }
}

const DROPPED = /[\u00AD\u200B-\u200F\u2060-\u2064\u2066-\u2069\uFEFF]/;

describe('LETTER_CHANGING_PATTERN', () => {
  const pattern = new RegExp(LETTER_CHANGING_PATTERN);

  it('finds every character whose NFKC form brings letters or digits, per the running engine', () => {
    const missed: string[] = [];
    for (const codePoint of codePoints()) {
      const char = String.fromCodePoint(codePoint);
      const normalized = char.normalize('NFKC');
      const brings = normalized !== char && /[\p{L}\p{N}]/u.test(normalized);
      if ((brings || DROPPED.test(char)) && !pattern.test(char)) missed.push(codePoint.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('lets ordinary news punctuation, Latin letters and no-break spaces through', () => {
    expect(pattern.test('“Nvidia’s” café — 10\u00a0a.m. – … • € £ é ñ ü ß')).toBe(false);
  });
});

describe('CHANGED_BY_NORMALIZING_PATTERN', () => {
  const pattern = new RegExp(CHANGED_BY_NORMALIZING_PATTERN);

  it('finds every character NFKC changes other than into white space, per the running engine', () => {
    const missed: string[] = [];
    for (const codePoint of codePoints()) {
      if (codePoint < 0x80 || (codePoint >= 0x2024 && codePoint <= 0x2026) || codePoint === 0x2011) continue;
      const char = String.fromCodePoint(codePoint);
      const normalized = char.normalize('NFKC');
      const changes = normalized !== char && !/^\s+$/u.test(normalized);
      if ((changes || DROPPED.test(char)) && !pattern.test(char)) missed.push(codePoint.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('lets ordinary news punctuation and white space through', () => {
    expect(pattern.test('“Nvidia’s” café — 10\u00a0a.m.\u2009– … • € é')).toBe(false);
  });
});

describe('one normaliser for located and compared text', () => {
  const pieces = fc.constantFrom(
    'Deep',
    'Seek',
    'NVIDIA',
    ' ',
    '\u00a0',
    '\u0085',
    '\u2009',
    '\u3000',
    '\t\n',
    '\u00ad',
    '\u200b',
    '\ufeff',
    '’',
    '—',
    '\u2212',
    'ﬁ',
    'Ｈ２０',
    'e\u0301',
    '\u1100\u1161',
    '𝐍',
    '深度求索',
  );
  it('normalizeText is exactly the text of normalizeForMatch', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(normalizeText(text)).toBe(normalizeForMatch(text).text);
      }),
    );
  });

  it('gives a soft-hyphenated alias the same key as the plain one, and folds case unless case-sensitive', () => {
    expect(aliasKey('Deep\u00adSeek')).toBe(aliasKey('deepseek'));
    expect(aliasKey(' Nvidia\u200b ')).toBe('nvidia');
    expect(aliasKey('BIS', true)).not.toBe(aliasKey('Bis', true));
    expect(foldText('ＮＶＩＤＩＡ’s')).toBe("nvidia's");
  });
});
