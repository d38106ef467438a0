/**
 * Only the reader drives Caveat's UI. A page script can dispatch synthetic events, and a synthetic
 * `click` on a button or link still runs its handler and its default action. Inside a root Caveat
 * owns (the card's closed shadow root), every untrusted input event is stopped before it reaches
 * the UI, and its default action is cancelled.
 */

/** The input events that could press, type into or follow something in Caveat's UI. */
export const GUARDED_INPUT_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

/**
 * Stops untrusted input events inside `root` in the capture phase, before any listener in the tree
 * below it (React's among them). Stops listening when `signal` aborts.
 */
export function acceptOnlyTrustedInput(root: Node, signal?: AbortSignal): void {
  const stopUntrusted = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of GUARDED_INPUT_EVENTS) {
    root.addEventListener(type, stopUntrusted, { capture: true, ...(signal ? { signal } : {}) });
  }
}
