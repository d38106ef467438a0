/**
 * WXT stops a content script when a newer copy of it starts in the same page (after the extension
 * is updated or reloaded): the newer copy dispatches a "content-script-started" event on the
 * document, and the older one invalidates itself when it hears it. A page can dispatch that event
 * too, and shut Caveat down. A newer copy can only exist once this copy's extension context is gone
 * (`browser.runtime.id` is then undefined), so while it is still there the event is forged: it is
 * stopped in the capture phase on the window, before WXT's listener on the document hears it.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Whether this copy's extension context is still alive (then no newer copy can have started). */
export function extensionContextAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/**
 * The event's name as WXT dispatches and hears it (`<extension id>:<entrypoint>:wxt:content-script-
 * started`). WXT declares it private, so it is read from the class as WXT itself reads it.
 */
export function scriptStartedEventName(): string {
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof name !== 'string') throw new Error('This WXT names no content-script-started event');
  return name;
}

/**
 * Ignores forged "content-script-started" events while `alive()` holds; a genuine one (from a
 * newer copy, once this context is gone) still reaches WXT. Stops listening with `signal`.
 */
export function ignoreForgedScriptStarted(
  view: Window,
  signal: AbortSignal,
  alive: () => boolean = extensionContextAlive,
  eventName: string = scriptStartedEventName(),
): void {
  view.addEventListener(
    eventName,
    (event) => {
      if (alive()) event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}
