/**
 * Keyboard commands. They reach only the background, which hands them to the active tab's content
 * script. Runs in the background.
 */
import { browser } from 'wxt/browser';
import { commandTabId } from './browser-differences.ts';
import { MESSAGES, sendToTab } from './messages.ts';

/** The command declared in wxt.config.ts (`commands`). */
export const NEXT_MENTION_COMMAND = 'next-mention';

/**
 * Forwards the "next mention" command to the active tab. Returns the function that stops it.
 */
export function startCommandForwarding(): () => void {
  const onCommand = (command: string, tab?: { id?: number }) => {
    if (command !== NEXT_MENTION_COMMAND) return;
    void (async () => {
      const tabId = await commandTabId(tab);
      if (tabId === undefined) return;
      try {
        await sendToTab(tabId, MESSAGES.nextMention);
      } catch {
        // A page Caveat cannot run on (browser pages, extension stores): the key does nothing there.
      }
    })();
  };
  browser.commands.onCommand.addListener(onCommand);
  return () => browser.commands.onCommand.removeListener(onCommand);
}
