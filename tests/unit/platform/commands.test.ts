import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startCommandForwarding } from '../../../platform/commands.ts';

type CommandListener = (command: string, tab?: { id?: number }) => void;

/** The fake browser does not implement `commands`; capture the listener instead. */
function captureCommandListener(): { fire: CommandListener } {
  let listener: CommandListener = () => {};
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(((l: CommandListener) => {
    listener = l;
  }) as never);
  return { fire: (command, tab) => listener(command, tab) };
}

describe('keyboard commands', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('forwards "next-mention" to the tab it was pressed in', async () => {
    const { fire } = captureCommandListener();
    const sendMessage = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue({ ok: true, value: true } as never);
    startCommandForwarding();
    fire('next-mention', { id: 9 });
    await vi.waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith(9, { type: 'caveat:next-mention', payload: undefined }),
    );
  });

  it('falls back to the active tab when the browser does not say which', async () => {
    const { fire } = captureCommandListener();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 }] as never);
    const sendMessage = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue({ ok: true, value: false } as never);
    startCommandForwarding();
    fire('next-mention');
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith(3, expect.anything()));
  });

  it('ignores other commands, and pages without Caveat', async () => {
    const { fire } = captureCommandListener();
    const sendMessage = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValue(new Error('no receiver') as never);
    startCommandForwarding();
    fire('something-else', { id: 1 });
    expect(sendMessage).not.toHaveBeenCalled();
    fire('next-mention', { id: 1 });
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(1));
  });
});
