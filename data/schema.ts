/**
 * The knowledge-base schema. Every topic file (built-in or imported by a user) is checked against
 * it; the TypeScript types are inferred from it so the two cannot drift apart.
 */
import { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A calendar date written as YYYY-MM-DD that exists (rejects 2025-02-30). */
export const IsoDateSchema = z
  .string()
  // `abort`: a string that is not YYYY-MM-DD gets one message, not also "not a real calendar date".
  .regex(ISO_DATE, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'is not a real calendar date');

export const VERDICTS = ['supported', 'misleading', 'needs-context', 'disputed', 'unverified'] as const;
export const VerdictSchema = z.enum(VERDICTS);

export const SOURCE_KINDS = ['paper', 'filing', 'official', 'company', 'news', 'analysis'] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS);

export const SourceSchema = z.strictObject({
  publisher: z.string().trim().min(1, 'must not be empty'),
  title: z.string().trim().min(1, 'must not be empty'),
  date: IsoDateSchema,
  /**
   * The original publisher's own address. Optional on purpose: when only a republished copy of a
   * story could be checked, the source names the original publisher, title and date and carries no
   * link rather than a link to a copy (see docs/decisions/0003-sources-without-urls.md).
   */
  url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).optional(),
  kind: SourceKindSchema,
});

export const ClaimSchema = z.strictObject({
  id: z.string().regex(KEBAB, 'must be kebab-case (a-z, 0-9 and single hyphens)'),
  statement: z.string().trim().min(1, 'must not be empty'),
  verdict: VerdictSchema,
  explanation: z.string().trim().min(1, 'must not be empty'),
  caveats: z
    .array(z.string().trim().min(1, 'must not be empty'))
    .min(1, 'needs at least one caveat')
    .max(4, 'has more than four caveats'),
  sources: z.array(SourceSchema).min(1, 'needs at least one source'),
  keywords: z.array(z.string().trim().min(1, 'must not be empty')).default([]),
  /**
   * Ways the news states this claim in other words than its statement ("DeepSeek built a rival to
   * ChatGPT for a fraction of the price"), in any language: the ranker reads them as the claim's
   * own words, so a sentence that says the claim without its keywords still finds it, and they help
   * tell a sentence that repeats the claim from one that only names its subject.
   */
  paraphrases: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
  /**
   * How the news questions or corrects this claim ("the $5.6 million covered V3's final run, not
   * R1"), from facts in its explanation and caveats. They find the claim for a sentence that doubts
   * it, as its paraphrases do for one that states it, but they are not the claim's own words: a
   * sentence that meets them does not repeat the claim, and their negations and hedges do not
   * become the claim's (lib/rank/repeats.ts reads only the statement and paraphrases).
   */
  doubts: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
  reviewed: IsoDateSchema,
});

/**
 * An alias is either a plain string (matched as a whole word, ignoring case, after normalisation)
 * or an object with options.
 */
export const AliasSchema = z.union([
  z.string().trim().min(1, 'must not be empty'),
  z.strictObject({
    text: z.string().trim().min(1, 'must not be empty'),
    /** Match the letter case exactly (e.g. the ticker NVDA, the acronym BIS). */
    caseSensitive: z.boolean().optional(),
    /**
     * Count only when the same block also has one of the topic's `contextTerms` or an ungated
     * mention of the topic (e.g. H20, Blackwell, BIS, R1).
     */
    gated: z.boolean().optional(),
    /**
     * The mention runs on over a product or model name that follows the alias
     * ("DeepSeek-R1-Distill-Qwen-32B", "DeepSeek V3", "DeepSeekR1", "deepseek-chat").
     */
    product: z.boolean().optional(),
  }),
]);

export const TopicSchema = z.strictObject({
  id: z.string().regex(KEBAB, 'must be kebab-case (a-z, 0-9 and single hyphens)'),
  name: z.string().trim().min(1, 'must not be empty'),
  summary: z.string().trim().min(1, 'must not be empty'),
  aliases: z.array(AliasSchema).min(1, 'needs at least one alias'),
  /** Words that make a gated alias count when they occur in the same block (whole words, any case). */
  contextTerms: z.array(z.string().trim().min(1, 'must not be empty')).default([]),
  claims: z.array(ClaimSchema).min(1, 'needs at least one claim'),
  /**
   * Claim ids, in the order the card shows them when no claim matches the sentence around a mention
   * closely (the topic's most asked-about claims first). Each must name a claim of this topic.
   */
  keyClaims: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
  /**
   * Words that find the topic itself in search beyond its name and aliases, e.g. its names and
   * common terms in Chinese (英伟达 市值, 深度求索).
   */
  keywords: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
  /**
   * Words that say a sentence is about the topic's subject, for a topic whose names are also used
   * for other things ("export controls" on rare earths or drones; these are chips, AI, GPUs…).
   * A sentence that has none of them needs twice the evidence for the card to call a claim close.
   */
  subjectTerms: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
});

export type Verdict = z.infer<typeof VerdictSchema>;
export type SourceKind = z.infer<typeof SourceKindSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Alias = z.infer<typeof AliasSchema>;
export type Topic = z.infer<typeof TopicSchema>;
/** Topics in the order they are shown. */
export type KnowledgeBase = readonly Topic[];

/**
 * A topic file before checking: where it came from (for messages) and its parsed JSON. The loader
 * (data/kb.ts) and the checks (lib/kb/kb-validate.ts) both read it.
 */
export interface TopicFile {
  readonly file: string;
  readonly json: unknown;
}

/** The built-in topics' ids, in display order. */
export const BUILT_IN_TOPIC_IDS = ['deepseek', 'nvidia', 'export-controls'] as const;
