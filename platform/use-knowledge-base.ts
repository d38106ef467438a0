/** React glue for the extension pages: the merged knowledge base as state, kept live. */
import { useEffect, useState } from 'react';
import { BUILT_IN_STATE, type KnowledgeBaseState, openKnowledgeBase } from './knowledge-base.ts';

/**
 * The built-in and custom topics as React state; `loaded` is false until storage has answered (so a
 * page does not flash the built-in list before the custom topics appear).
 */
export function useKnowledgeBase(): KnowledgeBaseState & { loaded: boolean } {
  const [state, setState] = useState<KnowledgeBaseState & { loaded: boolean }>({
    ...BUILT_IN_STATE,
    loaded: false,
  });
  useEffect(() => {
    const controller = new AbortController();
    const source = openKnowledgeBase(controller.signal);
    source.subscribe((next) => setState({ ...next, loaded: true }));
    void source.ready.then((first) => {
      if (!controller.signal.aborted) setState({ ...first, loaded: true });
    });
    return () => controller.abort();
  }, []);
  return state;
}
