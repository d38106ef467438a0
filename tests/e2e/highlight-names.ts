/**
 * Highlight names in `CSS.highlights` carry a colour slot, not a topic (page/highlighter.ts): this
 * maps each name, in both styles, back to the built-in topic it stands for, for tests to read.
 */
import { BUILT_IN_KB } from '../../data/kb';
import { highlightName, slotOf } from '../../page/highlighter';

export const TOPIC_OF_HIGHLIGHT: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(
    BUILT_IN_KB.flatMap((topic, index) =>
      (['underline', 'background'] as const).map((style) => [highlightName(slotOf(index), style), topic.id]),
    ),
  ),
);
