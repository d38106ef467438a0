/**
 * The toolbar badge: how many mentions Caveat highlighted in each tab. Runs in the background.
 */
import { browser } from 'wxt/browser';
import { toolbarAction } from './browser-differences.ts';
import { MESSAGES, onMessage } from './messages.ts';

/** Beyond this the badge shows "99+": a badge has room for three or four characters. */
const BADGE_MAX_COUNT = 99;

/** The badge text for a count: empty (no badge) for none. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > BADGE_MAX_COUNT ? `${BADGE_MAX_COUNT}+` : String(Math.floor(count));
}

async function setTabBadge(tabId: number, text: string): Promise<void> {
  try {
    await toolbarAction()?.setBadgeText({ tabId, text });
  } catch {
    // The tab closed between the message and the update: there is no badge left to set.
  }
}

/**
 * Keeps each tab's badge in step with the content script's count, and clears it when the tab starts
 * loading a new page. Returns the function that stops it.
 */
export function startBadgeUpdates(): () => void {
  const stopMessages = onMessage(MESSAGES.mentionsChanged, async ({ count }, sender) => {
    const tabId = sender.tab?.id;
    // Only the top frame's count is shown; frames would otherwise overwrite each other.
    if (tabId === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return undefined;
    await setTabBadge(tabId, badgeText(count));
    return undefined;
  });
  const onUpdated = (tabId: number, change: { status?: string }) => {
    if (change.status === 'loading') void setTabBadge(tabId, '');
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => {
    stopMessages();
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}
