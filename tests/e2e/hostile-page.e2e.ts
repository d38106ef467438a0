/**
 * A page that tries to turn Caveat against its reader: it reaches for the card, presses its buttons
 * with synthetic events, forges WXT's "content-script-started" and "locationchange" events, and
 * listens for what the extension posts to the window. None of it may change what the reader sees
 * or has chosen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inClosedShadowRoot } from '../../scripts/lib/chromium';
import { pageCanReachCard } from './card-state';
import { type Harness, startHarness } from './harness';
import { ArticlePage } from './pages/article';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  // Before any page script: keep every message posted to the window that names a WXT event.
  await harness.browser.context.addInitScript(() => {
    const posted: string[] = [];
    (window as unknown as { wxtPosts: string[] }).wxtPosts = posted;
    addEventListener('message', (event) => {
      const type = (event.data as { type?: unknown } | null)?.type;
      if (typeof type === 'string' && type.includes('wxt:')) posted.push(type);
    });
  });
});

afterAll(async () => {
  await harness?.close();
});

/** WXT's event names: `<extension id>:<entrypoint>:<event>`. */
const wxtEvent = (name: string) => `${harness.browser.extensionId}:content:${name}`;

/** Mentions of a topic highlighted now (the page can read `CSS.highlights`). */
async function highlightedTopics(article: ArticlePage): Promise<string[]> {
  return [...new Set((await article.highlights()).map((highlight) => highlight.topic))].sort();
}

describe('a page script against the card', () => {
  it('cannot reach into the card, and a synthetic click on its buttons changes nothing', async () => {
    const article = new ArticlePage(await harness.openPage('/fixtures/hostile.html'));
    await article.waitForHighlights(5);
    const before = await highlightedTopics(article);
    expect(before).toContain('deepseek');
    const card = await article.hover('DeepSeek');
    expect(card.title).toBe('DeepSeek');
    await harness.screenshot(article.page, 'hostile-page-card');

    // The host is there for anyone to see; its shadow root is not.
    expect(await article.page.evaluate(pageCanReachCard)).toEqual({ host: true, shadowRoot: false });

    // Even a script holding the card's buttons (here, handed them over DevTools) presses nothing:
    // untrusted clicks stop at the card's root.
    const pressed = await inClosedShadowRoot(article.page, 'caveat-card', (root) => {
      const buttons = [...(root?.querySelectorAll('button') ?? [])];
      const notRelevant = buttons.find((button) => button.textContent?.trim() === 'Not relevant here');
      if (!notRelevant) return false;
      notRelevant.click();
      notRelevant.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return true;
    });
    expect(pressed).toBe(true);
    await article.page.waitForTimeout(500);
    expect((await article.card())?.title).toBe('DeepSeek');
    expect(await highlightedTopics(article)).toEqual(before);

    // The reader's own click on the same button does work.
    await article.clickInCard('Not relevant here');
    await article.waitForNoCard();
    await expect.poll(() => highlightedTopics(article)).not.toContain('deepseek');
    // Undo the reader's choice for the tests that follow.
    await harness.worker.evaluate(async () => {
      await chrome.storage.local.remove('settings');
    });
    await article.page.close();
  });
});

describe("a page script against WXT's events", () => {
  it('hears no message from Caveat, and a forged "content-script-started" does not stop it', async () => {
    const article = new ArticlePage(await harness.openPage('/fixtures/hostile.html'));
    await article.waitForHighlights(5);
    expect(await article.page.evaluate(() => (window as unknown as { wxtPosts: string[] }).wxtPosts)).toEqual(
      [],
    );

    await article.page.evaluate((name) => {
      document.dispatchEvent(
        new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
      );
    }, wxtEvent('wxt:content-script-started'));
    // Still running: new text is found, and a card opens.
    await article.page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Later, Nvidia said it had complied with every rule.';
      document.getElementById('story')?.append(paragraph);
    });
    await expect
      .poll(
        async () => (await article.highlights()).filter((highlight) => highlight.text === 'Nvidia').length,
        {
          timeout: 10_000,
        },
      )
      .toBeGreaterThanOrEqual(2);
    expect((await article.hover('DeepSeek')).title).toBe('DeepSeek');
    await article.page.close();
  });

  it('a forged "locationchange" neither starts the scan over nor closes the open card', async () => {
    const article = new ArticlePage(await harness.openPage('/fixtures/hostile.html'));
    await article.waitForHighlights(5);
    await article.hover('DeepSeek');
    await article.page.evaluate((name) => {
      for (let i = 0; i < 20; i += 1) window.dispatchEvent(new Event(name));
    }, wxtEvent('wxt:locationchange'));
    await article.page.waitForTimeout(500);
    expect((await article.card())?.title).toBe('DeepSeek');
    await article.page.close();
  });
});
