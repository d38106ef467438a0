/**
 * The search page that "Look up a selection" opens, at 1280×900 with a long selection: it uses the
 * whole window (the results are not cut off in a box of their own, and it lists more than the
 * popup's eight), and the query stays in the address, so a reload or Back shows the same search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

const LONG_SELECTION =
  'DeepSeek trained its model for $5.6 million on Nvidia H800 chips, which shows US export controls on AI chips have failed';

describe('the search page', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  }, 60_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('shows every result of a long selection on the whole window and keeps the query in the address', async () => {
    const page = await harness.openPage(
      harness.extensionUrl(`search.html?q=${encodeURIComponent(LONG_SELECTION)}`),
    );
    const results = page.getByRole('list', { name: /results/i });
    await results.waitFor();
    const rows = await results.getByRole('listitem').count();
    expect(rows, 'more results than the popup lists').toBeGreaterThan(8);
    const box = await results.evaluate((list) => ({
      scrollHeight: list.scrollHeight,
      clientHeight: list.clientHeight,
      width: list.getBoundingClientRect().width,
    }));
    expect(box.scrollHeight, 'the results are not cut off inside a box').toBeLessThanOrEqual(
      box.clientHeight + 1,
    );
    expect(box.width, 'the results are wider than the popup').toBeGreaterThan(500);
    await harness.screenshot(page, 'search-page-long-selection');

    const input = page.getByRole('searchbox');
    await input.fill('nvidia market value');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('nvidia market value');
    await page.reload();
    await page.getByRole('searchbox').waitFor();
    expect(await page.getByRole('searchbox').inputValue()).toBe('nvidia market value');
    expect(harness.pageErrors).toEqual([]);
    await page.close();
  }, 60_000);
});
