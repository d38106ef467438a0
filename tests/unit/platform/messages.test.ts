import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MESSAGES,
  MessageError,
  onMessage,
  onMessages,
  sendToBackground,
  sendToTab,
} from '../../../platform/messages.ts';

describe('messages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('delivers a payload to its handler and its answer back to the sender', async () => {
    const handler = vi.fn(() => undefined);
    onMessage(MESSAGES.mentionsChanged, handler);
    await expect(sendToBackground(MESSAGES.mentionsChanged, { count: 3 })).resolves.toBeUndefined();
    expect(handler).toHaveBeenCalledWith({ count: 3 }, expect.anything());
  });

  it('reports a failing handler to the sender as an error', async () => {
    onMessage(MESSAGES.mentionsChanged, () => {
      throw new Error('boom');
    });
    await expect(sendToBackground(MESSAGES.mentionsChanged, { count: 1 })).rejects.toThrow(/boom/);
  });

  it('ignores messages of other names and foreign messages', async () => {
    const handler = vi.fn(() => true);
    onMessage(MESSAGES.revealMention, handler);
    await expect(sendToBackground(MESSAGES.mentionsChanged, { count: 1 })).rejects.toBeInstanceOf(
      MessageError,
    );
    await fakeBrowser.runtime.sendMessage({ hello: 'world' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('stops handling after the disposer runs', async () => {
    const handler = vi.fn(() => undefined);
    const dispose = onMessage(MESSAGES.mentionsChanged, handler);
    dispose();
    await expect(sendToBackground(MESSAGES.mentionsChanged, { count: 1 })).rejects.toThrow();
    expect(handler).not.toHaveBeenCalled();
  });

  it('sends to a tab with the name and payload in one envelope', async () => {
    const sendMessage = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue({ ok: true, value: true } as never);
    await expect(sendToTab(7, MESSAGES.revealMention, { topicId: 'nvidia' })).resolves.toBe(true);
    expect(sendMessage).toHaveBeenCalledWith(7, {
      type: 'caveat:reveal-mention',
      payload: { topicId: 'nvidia' },
    });
  });

  it('rejects when the tab has no content script to answer', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.') as never,
    );
    await expect(sendToTab(7, MESSAGES.getPageMentions)).rejects.toThrow(/Receiving end/);
  });
});

describe('several messages on one listener', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('answers each name with its own handler, leaves others alone, and stops with its disposer', async () => {
    const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const dispose = onMessages({
      [MESSAGES.mentionsChanged]: ({ count }: { count: number }) => {
        if (count < 0) throw new Error('negative');
        return undefined;
      },
      [MESSAGES.findRepeats]: () => [null],
    });
    expect(addListener).toHaveBeenCalledTimes(1);
    await expect(sendToBackground(MESSAGES.mentionsChanged, { count: 2 })).resolves.toBeUndefined();
    await expect(sendToBackground(MESSAGES.mentionsChanged, { count: -1 })).rejects.toThrow(/negative/);
    await expect(
      sendToBackground(MESSAGES.findRepeats, { blocks: [], mentions: [] } as never),
    ).resolves.toEqual([null]);
    await expect(sendToBackground(MESSAGES.changeSettings, { change: {} as never })).rejects.toBeInstanceOf(
      MessageError,
    );
    dispose();
    await expect(sendToBackground(MESSAGES.mentionsChanged, { count: 2 })).rejects.toThrow();
  });
});
