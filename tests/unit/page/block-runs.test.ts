// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { BlockWalker, blockRuns, locateInRun, RUN_SEPARATOR } from '../../../page/block-runs';

function runsOf(html: string, skip?: (element: Element) => boolean) {
  document.body.innerHTML = html;
  return [...blockRuns(document.body, skip ? { skip } : {})];
}

describe('reading a page block by block', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins the inline runs of one paragraph into one text', () => {
    const [run] = runsOf('<p>US <a href="#">export <b>controls</b></a> tightened</p>');
    expect(run?.text).toBe('US export controls tightened');
    expect(run?.block.localName).toBe('p');
    expect(run?.nodes).toHaveLength(4);
    expect(run?.starts).toEqual([0, 3, 10, 18]);
  });

  it('gives each block its own run, in document order', () => {
    const runs = runsOf('<h1>Title</h1><p>One</p><ul><li>Two</li><li>Three</li></ul><p>Four</p>');
    expect(runs.map((run) => [run.block.localName, run.text])).toEqual([
      ['h1', 'Title'],
      ['p', 'One'],
      ['li', 'Two'],
      ['li', 'Three'],
      ['p', 'Four'],
    ]);
  });

  it('splits the text of a block around a nested block', () => {
    const runs = runsOf('<div>Before <p>inside</p> after</div>');
    expect(runs.map((run) => [run.block.localName, run.text.trim()])).toEqual([
      ['div', 'Before'],
      ['p', 'inside'],
      ['div', 'after'],
    ]);
  });

  it('skips code, form fields, scripts and editable regions with their subtrees', () => {
    const runs = runsOf(
      '<p>Keep</p><pre>Nvidia</pre><textarea>Nvidia</textarea><script>Nvidia</script>' +
        '<div contenteditable="true"><p>Nvidia</p></div><div contenteditable="false">Read only</div>' +
        '<noscript>Nvidia</noscript><div role="textbox">Nvidia</div><p hidden>Nvidia</p>',
    );
    expect(runs.map((run) => run.text)).toEqual(['Keep', 'Read only']);
  });

  it('puts a separator where inline code sat, so no phrase joins across it', () => {
    const [run] = runsOf('<p>export <code>x</code>controls</p>');
    expect(run?.text).toBe(`export ${RUN_SEPARATOR}controls`);
  });

  it('skips elements the caller names (Caveat’s own UI)', () => {
    const runs = runsOf(
      '<p>Page</p><caveat-card><p>Card</p></caveat-card>',
      (element) => element.localName === 'caveat-card',
    );
    expect(runs.map((run) => run.text)).toEqual(['Page']);
  });

  it('does not yield runs that are only white space', () => {
    expect(runsOf('<div>\n  <p>Text</p>\n  </div>').map((run) => run.text)).toEqual(['Text']);
  });

  it('closes a block that is empty and the last child of its parent', () => {
    const runs = runsOf('<div><p>First</p><p></p></div><p>Second</p>');
    expect(runs.map((run) => [run.block.localName, run.text])).toEqual([
      ['p', 'First'],
      ['p', 'Second'],
    ]);
  });

  it('splits a paragraph at a line break, which holds no text of its own', () => {
    const runs = runsOf('<p>Nvidia<br>H20 chips</p>');
    expect(runs.map((run) => [run.block.localName, run.text])).toEqual([
      ['p', 'Nvidia'],
      ['p', 'H20 chips'],
    ]);
  });

  it('puts a separator where an empty skipped element sat, such as an image', () => {
    const [run] = runsOf('<p>export <img alt="">controls and <input>more</p>');
    expect(run?.text).toBe(`export ${RUN_SEPARATOR}controls and ${RUN_SEPARATOR}more`);
  });

  it('splits a block around an empty nested block and keeps a separator after trailing code', () => {
    const runs = runsOf('<div>Before<p></p>after <code>x</code></div>');
    expect(runs.map((run) => [run.block.localName, run.text])).toEqual([
      ['div', 'Before'],
      ['div', `after ${RUN_SEPARATOR}`],
    ]);
  });

  it('maps offsets in the joined text back to text nodes, ends staying in the node before a boundary', () => {
    const [run] = runsOf('<p>Deep<b>Seek</b> rose</p>');
    if (!run) throw new Error('no run');
    expect(locateInRun(run, 0, false)).toEqual({ node: run.nodes[0], offset: 0 });
    expect(locateInRun(run, 4, false)).toEqual({ node: run.nodes[1], offset: 0 });
    expect(locateInRun(run, 4, true)).toEqual({ node: run.nodes[0], offset: 4 });
    expect(locateInRun(run, 8, true)).toEqual({ node: run.nodes[1], offset: 4 });
  });
});

describe('resuming a walk after the page changed', () => {
  const texts = (walker: BlockWalker, onEach?: (text: string) => void) => {
    const seen: string[] = [];
    for (let run = walker.next(); run; run = walker.next()) {
      seen.push(run.text);
      onEach?.(run.text);
      walker.reanchor();
    }
    return seen;
  };

  it('goes on after the block it paused in is removed, without repeating what it read', () => {
    document.body.innerHTML =
      '<section id="a"><p>a1</p><p id="a2">a2</p><p>a3</p></section><section><p>b1</p><p>b2</p></section>';
    const walker = new BlockWalker(document.body);
    const seen = texts(walker, (text) => {
      if (text === 'a1') document.getElementById('a2')?.remove();
    });
    expect(seen).toEqual(['a1', 'a3', 'b1', 'b2']);
  });

  it('goes on after the whole section it was in is removed', () => {
    document.body.innerHTML = '<p>intro</p><section id="a"><p>a1</p><p>a2</p></section><p>outro</p>';
    const walker = new BlockWalker(document.body);
    const seen = texts(walker, (text) => {
      if (text === 'a1') document.getElementById('a')?.remove();
    });
    expect(seen).toEqual(['intro', 'a1', 'outro']);
  });

  it('does not move when nothing it stands on changed', () => {
    document.body.innerHTML = '<p>one</p><p>two</p>';
    const walker = new BlockWalker(document.body);
    walker.next();
    document.body.append(document.createElement('p'));
    expect(walker.reanchor()).toBe(false);
  });

  it('ends when its own root leaves the page', () => {
    document.body.innerHTML = '<div id="root"><p>one</p><p>two</p></div><p>outside</p>';
    const root = document.getElementById('root') as HTMLElement;
    const walker = new BlockWalker(root);
    expect(walker.next()?.text).toBe('one');
    document.body.replaceChildren();
    walker.reanchor();
    expect(walker.next()?.text ?? null).toBe(null);
  });
});
