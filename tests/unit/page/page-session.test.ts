// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVE_HIGHLIGHT } from '../../../page/highlighter';
import { flushMicrotasks, type SessionUnderTest, startSession, trusted } from './session-fixture';

/** `sections` sections of `paragraphs` paragraphs, each paragraph mentioning Nvidia once. */
function sectionsPage(sections: number, paragraphs: number): void {
  document.body.innerHTML = Array.from(
    { length: sections },
    (_, s) =>
      `<section id="s${s}">${Array.from(
        { length: paragraphs },
        (_, p) => `<p id="s${s}p${p}">Section ${s}, paragraph ${p}: Nvidia shares moved.</p>`,
      ).join('')}</section>`,
  ).join('');
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const mentionBlocks = (under: SessionUnderTest) =>
  under.session.mentions().map((mention) => mention.block.id);

describe('the page session', () => {
  let under: SessionUnderTest;

  beforeEach(() => {
    document.body.innerHTML = '';
  });

  describe('after destroy()', () => {
    it('runs no rescan queued before it, so nothing is painted or counted again', async () => {
      sectionsPage(3, 3);
      under = startSession();
      const counts: number[] = [];
      under.session.shown.subscribe(() => counts.push(under.session.shown.size));
      // The first scan pauses after its first paragraph; meanwhile the page changes a block, and
      // the watcher's report queues a rescan behind the scan.
      under.timers.holdYields = true;
      const scanning = under.session.start();
      byId('s2p2').textContent = 'Nvidia again, rewritten.';
      await flushMicrotasks();
      expect(under.timers.idle()).toBe(1);
      // "Pause on this site" while the rest of the scan and the rescan are still to come.
      under.session.destroy();
      under.timers.releaseYields();
      await scanning;
      await under.settle();
      expect(under.highlights.registry.size).toBe(0);
      expect(under.session.shown.size).toBe(0);
      expect(counts.at(-1)).toBe(0);
    });

    it('stops when the content script’s signal aborts (extension updated or unloaded)', async () => {
      sectionsPage(2, 3);
      under = startSession();
      under.timers.onYield = () => under.controller.abort();
      await under.session.start();
      await under.settle();
      expect(under.session.destroyed).toBe(true);
      expect(under.highlights.registry.size).toBe(0);
    });
  });

  describe('when the page removes what the scan paused on', () => {
    it.each([
      ['the paragraph the walk just left', ['s0p0'], 8],
      ['the paragraph it was about to read', ['s0p1'], 8],
      ['the whole section it was in', ['s0'], 6],
      ['the next two sections', ['s1', 's2'], 3],
    ])('still finds every other mention after removing %s', async (_, removed, expected) => {
      sectionsPage(3, 3);
      under = startSession();
      under.timers.onYield = () => {
        under.timers.onYield = null;
        for (const id of removed) byId(id).remove();
      };
      await under.session.start();
      // The scan itself found every paragraph still in the page, before any rescan could help.
      const connected = [...document.querySelectorAll('p')].map((p) => p.id);
      expect(connected).toHaveLength(expected);
      expect(connected.filter((id) => !mentionBlocks(under).includes(id))).toEqual([]);
      await under.settle();
      expect(under.session.shown.size).toBe(expected);
      expect(under.registeredTexts()).toHaveLength(expected);
      expect(new Set(mentionBlocks(under)).size).toBe(expected);
      expect(mentionBlocks(under).every((id) => byId(id)?.isConnected)).toBe(true);
    });
  });

  describe('one job at a time', () => {
    it('finds every mention once when a block changes while a restarted scan is under way', async () => {
      sectionsPage(3, 3);
      under = startSession();
      await under.session.start();
      await under.settle();
      under.timers.holdYields = true;
      const restarted = under.session.restart();
      // A late paragraph changes during the new scan; its rescan must wait for the scan.
      byId('s2p1').append(' More on Nvidia later.');
      await flushMicrotasks();
      expect(under.timers.idle()).toBe(1);
      under.timers.releaseYields();
      await restarted;
      await under.settle();
      const blocks = mentionBlocks(under);
      expect(blocks.filter((id) => id === 's2p1')).toHaveLength(2);
      expect(blocks).toHaveLength(10);
      expect(under.registeredTexts()).toHaveLength(10);
    });

    it('goes on with later rescans after one fails, and reports the failure', async () => {
      document.body.innerHTML = '<p id="a">Nvidia</p><p id="b">Markets</p><p id="c">Markets</p>';
      let failNext = false;
      under = startSession({
        isVisible: () => {
          if (!failNext) return true;
          failNext = false;
          throw new Error('checkVisibility broke');
        },
      });
      await under.session.start();
      failNext = true;
      byId('b').textContent = 'DeepSeek';
      await under.settle();
      expect(under.errors).toHaveLength(1);
      byId('c').textContent = 'export controls';
      await under.settle();
      expect(under.session.mentions().map((mention) => mention.text)).toEqual(['Nvidia', 'export controls']);
      byId('b').textContent = 'DeepSeek again';
      await under.settle();
      expect(under.session.mentions().map((mention) => mention.text)).toEqual([
        'Nvidia',
        'DeepSeek',
        'export controls',
      ]);
    });

    it('drops the old topics’ work on restart: nothing of them is painted afterwards', async () => {
      sectionsPage(2, 3);
      document.body.insertAdjacentHTML('beforeend', '<p id="ds">DeepSeek</p>');
      under = startSession();
      under.timers.onYield = () => {
        under.timers.onYield = null;
        void under.session.restart(['deepseek']);
      };
      await under.session.start();
      await under.settle();
      expect(under.session.mentions().map((mention) => mention.topicId)).toEqual(['deepseek']);
      expect(under.registeredTexts()).toEqual(['DeepSeek']);
    });
  });

  describe('what the page can read in CSS.highlights', () => {
    it('registers nothing on a page without mentions', async () => {
      document.body.innerHTML = '<p>Markets were calm.</p>';
      under = startSession();
      await under.session.start();
      await under.settle();
      expect([...under.highlights.registry.keys()]).toEqual([]);
    });

    it('names highlights by colour slot, never by topic, and registers the active one only while a card is open', async () => {
      document.body.innerHTML = '<p id="a">Nvidia and DeepSeek and export controls.</p>';
      under = startSession();
      await under.session.start();
      await under.settle();
      const names = [...under.highlights.registry.keys()].sort();
      expect(names).toEqual(['caveat-underline-0', 'caveat-underline-1', 'caveat-underline-2']);
      expect(under.session.nextMention()).toBe(true);
      expect(under.highlights.registry.has(ACTIVE_HIGHLIGHT)).toBe(true);
      under.session.close();
      expect(under.highlights.registry.has(ACTIVE_HIGHLIGHT)).toBe(false);
    });

    it('unregisters a highlight once its last mention is gone', async () => {
      document.body.innerHTML = '<p id="a">Nvidia</p>';
      under = startSession();
      await under.session.start();
      byId('a').textContent = 'Markets';
      await under.settle();
      expect([...under.highlights.registry.keys()]).toEqual([]);
    });
  });

  describe('input', () => {
    const altShiftK = () =>
      new KeyboardEvent('keydown', { key: 'K', code: 'KeyK', altKey: true, shiftKey: true, bubbles: true });

    it('opens the next mention on a real Alt+Shift+K and ignores a synthetic one', async () => {
      document.body.innerHTML = '<p>Nvidia</p>';
      under = startSession();
      await under.session.start();
      document.dispatchEvent(altShiftK());
      expect(under.card.opened).toHaveLength(0);
      document.dispatchEvent(trusted(altShiftK()));
      expect(under.card.shown?.topic.id).toBe('nvidia');
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      expect(under.card.shown).not.toBeNull();
      document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
      expect(under.card.shown).toBeNull();
    });
  });

  describe('what a page without a mention pays', () => {
    const pointerListeners = (spy: { mock: { calls: unknown[][] } }) =>
      spy.mock.calls.filter(([type]) => type === 'pointermove' || type === 'pointerdown').length;

    it('registers the hover machine’s pointer listeners only once a mention is shown', async () => {
      document.body.innerHTML = '<p id="a">A page about the weather.</p>';
      const listen = vi.spyOn(document, 'addEventListener');
      under = startSession();
      await under.session.start();
      expect(pointerListeners(listen)).toBe(0);
      byId('a').textContent = 'Nvidia shares moved.';
      await flushMicrotasks();
      under.timers.idle();
      await under.session.idle();
      expect(under.session.mentions()).toHaveLength(1);
      expect(pointerListeners(listen)).toBe(2);
    });

    it('reads the card’s theme when a card opens, not before', async () => {
      document.body.innerHTML = '<p>Nvidia</p>';
      const theme = vi.fn(() => 'dark' as const);
      under = startSession({ theme });
      await under.session.start();
      expect(theme).not.toHaveBeenCalled();
      under.session.nextMention();
      expect(theme).toHaveBeenCalledTimes(1);
      expect(under.card.shown?.theme).toBe('dark');
    });
  });

  describe('a single-page app', () => {
    /** The mention objects of a block: a new scan makes new ones, a rescan of another block does not. */
    const idsIn = (under: SessionUnderTest, block: string) =>
      under.session.mentions().filter((mention) => mention.block.id === block);

    it('starts over when the text changes under a new address, and only rescans what changed otherwise', async () => {
      history.replaceState(null, '', '/story-1');
      document.body.innerHTML =
        '<p id="kept">Nvidia rose.</p><div id="story"><p id="old">DeepSeek again.</p></div>';
      under = startSession();
      await under.session.start();
      await under.settle();
      const kept = idsIn(under, 'kept');

      // The same address: only the changed block is scanned again, the rest keeps its mentions.
      byId('story').innerHTML = '<p id="new">Export controls tightened.</p>';
      await under.settle();
      expect(idsIn(under, 'kept')[0]).toBe(kept[0]);
      expect(mentionBlocks(under)).toEqual(['kept', 'new']);

      // A route change: the address changes, then the app writes the new story. Everything is found anew.
      history.pushState(null, '', '/story-2');
      byId('story').innerHTML = '<p id="next">DeepSeek and Nvidia.</p>';
      await under.settle();
      expect(mentionBlocks(under)).toEqual(['kept', 'next', 'next']);
      expect(idsIn(under, 'kept')).toHaveLength(1);
      expect(idsIn(under, 'kept')[0]).not.toBe(kept[0]);

      // A new address alone, with no new text, starts nothing.
      const before = under.session.mentions();
      history.pushState(null, '', '/story-3');
      await under.settle();
      expect(under.session.mentions()).toEqual(before);
      expect(under.session.mentions()[0]).toBe(before[0]);
    });
  });

  describe('first mention only', () => {
    it('shows the first mention of each topic, and the next one when the first goes', async () => {
      document.body.innerHTML =
        '<p id="a">Nvidia rose.</p><p id="b">Nvidia fell. DeepSeek too.</p><p id="c">DeepSeek again.</p>';
      under = startSession({ firstMentionOnly: true });
      await under.session.start();
      await under.settle();
      expect(under.session.mentions().map((m) => `${m.block.id}:${m.text}`)).toEqual([
        'a:Nvidia',
        'b:DeepSeek',
      ]);
      expect(under.session.found.size).toBe(4);
      byId('a').remove();
      await under.settle();
      expect(under.session.mentions().map((m) => `${m.block.id}:${m.text}`)).toEqual([
        'b:Nvidia',
        'b:DeepSeek',
      ]);
      expect(under.registeredTexts().sort()).toEqual(['DeepSeek', 'Nvidia']);
    });

    it('moves to a mention added earlier in the page than the one shown', async () => {
      document.body.innerHTML = '<p id="a">Markets</p><p id="b">Nvidia</p>';
      under = startSession({ firstMentionOnly: true });
      await under.session.start();
      byId('a').textContent = 'NVDA opened lower.';
      await under.settle();
      expect(under.session.mentions().map((m) => m.text)).toEqual(['NVDA']);
      expect(under.registeredTexts()).toEqual(['NVDA']);
    });
  });
});
