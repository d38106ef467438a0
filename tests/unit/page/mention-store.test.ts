// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { FirstMentionFilter, type MentionChange, MentionSet } from '../../../page/mention-store';
import type { Mention } from '../../../page/scanner';

let nextId = 1;
function mention(block: Element, topicId: string, start = 0): Mention {
  const range = document.createRange();
  range.setStart(block.firstChild as Text, 0);
  return {
    id: nextId++,
    topicId,
    text: topicId,
    alias: topicId,
    range,
    block,
    blockText: '',
    start,
    end: start + 1,
  };
}

describe('the mention store', () => {
  let a: HTMLElement;
  let b: HTMLElement;

  beforeEach(() => {
    document.body.innerHTML = '<p id="a">x</p><p id="b">y</p>';
    a = document.getElementById('a') as HTMLElement;
    b = document.getElementById('b') as HTMLElement;
  });

  it('keeps mentions by block, in document order, and tells subscribers what was added and removed', () => {
    const set = new MentionSet();
    const changes: MentionChange[] = [];
    set.subscribe((change) => changes.push(change));
    const inB = mention(b, 'nvidia');
    const inA = mention(a, 'deepseek');
    set.add([inB]);
    set.add([inA]);
    expect(set.mentions()).toEqual([inA, inB]);
    expect(set.inBlock(b)).toEqual([inB]);
    expect(set.byRange(inA.range)).toBe(inA);
    expect(set.size).toBe(2);
    set.removeBlocks((block) => block === b);
    expect(set.size).toBe(1);
    expect(set.byRange(inB.range)).toBeUndefined();
    set.remove([inB]);
    expect(changes.map((change) => [change.added.length, change.removed.length])).toEqual([
      [1, 0],
      [1, 0],
      [0, 1],
    ]);
  });

  it('keeps document order through every change, whatever order blocks were found in', () => {
    document.body.innerHTML = '<p id="a">x</p><p id="b">y</p><p id="c">z</p>';
    const [pa, pb, pc] = ['a', 'b', 'c'].map((id) => document.getElementById(id) as HTMLElement);
    const set = new MentionSet();
    const inA = mention(pa as Element, 'nvidia');
    const inB = mention(pb as Element, 'nvidia');
    const inC = mention(pc as Element, 'nvidia');
    set.add([inA, inC]);
    expect(set.mentions()).toEqual([inA, inC]);
    // A rescan finds the middle block last.
    set.add([inB]);
    expect(set.mentions()).toEqual([inA, inB, inC]);
    // What a caller does to the list it gets leaves the set's order alone.
    set.mentions().reverse();
    expect(set.mentions()).toEqual([inA, inB, inC]);
    set.remove([inA]);
    expect(set.mentions()).toEqual([inB, inC]);
  });

  it('stops telling a subscriber once it unsubscribes', () => {
    const set = new MentionSet();
    let calls = 0;
    const stop = set.subscribe(() => {
      calls += 1;
    });
    set.add([mention(a, 'nvidia')]);
    stop();
    set.clear();
    expect(calls).toBe(1);
  });

  it('keeps the first mention of each topic shown, and the next one when the first goes', () => {
    const found = new MentionSet();
    const shown = new MentionSet();
    new FirstMentionFilter(found, shown);
    const second = mention(b, 'nvidia');
    found.add([second]);
    expect(shown.mentions()).toEqual([second]);
    const first = mention(a, 'nvidia');
    found.add([first, mention(a, 'deepseek', 3)]);
    expect(shown.mentions().map((m) => [m.block.id, m.topicId])).toEqual([
      ['a', 'nvidia'],
      ['a', 'deepseek'],
    ]);
    found.remove([first]);
    expect(shown.mentions().map((m) => [m.block.id, m.topicId])).toEqual([
      ['a', 'deepseek'],
      ['b', 'nvidia'],
    ]);
  });
});
