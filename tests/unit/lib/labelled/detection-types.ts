import type { TopicId } from './types';

export type BlockLanguage = 'en' | 'zh' | 'ja' | 'ko' | 'de';

export interface LabelledMention {
  topic: TopicId;
  /** the exact text on the page, as it appears in `text` */
  text: string;
}

export interface LabelledBlock {
  /** The voice or page type the block imitates, e.g. 'wire', 'forum', 'changelog'. */
  style: string;
  language: BlockLanguage;
  /** One block (a paragraph, list item, caption or headline) as a page prints it. */
  text: string;
  /** Every true mention of a topic in `text`, in reading order; an alias that occurs twice is listed twice. A look-alike that means something else is NOT listed. */
  mentions: readonly LabelledMention[];
  /** When the block holds a look-alike trap: which kind. */
  trap?: 'software' | 'person' | 'named-after-person' | 'other-body' | 'ticker' | 'common-word' | 'other';
}
