// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { highlightName, MentionHighlighter } from '../../../page/highlighter';
import type { Mention } from '../../../page/scanner';

/** The Highlight API's shape, enough for the highlighter: a set of ranges with a priority. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

/** An IntersectionObserver the test drives by hand. */
class ManualObserver {
  readonly observed = new Set<Element>();
  constructor(readonly callback: IntersectionObserverCallback) {}
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.observed.clear();
  }
  report(element: Element, isIntersecting: boolean) {
    this.callback([{ target: element, isIntersecting } as IntersectionObserverEntry], this as never);
  }
}

let nextId = 1;
function mentionIn(block: Element, topicId = 'nvidia'): Mention {
  const text = block.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, 1);
  return {
    id: nextId++,
    topicId,
    text: 'N',
    alias: 'Nvidia',
    range,
    block,
    blockText: text.data,
    start: 0,
    end: 1,
  };
}

describe('painting mentions near the viewport only', () => {
  let registry: Map<string, FakeHighlight>;
  let observer: ManualObserver;
  let highlighter: MentionHighlighter;
  let near: HTMLElement;
  let far: HTMLElement;

  beforeEach(() => {
    (globalThis as { Highlight?: unknown }).Highlight = FakeHighlight;
    registry = new Map();
    document.body.innerHTML = '<p id="near">Nvidia</p><p id="far">Nvidia</p>';
    near = document.getElementById('near') as HTMLElement;
    far = document.getElementById('far') as HTMLElement;
    highlighter = new MentionHighlighter('underline', {
      registry: registry as unknown as HighlightRegistry,
      createObserver: (callback) => {
        observer = new ManualObserver(callback);
        return observer as unknown as IntersectionObserver;
      },
    });
  });

  afterEach(() => {
    delete (globalThis as { Highlight?: unknown }).Highlight;
  });

  const registered = () => registry.get(highlightName('nvidia', 'underline'))?.size ?? 0;

  it('registers a mention only once its block comes near the viewport, and unregisters it when it leaves', () => {
    const a = mentionIn(near);
    const b = mentionIn(far);
    highlighter.add([a, b]);
    expect(observer.observed).toEqual(new Set([near, far]));
    expect(registered()).toBe(0);
    expect(highlighter.counts()).toEqual({ nvidia: 2 });

    observer.report(near, true);
    expect(registered()).toBe(1);
    observer.report(far, true);
    expect(registered()).toBe(2);
    observer.report(near, false);
    expect(registered()).toBe(1);
    expect(highlighter.counts()).toEqual({ nvidia: 2 });
  });

  it('stops observing a block once its last mention is removed', () => {
    const a = mentionIn(near);
    highlighter.add([a]);
    observer.report(near, true);
    highlighter.remove([a]);
    expect(registered()).toBe(0);
    expect(observer.observed.size).toBe(0);
    expect(highlighter.counts()).toEqual({});
  });

  it('moves painted ranges to the other style’s highlight names', () => {
    highlighter.add([mentionIn(near)]);
    observer.report(near, true);
    highlighter.setStyle('background');
    expect(registry.has(highlightName('nvidia', 'underline'))).toBe(false);
    expect(registry.get(highlightName('nvidia', 'background'))?.size).toBe(1);
  });

  it('registers everything at once where there is no observer', () => {
    const eager = new MentionHighlighter('underline', {
      registry: registry as unknown as HighlightRegistry,
      createObserver: null,
    });
    eager.add([mentionIn(near), mentionIn(far)]);
    expect(registered()).toBe(2);
  });
});
