/**
 * No UI text is written into the components: every word a reader sees comes from the messages of
 * the reader's language (components/texts.ts). The check reads each component's source with the
 * TypeScript parser and fails on JSX text with letters in it, and on a string with letters given
 * to an attribute a reader sees or hears (aria-label, title, placeholder, alt, …).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const UI_DIRS = ['components', 'entrypoints'];
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Words that are the same in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set(['Caveat', '×', '·', '—', '…']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.tsx'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const hasWords = (text: string) => /\p{L}/u.test(text) && !SAME_IN_EVERY_LANGUAGE.has(text.trim());

function hardCodedTexts(file: string, source: string): string[] {
  const found: string[] = [];
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const where = (node: ts.Node) =>
    `${file}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText())) {
      const value = node.initializer;
      const literal =
        value && ts.isStringLiteral(value)
          ? value.text
          : value && ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression)
            ? value.expression.text
            : undefined;
      if (literal !== undefined && hasWords(literal))
        found.push(`${where(node)} ${node.name.getText()}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

describe('UI text', () => {
  it('finds a hard-coded word when there is one', () => {
    expect(hardCodedTexts('x.tsx', 'const a = <button aria-label="Close">Close</button>;')).toHaveLength(2);
    expect(hardCodedTexts('x.tsx', 'const a = <button aria-label={t.close}>{t.close} ×</button>;')).toEqual(
      [],
    );
  });

  const files = UI_DIRS.flatMap(tsxFiles);
  it('reads the UI components', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  for (const file of files) {
    it(`${file} takes every word from the messages`, () => {
      expect(hardCodedTexts(file, readFileSync(file, 'utf8'))).toEqual([]);
    });
  }
});
