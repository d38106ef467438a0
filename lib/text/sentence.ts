/**
 * Finds the sentence around a mention, so the ranker can score a topic's claims against the words
 * the page actually put next to it. Pure: uses only `Intl.Segmenter`.
 */

export interface SentenceSpan {
  /** The sentence, trimmed of surrounding white space. */
  text: string;
  /** UTF-16 offset of `text` in the input. */
  start: number;
  /** UTF-16 offset just past `text` in the input. */
  end: number;
}

/**
 * How far on each side of the mention the segmenter looks. News blocks are paragraphs; a sentence
 * longer than this is a run-on block (a list, a table cell, text without punctuation) and a window
 * of it is all the ranker needs. Bounds the work on very long blocks.
 */
const SEGMENT_WINDOW = 1_000; // UTF-16 code units on each side
/** Longest sentence returned; longer ones are cut to a window centred on the mention. */
const MAX_SENTENCE_LENGTH = 400; // UTF-16 code units
/** Most segments joined across one abbreviation chain ("Sen. ", "Jan. ", "U.S. "). */
const MAX_ABBREVIATION_JOINS = 4;

/**
 * Words that end with a full stop without ending the sentence. ICU breaks after them whenever the
 * next word is capitalised ("the U.S. Commerce Department", "Jan. 27", "Mr. Huang").
 */
const ABBREVIATION_AT_END =
  /(?:^|[\s([{"'“‘])(?:(?:\p{Lu}\.){2,}|\p{Lu}\.|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Rev|Hon|Pres|Inc|Corp|Co|Ltd|Bros|Dept|Govt|Univ|Assn|No|Nos|Vol|Fig|vs|etc|approx|est|ca|al|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e)\.)["'”’)]*\s*$/u;

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(locale: string | undefined): Intl.Segmenter {
  const key = locale ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    } catch {
      // An invalid locale tag from a page's `lang` attribute must not break ranking.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(Number.isFinite(value) ? Math.trunc(value) : min, min), max);
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves an offset off the second half of a surrogate pair so a slice never splits a character. */
function onCharBoundary(text: string, index: number, direction: -1 | 1): number {
  let at = index;
  while (at > 0 && at < text.length && isLowSurrogate(text, at)) at += direction;
  return at;
}

function isWhiteSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

/**
 * Returns the sentence of `text` that contains the range `start`..`end` (UTF-16 offsets, as the
 * scanner reports mentions). When the range crosses sentence boundaries the sentences it touches
 * are joined. Offsets out of range are clamped; the result is never empty unless `text` is blank.
 *
 * Robust for text without punctuation (the whole block, capped), CJK punctuation (。！？), and
 * abbreviations such as "U.S.", "Jan." or "Mr." that ICU treats as sentence ends before a capital.
 */
export function sentenceAround(text: string, start: number, end: number, locale?: string): SentenceSpan {
  const from = clamp(start, 0, text.length);
  const to = clamp(end, from, text.length);

  // Segment only a window around the mention: a 100 kB block costs the same as a paragraph.
  const windowStart = onCharBoundary(text, Math.max(0, from - SEGMENT_WINDOW), 1);
  const windowEnd = onCharBoundary(text, Math.min(text.length, to + SEGMENT_WINDOW), 1);
  const windowText = text.slice(windowStart, windowEnd);

  const bounds: Array<[number, number]> = [];
  for (const { index, segment } of sentenceSegmenter(locale).segment(windowText)) {
    bounds.push([windowStart + index, windowStart + index + segment.length]);
  }
  if (bounds.length === 0) return { text: '', start: from, end: from };

  // The segments that hold the first and the last character of the mention.
  const last = bounds.length - 1;
  let first = bounds.findIndex(([, segEnd]) => segEnd > from);
  if (first === -1) first = last;
  let final = first;
  const lastChar = Math.max(from, to - 1);
  while (final < last && (bounds[final]?.[1] ?? 0) <= lastChar) final += 1;

  const segmentText = (i: number): string => {
    const [s, e] = bounds[i] ?? [0, 0];
    return text.slice(s, e);
  };
  // Undo ICU's breaks after abbreviations, on both sides.
  for (let joins = 0; joins < MAX_ABBREVIATION_JOINS && first > 0; joins += 1) {
    if (!ABBREVIATION_AT_END.test(segmentText(first - 1))) break;
    first -= 1;
  }
  for (let joins = 0; joins < MAX_ABBREVIATION_JOINS && final < last; joins += 1) {
    if (!ABBREVIATION_AT_END.test(segmentText(final))) break;
    final += 1;
  }

  let sentenceStart = bounds[first]?.[0] ?? from;
  let sentenceEnd = bounds[final]?.[1] ?? to;
  if (sentenceEnd - sentenceStart > MAX_SENTENCE_LENGTH) {
    [sentenceStart, sentenceEnd] = cutAroundMention(text, sentenceStart, sentenceEnd, from, to);
  }

  while (sentenceStart < sentenceEnd && isWhiteSpace(text[sentenceStart])) sentenceStart += 1;
  while (sentenceEnd > sentenceStart && isWhiteSpace(text[sentenceEnd - 1])) sentenceEnd -= 1;
  return { text: text.slice(sentenceStart, sentenceEnd), start: sentenceStart, end: sentenceEnd };
}

/**
 * Cuts an over-long sentence to at most MAX_SENTENCE_LENGTH around the mention, at spaces where the
 * text has them (CJK text has none and is cut anywhere, on a character boundary).
 */
function cutAroundMention(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  from: number,
  to: number,
): [number, number] {
  const slack = Math.max(0, MAX_SENTENCE_LENGTH - (to - from));
  let cutStart = Math.max(sentenceStart, from - Math.floor(slack / 2));
  let cutEnd = Math.min(sentenceEnd, cutStart + Math.max(MAX_SENTENCE_LENGTH, to - from));
  cutStart = Math.max(sentenceStart, Math.min(cutStart, cutEnd - MAX_SENTENCE_LENGTH));

  // Snap inwards to word boundaries, but never into the mention.
  if (cutStart > sentenceStart && !isWhiteSpace(text[cutStart - 1])) {
    const space = text.slice(cutStart, from).search(/\s/u);
    if (space !== -1) cutStart += space + 1;
  }
  if (cutEnd < sentenceEnd && !isWhiteSpace(text[cutEnd])) {
    const tail = text.slice(to, cutEnd);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'), tail.lastIndexOf('\t'));
    if (space !== -1) cutEnd = to + space;
  }
  return [onCharBoundary(text, cutStart, 1), onCharBoundary(text, cutEnd, -1)];
}
