/**
 * The popup's "On this page": which topics the page mentions, how often, and a few of the texts as
 * the page writes them. Pure: it reads mentions as plain data, in document order.
 */
import type { Topic } from '../../data/schema';

/** One topic mentioned on the page, as the popup lists it. */
export interface PageMentionTopic {
  topicId: string;
  name: string;
  /** How many mentions are highlighted. */
  count: number;
  /** A few of the matched texts, as they appear on the page. */
  samples: string[];
}

/** How many matched texts per topic the popup shows as examples. */
export const SAMPLES_PER_TOPIC = 3;

/** The topics of `mentions`, in knowledge-base order, each with its count and first distinct texts. */
export function summarizePage(
  kb: readonly Pick<Topic, 'id' | 'name'>[],
  mentions: readonly { topicId: string; text: string }[],
): PageMentionTopic[] {
  const byTopic = new Map<string, { count: number; samples: Set<string> }>();
  for (const mention of mentions) {
    let entry = byTopic.get(mention.topicId);
    if (!entry) {
      entry = { count: 0, samples: new Set() };
      byTopic.set(mention.topicId, entry);
    }
    entry.count += 1;
    if (entry.samples.size < SAMPLES_PER_TOPIC) entry.samples.add(mention.text);
  }
  return kb.flatMap((topic) => {
    const entry = byTopic.get(topic.id);
    if (!entry) return [];
    return [{ topicId: topic.id, name: topic.name, count: entry.count, samples: [...entry.samples] }];
  });
}
