// @vitest-environment happy-dom

import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ignoreForgedScriptStarted, scriptStartedEventName } from '../../../platform/forged-restart';

/** What a page script dispatches once it knows WXT's event name. */
function forge(): void {
  document.dispatchEvent(
    new CustomEvent(scriptStartedEventName(), {
      detail: { contentScriptName: 'content', messageId: 'forged' },
    }),
  );
}

describe('ignoreForgedScriptStarted', () => {
  it('without it, a forged event stops the content script (what a page could do)', () => {
    const ctx = new ContentScriptContext('content');
    forge();
    expect(ctx.signal.aborted).toBe(true);
  });

  it('keeps the content script running while its extension context is alive', () => {
    const ctx = new ContentScriptContext('content');
    ignoreForgedScriptStarted(window, ctx.signal, () => true);
    forge();
    expect(ctx.signal.aborted).toBe(false);
    ctx.abort();
  });

  it('lets a newer copy stop it once the extension context is gone (an update or a reload)', () => {
    const ctx = new ContentScriptContext('content');
    ignoreForgedScriptStarted(window, ctx.signal, () => false);
    forge();
    expect(ctx.signal.aborted).toBe(true);
  });
});
