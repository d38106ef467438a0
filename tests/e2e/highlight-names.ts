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

/** A highlighted mention with the verdict mark it carries, if any, and the text of its paragraph. */
export interface MarkedText {
  text: string;
  /** The verdict of the claim its sentence repeats; null for a plain mention. */
  verdict: string | null;
  block: string;
}

/**
 * Runs in the page, given every highlight name with the verdict it marks (null for a topic's plain
 * highlight): every highlighted mention in document order, with its mark. Self-contained (it is
 * sent to the page as source text).
 */
export function readMarks(names: Record<string, string | null>): MarkedText[] {
  const found: { text: string; verdict: string | null; block: string; range: Range }[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!(name in names)) continue;
    for (const abstract of highlight) {
      if (!abstract.startContainer.isConnected) continue;
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      const block = range.startContainer.parentElement?.closest(
        'p, li, h1, h2, h3, figcaption, blockquote, td',
      );
      found.push({
        text: range.toString(),
        verdict: names[name] ?? null,
        block: block?.textContent ?? '',
        range,
      });
    }
  }
  found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  return found.map(({ text, verdict, block }) => ({ text, verdict, block }));
}

/** Every highlight name of the built-in topics, with the verdict it marks (null: plain). */
export const MARK_OF_HIGHLIGHT: Readonly<Record<string, string | null>> = Object.freeze(
  Object.fromEntries(Object.keys(TOPIC_OF_HIGHLIGHT).map((name) => [name, verdictOfHighlight(name) ?? null])),
);
