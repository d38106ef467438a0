// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb';
import { compileMatcher } from '../../../lib/matcher';
import { type Mention, MentionScanner } from '../../../page/scanner';

const matcher = compileMatcher(BUILT_IN_KB);

function rangeText(mention: Mention): string {
  const range = document.createRange();
  range.setStart(mention.range.startContainer, mention.range.startOffset);
  range.setEnd(mention.range.endContainer, mention.range.endOffset);
  return range.toString();
}

function createScanner(options: { budgetMs?: number; now?: () => number } = {}) {
  const added: Mention[] = [];
  const removed: Mention[] = [];
  let yields = 0;
  const scanner = new MentionScanner({
    matcher,
    onAdd: (mentions) => added.push(...mentions),
    onRemove: (mentions) => removed.push(...mentions),
    isVisible: () => true,
    yieldToPage: async () => {
      yields += 1;
    },
    ...options,
  });
  return { scanner, added, removed, yields: () => yields };
}

describe('scanning a page for mentions', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds a phrase split across elements as one range spanning nodes', async () => {
    document.body.innerHTML =
      '<p>Traders cited US <a href="#">export</a> <b>controls</b> and Deep<i>Seek</i>.</p>';
    const { scanner, added } = createScanner();
    await scanner.scan(document.body);
    expect(added.map((mention) => [mention.topicId, rangeText(mention)])).toEqual([
      ['export-controls', 'export controls'],
      ['deepseek', 'DeepSeek'],
    ]);
    const [exportControls] = added;
    expect(exportControls?.range.startContainer).not.toBe(exportControls?.range.endContainer);
  });

  it('keeps offsets into the block text so the sentence around a mention can be found', async () => {
    document.body.innerHTML = '<p>Shares of <a>Nvidia</a> fell.</p>';
    const { scanner, added } = createScanner();
    await scanner.scan(document.body);
    const [mention] = added;
    expect(mention?.blockText.slice(mention.start, mention.end)).toBe('Nvidia');
    expect(mention?.alias).toBe('Nvidia');
  });

  // Each case puts the skipped mention in a paragraph of its own, with spaces around it, beside a
  // plain mention: were the element not skipped, its "Nvidia" would be a whole word and match.
  it.each([
    ['inline code', '<code>Nvidia</code>'],
    ['a code block', '<pre>Nvidia</pre>'],
    ['a text area', '<textarea>Nvidia</textarea>'],
    ['a button', '<button>Nvidia</button>'],
    ['an editable region', '<span contenteditable>Nvidia</span>'],
    ['an editable block', '<div contenteditable="true">Nvidia</div>'],
  ])('ignores a mention inside %s', async (_label, skipped) => {
    document.body.innerHTML = `<p id="plain">Shares of Nvidia fell.</p><p id="skipped">Typed: ${skipped} here.</p>`;
    const { scanner, added } = createScanner();
    await scanner.scan(document.body);
    expect(added.map((mention) => (mention.range.startContainer.parentElement as Element).id)).toEqual([
      'plain',
    ]);
  });

  it('finds the same mention once the element around it is an ordinary one', async () => {
    document.body.innerHTML =
      '<p id="plain">Shares of Nvidia fell.</p><p id="skipped">Typed: <span>Nvidia</span> here.</p>';
    const { scanner, added } = createScanner();
    await scanner.scan(document.body);
    expect(added.map((mention) => rangeText(mention))).toEqual(['Nvidia', 'Nvidia']);
  });

  it('gives the page its main thread back between chunks of work', async () => {
    document.body.innerHTML = Array.from(
      { length: 50 },
      (_, i) => `<p>Paragraph ${i} about Nvidia.</p>`,
    ).join('');
    let clock = 0;
    const { scanner, added, yields } = createScanner({ budgetMs: 5, now: () => (clock += 1) });
    await scanner.scan(document.body);
    expect(added).toHaveLength(50);
    expect(yields()).toBeGreaterThanOrEqual(9);
  });

  it('rescans only the blocks that changed and drops mentions of removed text', async () => {
    document.body.innerHTML = '<p id="a">Nvidia rose.</p><p id="b">DeepSeek fell.</p>';
    const { scanner, added, removed } = createScanner();
    await scanner.scan(document.body);
    const a = document.getElementById('a') as HTMLElement;
    a.textContent = 'The export controls changed.';
    await scanner.rescan([a]);
    expect(removed.map((mention) => mention.text)).toEqual(['Nvidia']);
    expect(scanner.mentions().map((mention) => mention.text)).toEqual(['export controls', 'DeepSeek']);
    expect(added.map((mention) => mention.text)).toEqual(['Nvidia', 'DeepSeek', 'export controls']);
  });

  it('forgets mentions whose block left the page at the next rescan', async () => {
    document.body.innerHTML = '<p id="a">Nvidia rose.</p><p id="b">Text</p>';
    const { scanner, removed } = createScanner();
    await scanner.scan(document.body);
    document.getElementById('a')?.remove();
    await scanner.rescan([document.getElementById('b') as HTMLElement]);
    expect(removed.map((mention) => mention.text)).toEqual(['Nvidia']);
    expect(scanner.mentions()).toEqual([]);
  });

  it('stops a scan in progress when cleared', async () => {
    document.body.innerHTML = Array.from({ length: 20 }, () => '<p>Nvidia</p>').join('');
    let clock = 0;
    const { scanner, added } = createScanner({ budgetMs: 1, now: () => (clock += 1) });
    const scanning = scanner.scan(document.body);
    scanner.clear();
    await scanning;
    expect(added.length).toBeLessThan(20);
    expect(scanner.mentions()).toEqual([]);
  });

  it('lists mentions in document order', async () => {
    document.body.innerHTML = '<p id="first">Nvidia</p><p id="second">DeepSeek</p>';
    const { scanner } = createScanner();
    await scanner.scan(document.body);
    const first = document.getElementById('first') as HTMLElement;
    first.textContent = 'NVDA';
    await scanner.rescan([first]);
    expect(scanner.mentions().map((mention) => mention.text)).toEqual(['NVDA', 'DeepSeek']);
  });
});
