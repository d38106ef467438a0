/**
 * Measures detection on a labelled set of blocks: each block is passed to the real matcher, and
 * found and labelled mentions are compared by where they sit (labels are in reading order: a label's
 * text is looked for after the previous label's).
 */
import type { MatcherTopic } from '../../../../lib/match/matcher';
import { compileMatcher } from '../../../../lib/match/matcher';
import type { LabelledBlock } from './detection-types';

export interface DetectionFigures {
  blocks: number;
  labelled: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  /** One line per wrong or missed mention, for the test's output. */
  errors: string[];
}

interface Span {
  topic: string;
  text: string;
  start: number;
  end: number;
}

/** Where each labelled mention sits: labels are in reading order, so each is looked for after the last. */
function labelledSpans(block: LabelledBlock): Span[] {
  let cursor = 0;
  return block.mentions.map(({ topic, text }) => {
    const at = block.text.indexOf(text, cursor);
    if (at >= 0) cursor = at + text.length;
    return { topic, text, start: at, end: at < 0 ? -1 : at + text.length };
  });
}

const overlaps = (a: Span, b: Span) => a.topic === b.topic && a.start < b.end && b.start < a.end;

/**
 * A found mention is right when it covers a labelled one of the same topic, and a labelled mention
 * is found when a found one covers it: Caveat marks "DeepSeek-R1" as one mention where a labeller
 * may list "DeepSeek" and "R1".
 */
export function measureDetection(
  topics: readonly MatcherTopic[],
  set: readonly LabelledBlock[],
): DetectionFigures {
  const matcher = compileMatcher(topics);
  let labelled = 0;
  let found = 0;
  let correct = 0;
  let covered = 0;
  const errors: string[] = [];
  for (const block of set) {
    const expected = labelledSpans(block);
    const actual: Span[] = matcher
      .findMentions(block.text)
      .map((m) => ({ topic: m.topicId, text: m.text, start: m.start, end: m.end }));
    labelled += expected.length;
    found += actual.length;
    const where = `[${block.language}/${block.style}${block.trap ? `/${block.trap}` : ''}] ${block.text}`;
    for (const span of actual) {
      if (expected.some((label) => overlaps(label, span))) correct += 1;
      else errors.push(`wrong  ${span.topic}|${span.text}  in ${where}`);
    }
    for (const label of expected) {
      if (actual.some((span) => overlaps(label, span))) covered += 1;
      else errors.push(`missed ${label.topic}|${label.text}  in ${where}`);
    }
  }
  return {
    blocks: set.length,
    labelled,
    found,
    correct,
    precision: found === 0 ? 1 : correct / found,
    recall: labelled === 0 ? 1 : covered / labelled,
    errors,
  };
}
