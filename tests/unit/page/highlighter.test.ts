// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_HIGHLIGHT, highlightName, MentionHighlighter } from '../../../page/highlighter';
import { MentionSet } from '../../../page/mention-store';
import type { Mention } from '../../../page/scanner';
import { fakeHighlights } from './session-fixture';

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
  let highlights: ReturnType<typeof fakeHighlights>;
  let source: MentionSet;
  let observer: ManualObserver;
  let highlighter: MentionHighlighter;
  let near: HTMLElement;
  let far: HTMLElement;
  const slot = (topicId: string) => ['deepseek', 'nvidia', 'export-controls'].indexOf(topicId);

  beforeEach(() => {
    highlights = fakeHighlights();
    source = new MentionSet();
    document.body.innerHTML = '<p id="near">Nvidia</p><p id="far">Nvidia</p>';
    near = document.getElementById('near') as HTMLElement;
    far = document.getElementById('far') as HTMLElement;
    highlighter = new MentionHighlighter({
      source,
      style: 'underline',
      slot,
      highlights,
      createObserver: (callback) => {
        observer = new ManualObserver(callback);
        return observer as unknown as IntersectionObserver;
      },
    });
  });

  const registered = () => highlights.registry.get(highlightName(1, 'underline'))?.size ?? 0;

  it('registers a mention only once its block comes near the viewport, and unregisters it when it leaves', () => {
    const a = mentionIn(near);
    const b = mentionIn(far);
    source.add([a, b]);
    expect(observer.observed).toEqual(new Set([near, far]));
    expect(registered()).toBe(0);
    expect(highlights.registry.size).toBe(0);
    expect(highlighter.counts()).toEqual({ nvidia: 2 });

    observer.report(near, true);
    expect(registered()).toBe(1);
    observer.report(far, true);
    expect(registered()).toBe(2);
    observer.report(near, false);
    expect(registered()).toBe(1);
    observer.report(far, false);
    expect(highlights.registry.size).toBe(0);
    expect(highlighter.counts()).toEqual({ nvidia: 2 });
  });

  it('stops observing a block once its last mention is removed, and unregisters the empty highlight', () => {
    const a = mentionIn(near);
    source.add([a]);
    observer.report(near, true);
    source.remove([a]);
    expect(registered()).toBe(0);
    expect(highlights.registry.size).toBe(0);
    expect(observer.observed.size).toBe(0);
    expect(highlighter.counts()).toEqual({});
  });

  it('moves painted ranges to the other style’s highlight names', () => {
    source.add([mentionIn(near)]);
    observer.report(near, true);
    highlighter.setStyle('background');
    expect(highlights.registry.has(highlightName(1, 'underline'))).toBe(false);
    expect(highlights.registry.get(highlightName(1, 'background'))?.size).toBe(1);
  });

  it('registers the active highlight only while a mention is active', () => {
    const a = mentionIn(near);
    source.add([a]);
    expect(highlights.registry.has(ACTIVE_HIGHLIGHT)).toBe(false);
    highlighter.setActive(a);
    expect(highlights.registry.get(ACTIVE_HIGHLIGHT)?.has(a.range)).toBe(true);
    highlighter.setActive(null);
    expect(highlights.registry.has(ACTIVE_HIGHLIGHT)).toBe(false);
  });

  it('paints nothing more once destroyed', () => {
    highlighter.destroy();
    source.add([mentionIn(near)]);
    expect(highlights.registry.size).toBe(0);
    expect(observer.observed.size).toBe(0);
  });

  it('registers everything at once where there is no observer', () => {
    const eager = new MentionHighlighter({
      source,
      style: 'underline',
      slot,
      highlights,
      createObserver: null,
    });
    source.add([mentionIn(near), mentionIn(far)]);
    expect(registered()).toBe(2);
    eager.destroy();
    expect(highlights.registry.size).toBe(0);
  });
});
