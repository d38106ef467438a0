import { describe, expect, it } from 'vitest';
import {
  classify,
  failures,
  type LintMessage,
  type LintReport,
  readZip,
  writeZip,
} from '../../../scripts/lib/firefox-lint';

// The shapes of the bundled libraries' code as Vite minifies them into the package.
const REACT =
  'case`dangerouslySetInnerHTML`:if(r!=null){if(typeof r!=`object`||!(`__html`in r))throw Error(i(61));if(n=r.__html,n!=null){if(a.children!=null)throw Error(i(60));o?.__html!==n&&(e.innerHTML=n)}}break;';
const ZOD =
  'var Ne=be(()=>{if(A.jitless||typeof navigator<`u`&&navigator?.userAgent?.includes(`Cloudflare`))return!1;try{return Function(``),!0}catch{return!1}});';
const OURS = 'function show(t){const d=document.createElement(`div`);d.innerHTML=t;return d}';
const LINE = `${REACT}${ZOD}${OURS}`;
const FILES: Record<string, string> = { 'card.js': `"use strict";\n${LINE}\n` };

/** A message at the first place `text` is found on line 2 of card.js (columns count from 1). */
const at = (code: string, text: string, from = 0): LintMessage => ({
  code,
  message: code,
  file: 'card.js',
  line: 2,
  column: LINE.indexOf(text, from) + 1,
});

const report = (warnings: LintMessage[], errors: LintMessage[] = []): LintReport => ({
  summary: { errors: errors.length, warnings: warnings.length, notices: 0 },
  errors,
  warnings,
  notices: [],
});
const read = (file: string) => FILES[file];

describe('classify', () => {
  it('knows React’s innerHTML and zod’s eval probe where the linter points at them', () => {
    const verdicts = classify(
      report([at('UNSAFE_VAR_ASSIGNMENT', 'e.innerHTML=n'), at('DANGEROUS_EVAL', 'Function(``)')]),
      read,
    );
    expect(verdicts.map((verdict) => verdict.thirdParty?.library)).toEqual(['react-dom', 'zod']);
    expect(failures(verdicts)).toEqual([]);
  });

  it('fails a warning of Caveat’s own in the same file, on the same line', () => {
    const ours = at('UNSAFE_VAR_ASSIGNMENT', 'd.innerHTML=t');
    expect(failures(classify(report([ours]), read)).map((verdict) => verdict.message)).toEqual([ours]);
  });

  it('fails a library’s place flagged by another rule', () => {
    expect(failures(classify(report([at('DANGEROUS_EVAL', 'e.innerHTML=n')]), read))).toHaveLength(1);
  });

  it('fails a warning with no place in a file (the manifest) and every error', () => {
    const manifest: LintMessage = { code: 'MANIFEST_FIELD_UNSUPPORTED', message: 'unsupported' };
    const error = at('DANGEROUS_EVAL', 'Function(``)');
    expect(failures(classify(report([manifest], [error]), read))).toHaveLength(2);
  });

  it('fails a warning whose file is not in the package', () => {
    const elsewhere = { ...at('UNSAFE_VAR_ASSIGNMENT', 'e.innerHTML=n'), file: 'other.js' };
    expect(failures(classify(report([elsewhere]), read))).toHaveLength(1);
  });
});

describe('readZip', () => {
  it('reads back the files of a zip, folders left out', () => {
    const files = new Map([
      ['manifest.json', Buffer.from('{"name":"Caveat"}')],
      ['chunks/card.js', Buffer.from(LINE.repeat(20))],
    ]);
    expect(readZip(writeZip(files))).toEqual(files);
  });

  it('refuses what is not a zip', () => {
    expect(() => readZip(Buffer.from('not a zip at all, just some text'))).toThrow(/not a zip/);
  });
});
