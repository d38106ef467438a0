/**
 * A page object for the toolbar popup. The popup asks the active tab what it mentions, so it is
 * opened in a tab of its own and the article is brought back to the front before it loads.
 */
import type { Page } from 'playwright-core';
import type { Harness } from '../harness';

export async function openPopupFor(harness: Harness, article: Page): Promise<Page> {
  const popup = await harness.openPage(harness.extensionUrl('popup.html'));
  await popup.setViewportSize({ width: 400, height: 600 });
  await article.bringToFront();
  await popup.reload();
  return popup;
}
