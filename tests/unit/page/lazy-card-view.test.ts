import { describe, expect, it, vi } from 'vitest';
import { LazyCardView, type LoadedCardView } from '../../../page/lazy-card-view';
import type { CardRequest } from '../../../page/page-session';

const request = (mentionId: number): CardRequest => ({
  mentionId,
  topic: { id: 'nvidia', name: 'Nvidia' },
  context: { text: 'Nvidia fell.', start: 0, end: 6 },
  why: { matchedText: 'Nvidia', alias: 'Nvidia' },
  theme: 'light',
  marks: true,
});
const anchor = { mention: () => ({}) as DOMRect, lines: () => [] };

function loadedView() {
  return {
    show: vi.fn(),
    hide: vi.fn(),
    prepare: vi.fn(),
    destroy: vi.fn(),
    contains: vi.fn(() => true),
    isOwnElement: vi.fn(() => true),
  } satisfies LoadedCardView;
}

/** A load the test finishes by hand. */
function manualLoad() {
  let finish: (view: LoadedCardView) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const load = vi.fn(
    () =>
      new Promise<LoadedCardView>((resolve, reject) => {
        finish = resolve;
        fail = reject;
      }),
  );
  return { load, finish: (view: LoadedCardView) => finish(view), fail: (error: unknown) => fail(error) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LazyCardView', () => {
  it('loads nothing until a card is needed', () => {
    const { load } = manualLoad();
    const card = new LazyCardView(load);
    card.hide();
    expect(card.contains({} as EventTarget)).toBe(false);
    expect(card.isOwnElement({ localName: 'caveat-card' } as Element)).toBe(true);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads once, and shows only the latest card asked for meanwhile', async () => {
    const { load, finish } = manualLoad();
    const card = new LazyCardView(load);
    card.show(request(1), anchor, { focus: false });
    card.show(request(2), anchor, { focus: true });
    expect(load).toHaveBeenCalledTimes(1);
    const view = loadedView();
    finish(view);
    await settle();
    expect(view.show).toHaveBeenCalledTimes(1);
    expect(view.show).toHaveBeenCalledWith(request(2), anchor, { focus: true });
    card.show(request(3), anchor, { focus: false });
    expect(view.show).toHaveBeenLastCalledWith(request(3), anchor, { focus: false });
    expect(card.contains({} as EventTarget)).toBe(true);
  });

  it('shows nothing that was hidden before the load finished', async () => {
    const { load, finish } = manualLoad();
    const card = new LazyCardView(load);
    card.show(request(1), anchor, { focus: false });
    card.hide();
    const view = loadedView();
    finish(view);
    await settle();
    expect(view.show).not.toHaveBeenCalled();
  });

  it('passes on the topics to get ready, asked for before and after the load', async () => {
    const { load, finish } = manualLoad();
    const card = new LazyCardView(load);
    card.prepare(['nvidia']);
    card.prepare(['deepseek', 'nvidia']);
    const view = loadedView();
    finish(view);
    await settle();
    expect(view.prepare).toHaveBeenCalledWith(['nvidia', 'deepseek']);
    card.prepare(['export-controls']);
    expect(view.prepare).toHaveBeenLastCalledWith(['export-controls']);
  });

  it('destroys a view that arrives after it was destroyed', async () => {
    const { load, finish } = manualLoad();
    const card = new LazyCardView(load);
    card.show(request(1), anchor, { focus: false });
    card.destroy();
    const view = loadedView();
    finish(view);
    await settle();
    expect(view.show).not.toHaveBeenCalled();
    expect(view.destroy).toHaveBeenCalled();
  });

  it('reports a failed load and tries again on the next need', async () => {
    const errors: unknown[] = [];
    const { load, fail } = manualLoad();
    const card = new LazyCardView(load, (error) => errors.push(error));
    card.show(request(1), anchor, { focus: false });
    fail(new Error('no card.js'));
    await settle();
    expect(errors).toHaveLength(1);
    card.show(request(2), anchor, { focus: false });
    expect(load).toHaveBeenCalledTimes(2);
  });

  describe('a card made during the hover delay', () => {
    const previewingView = () => ({ ...loadedView(), preview: vi.fn() });

    it('is made once the code has loaded, when no show came meanwhile', async () => {
      const { load, finish } = manualLoad();
      const card = new LazyCardView(load);
      card.preview(request(1), anchor);
      card.preview(request(2), anchor);
      expect(load).toHaveBeenCalledTimes(1);
      const view = previewingView();
      finish(view);
      await settle();
      expect(view.preview).toHaveBeenCalledTimes(1);
      expect(view.preview).toHaveBeenCalledWith(request(2), anchor);
      expect(view.show).not.toHaveBeenCalled();
      card.preview(request(3), anchor);
      expect(view.preview).toHaveBeenLastCalledWith(request(3), anchor);
    });

    it('gives way to a show asked for before the code loaded, and to a hide', async () => {
      const shown = manualLoad();
      const card = new LazyCardView(shown.load);
      card.preview(request(1), anchor);
      card.show(request(1), anchor, { focus: false });
      const view = previewingView();
      shown.finish(view);
      await settle();
      expect(view.preview).not.toHaveBeenCalled();
      expect(view.show).toHaveBeenCalledTimes(1);

      const hidden = manualLoad();
      const other = new LazyCardView(hidden.load);
      other.preview(request(1), anchor);
      other.hide();
      const otherView = previewingView();
      hidden.finish(otherView);
      await settle();
      expect(otherView.preview).not.toHaveBeenCalled();
    });
  });
});
