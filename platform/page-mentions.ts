/**
 * The popup's view of the current tab: what its content script reports, and the requests the popup
 * sends it.
 */
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { MESSAGES, type PageMentionsState, sendToTab } from './messages.ts';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * Asks the active tab's content script what it highlighted. A tab that cannot answer is reported as
 * `unavailable`: that is an expected state, not an error to show.
 */
export async function requestPageMentions(): Promise<PageMentionsState> {
  try {
    const tabId = await activeTabId();
    if (tabId === undefined) return { status: 'unavailable' };
    return { status: 'ready', mentions: await sendToTab(tabId, MESSAGES.getPageMentions) };
  } catch {
    return { status: 'unavailable' };
  }
}

/** Asks the active tab to scroll to the first mention of a topic and open its card. */
export async function revealMentionInActiveTab(topicId: string): Promise<boolean> {
  try {
    const tabId = await activeTabId();
    if (tabId === undefined) return false;
    return await sendToTab(tabId, MESSAGES.revealMention, { topicId });
  } catch {
    return false;
  }
}

/** Opens the options page in a tab. */
export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/**
 * After a settings change the content script re-applies them on its own; asking again right away
 * would return the old counts.
 */
const REFRESH_AFTER_SETTINGS_MS = 250; // ms

/**
 * The active tab's mentions as React state: asked once when the popup opens, and again shortly after
 * each settings change (`settingsVersion` is any value that changes with them).
 */
export function usePageMentions(settingsVersion: unknown): PageMentionsState {
  const [state, setState] = useState<PageMentionsState>({ status: 'loading' });
  const asked = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: settingsVersion is the trigger, not an input.
  useEffect(() => {
    let live = true;
    const delay = asked.current ? REFRESH_AFTER_SETTINGS_MS : 0;
    asked.current = true;
    const timer = setTimeout(() => {
      requestPageMentions().then((next) => {
        if (live) setState(next);
      });
    }, delay);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [settingsVersion]);
  return state;
}
