/**
 * The card is honest when no claim fits: a sentence that mentions a topic but none of its claims
 * opens a card that says so and lists the topic's key claims, none of them opened as the answer;
 * a sentence about a claim still leads with it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../data/kb';
import { type Harness, startHarness } from './harness';
import { ArticlePage } from './pages/article';

let harness: Harness;
let article: ArticlePage;

beforeAll(async () => {
  harness = await startHarness();
  article = new ArticlePage(await harness.openPage('/fixtures/no-close-claim.html'));
  await article.waitForHighlights(3);
});

afterEach(async () => {
  // One card at a time: the next test's hover must open its own.
  await article.page.keyboard.press('Escape');
  await article.waitForNoCard();
});

afterAll(async () => {
  await harness?.close();
});

const nvidia = BUILT_IN_KB.find(({ id }) => id === 'nvidia');
const controls = BUILT_IN_KB.find(({ id }) => id === 'export-controls');
const statementOf = (id: string) =>
  [...(nvidia?.claims ?? []), ...(controls?.claims ?? [])].find((claim) => claim.id === id)?.statement ?? id;

describe('a sentence that mentions a topic but none of its claims', () => {
  it('opens a card that says no claim matches closely, with the key claims in their curated order', async () => {
    const card = await article.hover('Nvidia', 0);
    expect(card.noCloseClaim).toBe('No claim matches this sentence closely. Key claims about this topic:');
    expect(card.statements).toEqual((nvidia?.keyClaims ?? []).slice(0, 3).map(statementOf));
    expect(card.expanded).toBe(0);
    await harness.screenshot(article.page, 'no-close-claim-card');
  });

  it('does so when the paragraph is about export controls on something other than chips', async () => {
    const card = await article.hover('export controls', 0);
    expect(card.noCloseClaim).toBe('No claim matches this sentence closely. Key claims about this topic:');
    expect(card.statements).toEqual((controls?.keyClaims ?? []).slice(0, 3).map(statementOf));
    await harness.screenshot(article.page, 'off-subject-card');
  });
});

describe('a sentence about a claim, on the same page', () => {
  it('leads with that claim and does not say that none matches', async () => {
    const card = await article.hover('Nvidia', 1);
    expect(card.noCloseClaim).toBeNull();
    expect(card.statements[0]).toBe(statementOf('nvidia-sharp-stock-fall'));
  });
});
