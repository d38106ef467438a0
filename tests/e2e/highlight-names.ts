/**
 * Highlight names in `CSS.highlights` carry a colour slot, not a topic (page/highlighter.ts): this
 * maps each name, in both styles, back to the built-in topic it stands for, for tests to read.
 */
import { BUILT_IN_KB } from '../../data/kb';
import { VERDICTS } from '../../data/schema';
import { highlightName, slotOf, verdictHighlightName } from '../../page/highlighter';

/** Every highlight name of a topic: its colour in both styles, and its verdict marks. */
export const TOPIC_OF_HIGHLIGHT: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(
    BUILT_IN_KB.flatMap((topic, index) => [
      ...(['underline', 'background'] as const).map((style) => [
        highlightName(slotOf(index), style),
        topic.id,
      ]),
      ...VERDICTS.map((verdict) => [verdictHighlightName(verdict, slotOf(index)), topic.id]),
    ]),
  ),
);

/** The verdict of a verdict mark's highlight name, or undefined for a topic's plain highlight. */
export function verdictOfHighlight(name: string): string | undefined {
  return VERDICTS.find((verdict) => name.startsWith(`caveat-verdict-${verdict}-`));
}
