/**
 * Paints mentions with the CSS Custom Highlight API: one Highlight per topic, registered in
 * `CSS.highlights` and styled by `::highlight(...)` rules in highlights.css. The page's DOM is never
 * touched.
 */
import type { Mention } from './scanner';

export type HighlightStyle = 'underline' | 'background';

/** The highlight name for a topic and style; highlights.css has a rule for each built-in topic. */
export function highlightName(topicId: string, style: HighlightStyle): string {
  return `caveat-${style}-${topicId}`;
}

/** The mention whose card is open is drawn on top of its topic's highlight. */
export const ACTIVE_HIGHLIGHT = 'caveat-active';

export class MentionHighlighter {
  private readonly registry: HighlightRegistry;
  private readonly byTopic = new Map<string, Highlight>();
  private readonly active = new Highlight();
  private style: HighlightStyle;

  constructor(style: HighlightStyle, registry: HighlightRegistry = CSS.highlights) {
    this.registry = registry;
    this.style = style;
    this.active.priority = 1;
    registry.set(ACTIVE_HIGHLIGHT, this.active);
  }

  add(mentions: readonly Mention[]): void {
    for (const mention of mentions) this.highlightFor(mention.topicId).add(mention.range);
  }

  remove(mentions: readonly Mention[]): void {
    for (const mention of mentions) {
      this.byTopic.get(mention.topicId)?.delete(mention.range);
      this.active.delete(mention.range);
    }
  }

  /** Marks the mention whose card is open (or none). */
  setActive(mention: Mention | null): void {
    this.active.clear();
    if (mention) this.active.add(mention.range);
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    for (const [topicId, highlight] of this.byTopic) {
      this.registry.delete(highlightName(topicId, this.style));
      this.registry.set(highlightName(topicId, style), highlight);
    }
    this.style = style;
  }

  /** How many ranges are painted per topic (for tests and the benchmark). */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.byTopic].map(([topicId, highlight]) => [topicId, highlight.size]));
  }

  clear(): void {
    for (const highlight of this.byTopic.values()) highlight.clear();
    this.active.clear();
  }

  destroy(): void {
    for (const topicId of this.byTopic.keys()) this.registry.delete(highlightName(topicId, this.style));
    this.registry.delete(ACTIVE_HIGHLIGHT);
    this.byTopic.clear();
  }

  private highlightFor(topicId: string): Highlight {
    let highlight = this.byTopic.get(topicId);
    if (!highlight) {
      highlight = new Highlight();
      this.byTopic.set(topicId, highlight);
      this.registry.set(highlightName(topicId, this.style), highlight);
    }
    return highlight;
  }
}
