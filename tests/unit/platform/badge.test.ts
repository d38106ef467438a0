import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, startBadgeUpdates } from '../../../platform/badge.ts';
import { MESSAGES } from '../../../platform/messages.ts';

async function reportCount(tabId: number, count: number, frameId = 0): Promise<void> {
  let done: () => void = () => {};
  const answered = new Promise<void>((resolve) => {
    done = resolve;
  });
  await fakeBrowser.runtime.onMessage.trigger(
    { type: MESSAGES.mentionsChanged, payload: { count } },
    { tab: { id: tabId } as never, frameId },
    () => done(),
  );
  await answered;
}

describe('the toolbar badge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('shows nothing for no mentions and caps large counts', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-1)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(150)).toBe('99+');
  });

  it('shows the count reported by a tab on that tab only', async () => {
    startBadgeUpdates();
    await reportCount(4, 12);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('12');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });

  it('ignores counts from sub-frames', async () => {
    startBadgeUpdates();
    await reportCount(4, 12, 3);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  it('clears the badge when the tab starts loading a new page', async () => {
    startBadgeUpdates();
    await reportCount(4, 12);
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading' }, { id: 4 } as never);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  it('stops updating once stopped', async () => {
    const stop = startBadgeUpdates();
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
