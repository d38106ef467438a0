import { describe, expect, it } from 'vitest';
import {
  copyHostOf,
  formatProblem,
  isIpAddressHost,
  type KbProblem,
  normaliseAlias,
  summariseKnowledgeBase,
  type TopicFile,
  validateTopicFiles,
} from '../../../lib/kb/kb-validate.ts';
import { claim, source, topic } from '../topic-json';

const TODAY = '2026-01-15';

function check(...files: TopicFile[]): string[] {
  return validateTopicFiles(files, { today: TODAY }).problems.map(formatProblem);
}

describe('validateTopicFiles', () => {
  it('accepts a valid topic and returns it parsed', () => {
    const result = validateTopicFiles([{ file: 'demo.json', json: topic() }], { today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.topics.map((parsed) => parsed.id)).toEqual(['demo']);
    expect(summariseKnowledgeBase(result.topics)).toBe('1 topics, 1 claims, 1 sources');
  });

  it('accepts key claims and topic keywords that name the topic’s own claims', () => {
    const json = topic({ keyClaims: ['demo-claim'], keywords: ['英伟达', 'chipmaker'] });
    expect(check({ file: 'a.json', json })).toEqual([]);
  });

  it('rejects a key claim that names no claim of the topic, or one named twice', () => {
    const json = topic({ keyClaims: ['demo-claim', 'no-such-claim', 'demo-claim'] });
    expect(check({ file: 'a.json', json })).toEqual([
      'a.json: demo: keyClaims[1]: names no claim of this topic ("no-such-claim")',
      'a.json: demo: keyClaims[2]: names "demo-claim" twice',
    ]);
  });

  it('rejects key claims that are not a list of ids', () => {
    expect(check({ file: 'a.json', json: topic({ keyClaims: 'demo-claim' }) })).toEqual([
      'a.json: demo: keyClaims: must be an array',
    ]);
  });

  it('rejects a claim without sources', () => {
    expect(check({ file: 'a.json', json: topic({ claims: [claim({ sources: [] })] }) })).toEqual([
      'a.json: demo-claim: sources: needs at least one source',
    ]);
  });

  it('rejects a claim whose sources field is missing', () => {
    const { sources: _omitted, ...withoutSources } = claim();
    expect(check({ file: 'a.json', json: topic({ claims: [withoutSources] }) })).toEqual([
      'a.json: demo-claim: sources: is missing',
    ]);
  });

  it('rejects a source without a publisher', () => {
    const { publisher: _omitted, ...withoutPublisher } = source();
    expect(
      check({ file: 'a.json', json: topic({ claims: [claim({ sources: [withoutPublisher] })] }) }),
    ).toEqual(['a.json: demo-claim: sources[0].publisher: is missing']);
  });

  it('rejects a date that does not exist', () => {
    expect(
      check({
        file: 'a.json',
        json: topic({ claims: [claim({ sources: [source({ date: '2025-02-30' })] })] }),
      }),
    ).toEqual(['a.json: demo-claim: sources[0].date: is not a real calendar date']);
  });

  it('rejects a date not written YYYY-MM-DD', () => {
    expect(check({ file: 'a.json', json: topic({ claims: [claim({ reviewed: '27 Jan 2025' })] }) })).toEqual([
      'a.json: demo-claim: reviewed: must be a date written YYYY-MM-DD',
    ]);
  });

  it('rejects a URL that is not https', () => {
    expect(
      check({
        file: 'a.json',
        json: topic({ claims: [claim({ sources: [source({ url: 'http://example.org/report' })] })] }),
      }),
    ).toEqual(['a.json: demo-claim: sources[0].url: must be an https:// URL']);
  });

  it('rejects a URL that is not a URL at all', () => {
    expect(
      check({
        file: 'a.json',
        json: topic({ claims: [claim({ sources: [source({ url: 'example.org' })] })] }),
      }),
    ).toEqual(['a.json: demo-claim: sources[0].url: must be an https:// URL']);
  });

  it('accepts a source without a URL (the original was seen only as a copy)', () => {
    const { url: _omitted, ...withoutUrl } = source();
    expect(check({ file: 'a.json', json: topic({ claims: [claim({ sources: [withoutUrl] })] }) })).toEqual(
      [],
    );
  });

  it('rejects a source hosted on an IPv4 address', () => {
    expect(
      check({
        file: 'a.json',
        json: topic({ claims: [claim({ sources: [source({ url: 'https://3.127.128.221/?p=1254454' })] })] }),
      }),
    ).toEqual([
      'a.json: demo-claim: sources[0].url: is hosted on an IP address (3.127.128.221); cite the original publisher instead',
    ]);
  });

  it('rejects a source hosted on an IPv6 address', () => {
    const [line] = check({
      file: 'a.json',
      json: topic({ claims: [claim({ sources: [source({ url: 'https://[2001:db8::1]/story' })] })] }),
    });
    expect(line).toBe(
      'a.json: demo-claim: sources[0].url: is hosted on an IP address ([2001:db8::1]); cite the original publisher instead',
    );
  });

  it('rejects a source hosted on a site that serves copies', () => {
    expect(
      check({
        file: 'a.json',
        json: topic({
          claims: [claim({ sources: [source({ url: 'https://someone.blogspot.com/2025/02/copy.html' })] })],
        }),
      }),
    ).toEqual([
      'a.json: demo-claim: sources[0].url: is hosted on blogspot.com, which serves copies; cite the original publisher instead',
    ]);
  });

  it('rejects the same URL cited twice in one claim', () => {
    expect(
      check({ file: 'a.json', json: topic({ claims: [claim({ sources: [source(), source()] })] }) }),
    ).toEqual(['a.json: demo-claim: sources[1].url: repeats the URL of sources[0]']);
  });

  it('rejects an unknown source kind', () => {
    expect(
      check({ file: 'a.json', json: topic({ claims: [claim({ sources: [source({ kind: 'blog' })] })] }) }),
    ).toEqual([
      'a.json: demo-claim: sources[0].kind: must be one of: paper, filing, official, company, news, analysis',
    ]);
  });

  it('rejects an empty caveats list', () => {
    expect(check({ file: 'a.json', json: topic({ claims: [claim({ caveats: [] })] }) })).toEqual([
      'a.json: demo-claim: caveats: needs at least one caveat',
    ]);
  });

  it('rejects an empty caveat', () => {
    expect(check({ file: 'a.json', json: topic({ claims: [claim({ caveats: ['  '] })] }) })).toEqual([
      'a.json: demo-claim: caveats[0]: must not be empty',
    ]);
  });

  it('rejects more than four caveats', () => {
    expect(
      check({ file: 'a.json', json: topic({ claims: [claim({ caveats: ['a', 'b', 'c', 'd', 'e'] })] }) }),
    ).toEqual(['a.json: demo-claim: caveats: has more than four caveats']);
  });

  it('rejects a reviewed date in the future', () => {
    expect(check({ file: 'a.json', json: topic({ claims: [claim({ reviewed: '2026-01-16' })] }) })).toEqual([
      'a.json: demo-claim: reviewed: is in the future (today is 2026-01-15)',
    ]);
  });

  it('accepts a reviewed date of today', () => {
    expect(check({ file: 'a.json', json: topic({ claims: [claim({ reviewed: TODAY })] }) })).toEqual([]);
  });

  it('rejects a source dated after the claim was reviewed', () => {
    expect(
      check({
        file: 'a.json',
        json: topic({
          claims: [claim({ reviewed: '2026-01-10', sources: [source({ date: '2026-01-12' })] })],
        }),
      }),
    ).toEqual(["a.json: demo-claim: sources[0].date: is later than the claim's reviewed date (2026-01-10)"]);
  });

  it('rejects a source dated in the future', () => {
    expect(
      check({
        file: 'a.json',
        json: topic({ claims: [claim({ reviewed: TODAY, sources: [source({ date: '2027-01-01' })] })] }),
      }),
    ).toEqual(['a.json: demo-claim: sources[0].date: is in the future (today is 2026-01-15)']);
  });

  it('rejects an unknown verdict', () => {
    expect(check({ file: 'a.json', json: topic({ claims: [claim({ verdict: 'false' })] }) })).toEqual([
      'a.json: demo-claim: verdict: must be one of: supported, misleading, needs-context, disputed, unverified',
    ]);
  });

  it('rejects a claim id that is not kebab-case', () => {
    expect(check({ file: 'a.json', json: topic({ claims: [claim({ id: 'Demo_Claim' })] }) })).toEqual([
      'a.json: Demo_Claim: id: must be kebab-case (a-z, 0-9 and single hyphens)',
    ]);
  });

  it('names a claim without an id by its position', () => {
    const { id: _omitted, ...withoutId } = claim();
    expect(check({ file: 'a.json', json: topic({ claims: [claim(), withoutId] }) })).toEqual([
      'a.json: claims[1]: id: is missing',
    ]);
  });

  it('rejects a field the schema does not know', () => {
    expect(check({ file: 'a.json', json: topic({ claims: [claim({ rating: 3 })] }) })).toEqual([
      'a.json: demo-claim: rating: is not a known field',
    ]);
  });

  it('rejects a topic without claims, naming the topic', () => {
    expect(check({ file: 'a.json', json: topic({ claims: [] }) })).toEqual([
      'a.json: demo: claims: needs at least one claim',
    ]);
  });

  it('rejects a malformed alias', () => {
    expect(
      check({ file: 'a.json', json: topic({ aliases: ['Demo Corp', { caseSensitive: true }] }) }),
    ).toEqual(['a.json: demo: aliases[1]: must be a non-empty string or an object with a non-empty "text"']);
  });

  it('rejects a file that is not a topic object', () => {
    expect(check({ file: 'a.json', json: [topic()] })).toEqual([
      'a.json: -: -: must be a JSON object holding one topic',
    ]);
  });

  it('rejects the same claim id in two files', () => {
    const first = { file: 'a.json', json: topic() };
    const second = { file: 'b.json', json: topic({ id: 'other', aliases: ['Other Corp'] }) };
    expect(check(first, second)).toEqual([
      'b.json: demo-claim: id: duplicate claim id; also used in a.json (topic demo)',
    ]);
  });

  it('rejects the same claim id twice in one file', () => {
    expect(check({ file: 'a.json', json: topic({ claims: [claim(), claim()] }) })).toEqual([
      'a.json: demo-claim: id: duplicate claim id; also used in a.json (topic demo)',
    ]);
  });

  it('rejects the same topic id in two files', () => {
    const second = topic({ aliases: ['Other Corp'], claims: [claim({ id: 'other-claim' })] });
    expect(check({ file: 'a.json', json: topic() }, { file: 'b.json', json: second })).toEqual([
      'b.json: demo: id: duplicate topic id; also used in a.json',
    ]);
  });

  it('rejects an alias claimed by two topics once case, width and spaces are normalised', () => {
    const other = topic({
      id: 'other',
      aliases: ['ＤＥＭＯ\u00A0  corp'],
      claims: [claim({ id: 'other-claim' })],
    });
    expect(check({ file: 'a.json', json: topic() }, { file: 'b.json', json: other })).toEqual([
      'b.json: other: aliases[0]: alias "ＤＥＭＯ\u00A0  corp" is also claimed by topic demo (a.json)',
    ]);
  });

  it('rejects a case-insensitive alias that overlaps a case-sensitive one of another topic', () => {
    const first = topic({ aliases: [{ text: 'BIS', caseSensitive: true }] });
    const second = topic({ id: 'other', aliases: ['bis'], claims: [claim({ id: 'other-claim' })] });
    expect(check({ file: 'a.json', json: first }, { file: 'b.json', json: second })).toEqual([
      'b.json: other: aliases[0]: alias "bis" is also claimed by topic demo (a.json)',
    ]);
  });

  it('allows two case-sensitive aliases that differ in case', () => {
    const first = topic({ aliases: [{ text: 'BIS', caseSensitive: true }] });
    const second = topic({
      id: 'other',
      aliases: [{ text: 'Bis', caseSensitive: true }],
      claims: [claim({ id: 'other-claim' })],
    });
    expect(check({ file: 'a.json', json: first }, { file: 'b.json', json: second })).toEqual([]);
  });

  it('rejects an alias repeated within one topic', () => {
    expect(check({ file: 'a.json', json: topic({ aliases: ['Demo Corp', 'demo corp'] }) })).toEqual([
      'a.json: demo: aliases[1]: alias "demo corp" repeats aliases[0]',
    ]);
  });

  it('rejects two aliases the matcher sees as one: a soft hyphen or zero-width space inside a name', () => {
    expect(
      check({
        file: 'a.json',
        json: topic({ aliases: ['Demo Corp', 'De\u00ADmo Corp', 'Demo\u200B Corp'] }),
      }),
    ).toEqual([
      'a.json: demo: aliases[1]: alias "De\u00ADmo Corp" repeats aliases[0]',
      'a.json: demo: aliases[2]: alias "Demo\u200B Corp" repeats aliases[0]',
    ]);
  });

  it('reports every problem of a file, not only the first', () => {
    const bad = topic({ claims: [claim({ sources: [], caveats: [], reviewed: '2030-01-01' })] });
    expect(check({ file: 'a.json', json: bad })).toEqual([
      'a.json: demo-claim: caveats: needs at least one caveat',
      'a.json: demo-claim: sources: needs at least one source',
      'a.json: demo-claim: reviewed: is in the future (today is 2026-01-15)',
    ]);
  });

  describe('for the built-in set', () => {
    it('rejects a topic id other than deepseek, nvidia and export-controls', () => {
      const problems = validateTopicFiles([{ file: 'a.json', json: topic() }], {
        today: TODAY,
        builtIn: true,
      }).problems;
      expect(problems.map(formatProblem)).toContain(
        'a.json: demo: id: must be one of deepseek, nvidia, export-controls for a built-in topic',
      );
    });

    it('reports each built-in topic that is missing', () => {
      const problems = validateTopicFiles([], { today: TODAY, builtIn: true }).problems;
      expect(problems.map(formatProblem)).toEqual([
        '-: deepseek: -: built-in topic is missing',
        '-: nvidia: -: built-in topic is missing',
        '-: export-controls: -: built-in topic is missing',
      ]);
    });
  });
});

describe('formatProblem', () => {
  it('writes file, claim, field and message separated by colons', () => {
    const problem: KbProblem = { file: 'x.json', claim: 'c', field: 'sources[0].url', message: 'is wrong' };
    expect(formatProblem(problem)).toBe('x.json: c: sources[0].url: is wrong');
  });
});

describe('normaliseAlias', () => {
  it('folds width, case, dashes, apostrophes and white space', () => {
    expect(normaliseAlias('  ＤｅｅｐＳｅｅｋ\u2019s\u00A0export\u2013control ')).toBe(
      "deepseek's export-control",
    );
  });

  it('keeps the case of a case-sensitive alias', () => {
    expect(normaliseAlias('NVDA', true)).toBe('NVDA');
  });
});

describe('source hosts', () => {
  it('recognises literal IP addresses but not names', () => {
    expect(isIpAddressHost('203.0.113.5')).toBe(true);
    expect(isIpAddressHost('[::1]')).toBe(true);
    expect(isIpAddressHost('reuters.com')).toBe(false);
    expect(isIpAddressHost('3.example.org')).toBe(false);
  });

  it('recognises copy sites and their subdomains only', () => {
    expect(copyHostOf('climateerinvest.blogspot.com')).toBe('blogspot.com');
    expect(copyHostOf('threadreaderapp.com')).toBe('threadreaderapp.com');
    expect(copyHostOf('notblogspot.com')).toBeUndefined();
    expect(copyHostOf('www.reuters.com')).toBeUndefined();
  });
});
