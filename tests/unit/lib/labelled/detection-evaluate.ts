/**
 * Measures detection on a labelled set of blocks: each block is passed to the real matcher, and a
 * found mention is right when the labels hold the same topic and the same text at the same
 * occurrence (the second "H20" of a block is the second labelled "H20" of that topic).
 */
import type { MatcherTopic } from '../../../../lib/matcher';
import { compileMatcher } from '../../../../lib/matcher';
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

/** "topic|text|k" for the k-th occurrence of each (topic, text) pair, in reading order. */
function keys(mentions: readonly { topic: string; text: string }[]): string[] {
  const seen = new Map<string, number>();
  return mentions.map(({ topic, text }) => {
    const pair = `${topic}|${text}`;
    const count = (seen.get(pair) ?? 0) + 1;
    seen.set(pair, count);
    return `${pair}|${count}`;
  });
}

export function measureDetection(
  topics: readonly MatcherTopic[],
  set: readonly LabelledBlock[],
): DetectionFigures {
  const matcher = compileMatcher(topics);
  let labelled = 0;
  let found = 0;
  let correct = 0;
  const errors: string[] = [];
  for (const block of set) {
    const expected = keys(block.mentions);
    const actual = keys(matcher.findMentions(block.text).map((m) => ({ topic: m.topicId, text: m.text })));
    labelled += expected.length;
    found += actual.length;
    const expectedSet = new Set(expected);
    const actualSet = new Set(actual);
    for (const key of actual) {
      if (expectedSet.has(key)) correct += 1;
      else
        errors.push(
          `wrong  ${key}  in [${block.language}/${block.style}${block.trap ? `/${block.trap}` : ''}] ${block.text}`,
        );
    }
    for (const key of expected) {
      if (!actualSet.has(key))
        errors.push(`missed ${key}  in [${block.language}/${block.style}] ${block.text}`);
    }
  }
  return {
    blocks: set.length,
    labelled,
    found,
    correct,
    precision: found === 0 ? 1 : correct / found,
    recall: labelled === 0 ? 1 : correct / labelled,
    errors,
  };
}
