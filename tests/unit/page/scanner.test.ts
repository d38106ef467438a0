// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Mention } from '../../../page/scanner';
import { startSession } from './session-fixture';

function rangeText(mention: Mention): string {
  const range = document.createRange();
  range.setStart(mention.range.startContainer, mention.range.startOffset);
  range.setEnd(mention.range.endContainer, mention.range.endOffset);
  return range.toString();
}

/** Scans the page with a session and returns it with every mention added, in order of arrival. */
async function scanned(options: { budgetMs?: number } = {}) {
  const under = startSession({ budgetMs: options.budgetMs ?? 1000 });
  const added: Mention[] = [];
  const removed: Mention[] = [];
  under.session.found.subscribe((change) => {
    added.push(...change.added);
    removed.push(...change.removed);
  });
  await under.session.start();
  return { ...under, added, removed };
}

describe('scanning a page for mentions', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds a phrase split across elements as one range spanning nodes', async () => {
    document.body.innerHTML =
      '<p>Traders cited US <a href="#">export</a> <b>controls</b> and Deep<i>Seek</i>.</p>';
    const { added } = await scanned();
    expect(added.map((mention) => [mention.topicId, rangeText(mention)])).toEqual([
      ['export-controls', 'export controls'],
      ['deepseek', 'DeepSeek'],
    ]);
    const [exportControls] = added;
    expect(exportControls?.range.startContainer).not.toBe(exportControls?.range.endContainer);
  });

  it('keeps offsets into the block text so the sentence around a mention can be found', async () => {
    document.body.innerHTML = '<p>Shares of <a>Nvidia</a> fell.</p>';
    const { added } = await scanned();
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
    ['a text box', '<span role="textbox">Nvidia</span>'],
  ])('ignores a mention inside %s', async (_label, skipped) => {
    document.body.innerHTML = `<p id="plain">Shares of Nvidia fell.</p><p id="skipped">Typed: ${skipped} here.</p>`;
    const { added } = await scanned();
    expect(added.map((mention) => (mention.range.startContainer.parentElement as Element).id)).toEqual([
      'plain',
    ]);
  });

  it('finds the same mention once the element around it is an ordinary one', async () => {
    document.body.innerHTML =
      '<p id="plain">Shares of Nvidia fell.</p><p id="skipped">Typed: <span>Nvidia</span> here.</p>';
    const { added } = await scanned();
    expect(added.map((mention) => rangeText(mention))).toEqual(['Nvidia', 'Nvidia']);
  });

  it('gives the page its main thread back between chunks of work', async () => {
    document.body.innerHTML = Array.from(
      { length: 50 },
      (_, i) => `<p>Paragraph ${i} about Nvidia.</p>`,
    ).join('');
    const { added, timers } = await scanned({ budgetMs: 5 });
    expect(added).toHaveLength(50);
    // The clock moves 1 ms per reading: a 5 ms budget is a few paragraphs per chunk.
    expect(timers.yields).toBeGreaterThanOrEqual(9);
  });

  it('rescans only the blocks that changed and drops mentions of removed text', async () => {
    document.body.innerHTML = '<p id="a">Nvidia rose.</p><p id="b">DeepSeek fell.</p>';
    const { session, added, removed, settle } = await scanned();
    const a = document.getElementById('a') as HTMLElement;
    a.textContent = 'The export controls changed.';
    await settle();
    expect(removed.map((mention) => mention.text)).toEqual(['Nvidia']);
    expect(session.mentions().map((mention) => mention.text)).toEqual(['export controls', 'DeepSeek']);
    expect(added.map((mention) => mention.text)).toEqual(['Nvidia', 'DeepSeek', 'export controls']);
  });

  it('forgets mentions whose block left the page', async () => {
    document.body.innerHTML = '<p id="a">Nvidia rose.</p><p id="b">Text</p>';
    const { session, removed, settle } = await scanned();
    document.getElementById('a')?.remove();
    await settle();
    expect(removed.map((mention) => mention.text)).toEqual(['Nvidia']);
    expect(session.mentions()).toEqual([]);
  });

  it('lists mentions in document order', async () => {
    document.body.innerHTML = '<p id="first">Nvidia</p><p id="second">DeepSeek</p>';
    const { session, settle } = await scanned();
    (document.getElementById('first') as HTMLElement).textContent = 'NVDA';
    await settle();
    expect(session.mentions().map((mention) => mention.text)).toEqual(['NVDA', 'DeepSeek']);
  });
});
