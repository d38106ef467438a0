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

  it('ignores mentions inside code, fields and editable regions, each of which would match alone', async () => {
    // Each in a block of its own, with words around it: if one were read, its "Nvidia" would match.
    document.body.innerHTML = [
      '<p>Nvidia</p>',
      '<p>See <code>Nvidia</code> here.</p>',
      '<p>See <textarea>Nvidia</textarea> here.</p>',
      '<p>See <input value="Nvidia"> here.</p>',
      '<div contenteditable>Nvidia draft</div>',
      '<div role="textbox">Nvidia draft</div>',
      '<pre>Nvidia</pre>',
    ].join('');
    const { added } = await scanned();
    expect(added.map((mention) => mention.block.outerHTML)).toEqual(['<p>Nvidia</p>']);
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
