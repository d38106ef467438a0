// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { acceptOnlyTrustedInput } from '../../../page/trusted-input';

/** A shadow root holding one button and one link, as the card holds "Not relevant here" and sources. */
function card() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  const button = document.createElement('button');
  const link = document.createElement('a');
  link.href = 'https://example.com/';
  root.append(button, link);
  const pressed: string[] = [];
  button.addEventListener('click', () => pressed.push('button'));
  button.addEventListener('keydown', () => pressed.push('key'));
  link.addEventListener('click', () => pressed.push('link'));
  return { root, button, link, pressed };
}

/** An event as the browser makes it for real input (`isTrusted` is read-only for page scripts). */
function trusted<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('acceptOnlyTrustedInput', () => {
  it('stops synthetic clicks and keys before the UI hears them, and cancels their default action', () => {
    const { root, button, link, pressed } = card();
    acceptOnlyTrustedInput(root);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    const followed = link.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }),
    );
    expect(pressed).toEqual([]);
    expect(followed).toBe(false);
  });

  it("lets the reader's own input through", () => {
    const { root, button, pressed } = card();
    acceptOnlyTrustedInput(root);
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    button.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(pressed).toEqual(['button', 'key']);
  });

  it('stops guarding when its signal aborts', () => {
    const { root, button, pressed } = card();
    const controller = new AbortController();
    acceptOnlyTrustedInput(root, controller.signal);
    controller.abort();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(pressed).toEqual(['button']);
  });
});
