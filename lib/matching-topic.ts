/**
 * What the content script knows of a topic before any card is needed: enough to find and count
 * its mentions, and to name it in the popup. The claims come later, with the card.
 */
import type { Topic } from '../data/schema';

export type MatchingTopic = Pick<Topic, 'id' | 'name' | 'aliases' | 'contextTerms'>;
