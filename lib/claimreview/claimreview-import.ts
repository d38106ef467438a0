/**
 * Reads schema.org ClaimReview JSON-LD (one object, a list, or an `@graph`) into a custom topic:
 * `claimReviewed` → statement, `reviewRating.alternateName` → verdict through a mapping the reader
 * sees and edits, `reviewBody` → explanation (and caveats, when the body has Caveat's own
 * "Caveats:" part), `url` + `author` → the first source, `citation` → further sources,
 * `datePublished` → the review date. The inverse of lib/claimreview/claimreview.ts. Pure: no I/O.
 */
import {
  IsoDateSchema,
  type Source,
  type SourceKind,
  type Topic,
  VERDICTS,
  type Verdict,
} from '../../data/schema';
import type { KbProblem } from '../kb/index';
import { type CustomTopicContext, checkCustomTopicFiles } from '../kb/index';
import { VERDICT_RATINGS } from './claimreview';

/** Why an item of the file cannot become a claim. */
export const CLAIMREVIEW_IMPORT_MESSAGES = Object.freeze({
  notObject: 'is not an object',
  noStatement: 'has no claimReviewed text',
  noRating: 'has no reviewRating.alternateName (the rating in words)',
  noDate: 'has no datePublished written YYYY-MM-DD',
  noAuthor: 'has no author name',
  noVerdict: (rating: string) => `rating “${rating}” has no verdict chosen`,
  skippedRating: (rating: string) => `rating “${rating}” is set to “Do not import”`,
  noReviews: 'holds no ClaimReview (looked at the object, a list, and @graph)',
});

/** One ClaimReview read from the file, before its rating is mapped to a verdict. */
export interface ClaimReviewItem {
  /** Where it is in the file, for messages: `item 3`. */
  readonly label: string;
  /** The claim id the review's URL carries after `#`, when it is kebab-case. */
  readonly idHint?: string;
  readonly statement: string;
  readonly rating: string;
  readonly explanation: string;
  /** The caveats from Caveat's "Caveats:" part of the review body; empty for other publishers. */
  readonly caveats: readonly string[];
  readonly reviewed: string;
  readonly author: string;
  /** The review itself as a source, then its citations. */
  readonly sources: readonly Source[];
  readonly keywords: readonly string[];
}

export interface SkippedItem {
  readonly label: string;
  /** The claim the item reviews, when it has one. */
  readonly statement?: string;
  readonly reason: string;
}

export interface ClaimReviewRead {
  readonly items: readonly ClaimReviewItem[];
  readonly skipped: readonly SkippedItem[];
  /** The distinct ratings in words, in order of first appearance: the rows of the mapping. */
  readonly ratings: readonly string[];
}

/** A rating's verdict, or `skip` to leave its items out. */
export type RatingChoice = Verdict | 'skip';
/** Rating text → choice; a rating missing here has no verdict chosen yet. */
export type RatingMapping = Readonly<Record<string, RatingChoice>>;

/**
 * Ratings fact-checkers commonly publish, folded to lower case, and the Caveat verdict nearest to
 * each. Caveat has no "false": a claim rated false is shown as misleading, the verdict that warns
 * the reader most. These are only suggestions; the reader sees and can change each before saving.
 */
const COMMON_RATINGS: Readonly<Record<string, Verdict>> = Object.freeze({
  true: 'supported',
  correct: 'supported',
  accurate: 'supported',
  'mostly true': 'supported',
  false: 'misleading',
  'mostly false': 'misleading',
  incorrect: 'misleading',
  'pants on fire': 'misleading',
  fake: 'misleading',
  misleading: 'misleading',
  'half true': 'needs-context',
  mixture: 'needs-context',
  mixed: 'needs-context',
  'missing context': 'needs-context',
  'needs context': 'needs-context',
  'lacks context': 'needs-context',
  'out of context': 'needs-context',
  exaggerated: 'needs-context',
  disputed: 'disputed',
  contested: 'disputed',
  unproven: 'unverified',
  unverified: 'unverified',
  unsupported: 'unverified',
  'no evidence': 'unverified',
  'not verified': 'unverified',
});

/** The verdict suggested for a rating in words, or undefined when the reader must choose. */
export function suggestedVerdict(rating: string): Verdict | undefined {
  const folded = rating.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const verdict of VERDICTS) {
    if (VERDICT_RATINGS[verdict].alternateName.toLowerCase() === folded) return verdict;
  }
  return COMMON_RATINGS[folded];
}

/** The suggested mapping for every rating of a file (ratings with no suggestion are left out). */
export function suggestedMapping(ratings: readonly string[]): Record<string, RatingChoice> {
  const mapping: Record<string, RatingChoice> = {};
  for (const rating of ratings) {
    const verdict = suggestedVerdict(rating);
    if (verdict !== undefined) mapping[rating] = verdict;
  }
  return mapping;
}

/** The schema.org types read back into each source kind (the inverse of `SOURCE_KIND_TYPES`). */
const KIND_OF_TYPE: Readonly<Record<string, SourceKind>> = Object.freeze({
  ScholarlyArticle: 'paper',
  NewsArticle: 'news',
  Report: 'analysis',
});

/** Every ClaimReview object in a JSON-LD document: one object, a list, `@graph`, or lists of those. */
function collectReviews(json: unknown, out: unknown[]): void {
  if (Array.isArray(json)) {
    for (const entry of json) collectReviews(entry, out);
    return;
  }
  if (!isRecord(json)) {
    out.push(json);
    return;
  }
  if (Array.isArray(json['@graph'])) {
    collectReviews(json['@graph'], out);
    return;
  }
  const type = json['@type'];
  const types = Array.isArray(type) ? type : [type];
  // Other nodes of a graph (the publisher, the page) are not reviews and not errors either.
  if (types.includes('ClaimReview') || !('@type' in json)) out.push(json);
}

/** Reads a ClaimReview file. Items that cannot become claims are listed with the reason. */
export function readClaimReviews(json: unknown): ClaimReviewRead {
  const found: unknown[] = [];
  collectReviews(json, found);
  const items: ClaimReviewItem[] = [];
  const skipped: SkippedItem[] = [];
  const ratings: string[] = [];
  found.forEach((review, index) => {
    const label = `item ${index + 1}`;
    const result = readOne(review, label);
    if ('reason' in result) skipped.push(result);
    else {
      items.push(result);
      if (!ratings.includes(result.rating)) ratings.push(result.rating);
    }
  });
  if (found.length === 0) skipped.push({ label: 'file', reason: CLAIMREVIEW_IMPORT_MESSAGES.noReviews });
  return { items, skipped, ratings };
}

function readOne(review: unknown, label: string): ClaimReviewItem | SkippedItem {
  if (!isRecord(review)) return { label, reason: CLAIMREVIEW_IMPORT_MESSAGES.notObject };
  const statement = text(review.claimReviewed);
  if (statement === undefined) return { label, reason: CLAIMREVIEW_IMPORT_MESSAGES.noStatement };
  const skip = (reason: string): SkippedItem => ({ label, statement, reason });
  const rating = isRecord(review.reviewRating) ? text(review.reviewRating.alternateName) : undefined;
  if (rating === undefined) return skip(CLAIMREVIEW_IMPORT_MESSAGES.noRating);
  const reviewed = isoDate(review.datePublished);
  if (reviewed === undefined) return skip(CLAIMREVIEW_IMPORT_MESSAGES.noDate);
  const authorRecord = Array.isArray(review.author) ? review.author[0] : review.author;
  const author = isRecord(authorRecord) ? text(authorRecord.name) : text(authorRecord);
  if (author === undefined) return skip(CLAIMREVIEW_IMPORT_MESSAGES.noAuthor);

  const url = text(review.url);
  const body = text(review.reviewBody) ?? '';
  const { explanation, caveats } = splitReviewBody(body);
  const reviewSource: Source = {
    publisher: author,
    title: text(review.name) ?? text(review.headline) ?? `Review: “${statement}”`,
    date: reviewed,
    ...(url?.startsWith('https://') ? { url } : {}),
    kind: 'analysis',
  };
  const citations = (Array.isArray(review.citation) ? review.citation : [review.citation])
    .map(readCitation)
    .filter((source): source is Source => source !== undefined);
  const fragment = url !== undefined && URL.canParse(url) ? new URL(url).hash.slice(1) : '';
  // schema.org keywords are a list or one text with a comma between keywords ("2,048" is one).
  const keywords = (
    Array.isArray(review.keywords) ? review.keywords : (text(review.keywords) ?? '').split(/,\s+/)
  )
    .map((word) => (typeof word === 'string' ? word.trim() : ''))
    .filter((word) => word !== '');
  return {
    label,
    ...(/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(fragment) ? { idHint: fragment } : {}),
    statement,
    rating,
    explanation: explanation === '' ? statement : explanation,
    caveats,
    reviewed,
    author,
    sources: [reviewSource, ...citations],
    keywords,
  };
}

function readCitation(citation: unknown): Source | undefined {
  if (!isRecord(citation)) return undefined;
  const title = text(citation.name) ?? text(citation.headline);
  const publisher = isRecord(citation.publisher) ? text(citation.publisher.name) : text(citation.publisher);
  const date = isoDate(citation.datePublished);
  if (title === undefined || publisher === undefined || date === undefined) return undefined;
  const url = text(citation.url);
  const type = typeof citation['@type'] === 'string' ? citation['@type'] : '';
  return {
    publisher,
    title,
    date,
    ...(url !== undefined ? { url } : {}),
    kind: KIND_OF_TYPE[type] ?? 'official',
  };
}

/** The separator lib/claimreview/claimreview.ts writes between the explanation and the caveats. */
const CAVEATS_MARK = ' Caveats: ';

/**
 * Splits a review body written by `reviewBody` (explanation, then "Caveats:" and one sentence per
 * caveat) back into its parts; any other body is all explanation.
 */
export function splitReviewBody(body: string): { explanation: string; caveats: string[] } {
  const at = body.lastIndexOf(CAVEATS_MARK);
  if (at === -1) return { explanation: body.trim(), caveats: [] };
  const caveats = body
    .slice(at + CAVEATS_MARK.length)
    .split(/(?<=[.!?…]["'”’)]?)\s+(?=\S)/u)
    .map((caveat) => caveat.trim())
    .filter((caveat) => caveat !== '');
  return { explanation: body.slice(0, at).trim(), caveats };
}

// ---------------------------------------------------------------------------------------------
// Building the topic

export interface ClaimReviewTopicForm {
  readonly name: string;
  /** Comma-separated in the form; one alias each here. */
  readonly aliases: readonly string[];
  readonly contextTerms: readonly string[];
  readonly summary: string;
}

/** A topic id from its name: lower case, kebab-case, ASCII letters and digits. */
export function slugify(value: string, maxWords = 8): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .slice(0, maxWords)
    .join('-');
  return slug;
}

/** The summary offered in the form: who published the reviews. */
export function defaultSummary(items: readonly ClaimReviewItem[]): string {
  const authors = [...new Set(items.map((item) => item.author))];
  return authors.length === 0 ? '' : `Fact-checks published by ${authors.join(', ')}.`;
}

/** A caveat for a review that has none of its own: true of every imported review. */
export function importedCaveat(author: string): string {
  return `Imported from a review by ${author}; read the review itself for its full reasoning.`;
}

/**
 * Turns the reviews into a topic file's JSON (to be checked by `checkCustomTopicFiles`), using the
 * reader's rating mapping. Items whose rating has no verdict, or is set to be skipped, are listed.
 * Claim ids come from the review URL's `#fragment` when it has one (so Caveat's own export reads
 * back to the same ids), else from the statement; `takenClaimIds` are avoided.
 */
export function claimReviewsToTopic(
  form: ClaimReviewTopicForm,
  items: readonly ClaimReviewItem[],
  mapping: RatingMapping,
  takenClaimIds: ReadonlySet<string> = new Set(),
): { json: Record<string, unknown>; skipped: SkippedItem[] } {
  const topicId = slugify(form.name);
  const skipped: SkippedItem[] = [];
  const used = new Set(takenClaimIds);
  const claims: Record<string, unknown>[] = [];
  for (const item of items) {
    const choice = mapping[item.rating];
    if (choice === undefined) {
      skipped.push({
        label: item.label,
        statement: item.statement,
        reason: CLAIMREVIEW_IMPORT_MESSAGES.noVerdict(item.rating),
      });
      continue;
    }
    if (choice === 'skip') {
      skipped.push({
        label: item.label,
        statement: item.statement,
        reason: CLAIMREVIEW_IMPORT_MESSAGES.skippedRating(item.rating),
      });
      continue;
    }
    const base = item.idHint ?? (`${topicId}-${slugify(item.statement, 6)}`.replace(/^-|-$/g, '') || topicId);
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    claims.push({
      id,
      statement: item.statement,
      verdict: choice,
      explanation: item.explanation,
      caveats: item.caveats.length > 0 ? item.caveats.slice(0, 4) : [importedCaveat(item.author)],
      sources: item.sources,
      keywords: item.keywords,
      reviewed: item.reviewed,
    });
  }
  return {
    json: {
      id: topicId,
      name: form.name.trim(),
      summary: form.summary.trim(),
      aliases: form.aliases.map((alias) => alias.trim()).filter((alias) => alias !== ''),
      contextTerms: form.contextTerms.map((term) => term.trim()).filter((term) => term !== ''),
      claims,
    },
    skipped,
  };
}

export interface ClaimReviewImport {
  /** The topic to save; undefined when a problem outside any one claim blocks the import. */
  readonly topic?: Topic;
  /** Items left out: unmapped ratings, and claims the knowledge-base check rejects. */
  readonly skipped: readonly SkippedItem[];
  /** Problems of the topic as a whole (its name, id or aliases), worded as `kb validate` words them. */
  readonly problems: readonly KbProblem[];
}

/**
 * Builds the topic and checks it with `checkCustomTopicFiles`. A claim the check rejects (say, a
 * citation dated after the review) is left out and listed with the check's words; a problem of the
 * topic itself (an alias another topic owns) blocks the import.
 */
export function importClaimReviews(
  file: string,
  form: ClaimReviewTopicForm,
  items: readonly ClaimReviewItem[],
  mapping: RatingMapping,
  context: CustomTopicContext & { takenClaimIds?: ReadonlySet<string> },
): ClaimReviewImport {
  const built = claimReviewsToTopic(form, items, mapping, context.takenClaimIds);
  const skipped = [...built.skipped];
  let claims = built.json.claims as Record<string, unknown>[];
  for (;;) {
    const check = checkCustomTopicFiles([{ file, json: { ...built.json, claims } }], context);
    if (check.problems.length === 0) return { topic: check.topics[0], skipped, problems: [] };
    const rejected = new Map<string, string[]>();
    for (const problem of check.problems) {
      if (!claims.some((claim) => claim.id === problem.claim)) continue;
      rejected.set(problem.claim, [
        ...(rejected.get(problem.claim) ?? []),
        `${problem.field}: ${problem.message}`,
      ]);
    }
    for (const [id, reasons] of rejected) {
      const statement = claims.find((claim) => claim.id === id)?.statement;
      const item = items.find((entry) => entry.statement === statement);
      skipped.push({ label: item?.label ?? id, statement: item?.statement, reason: reasons.join('; ') });
    }
    claims = claims.filter((claim) => !rejected.has(String(claim.id)));
    // Only the topic's own problems are left, or no claim is: the import cannot go ahead.
    if (rejected.size === 0 || claims.length === 0) {
      return { skipped, problems: check.problems.filter((problem) => !rejected.has(problem.claim)) };
    }
  }
}

/** Splits a comma-separated form field into its entries. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isoDate(value: unknown): string | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  // Fact-checkers often publish a full timestamp; its calendar day is the review date.
  const day = raw.slice(0, 10);
  return IsoDateSchema.safeParse(day).success ? day : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
