/**
 * Maps the knowledge base to schema.org ClaimReview JSON-LD, the markup fact-checkers publish so
 * search engines and other tools can read their verdicts. Pure: no I/O.
 * The rating scale, the dates and the default base URL are explained in
 * docs/decisions/0004-claimreview-rating-scale.md.
 */
import type { Claim, KnowledgeBase, Source, SourceKind, Topic, Verdict } from '../../data/schema';

/**
 * Where the reviews are published when no base URL is given. `.invalid` is reserved (RFC 2606)
 * and never resolves, so the default cannot point at somebody else's site; publishing the
 * reviews for real needs `--base-url`.
 */
export const DEFAULT_CLAIMREVIEW_BASE_URL = 'https://caveat.invalid/claims';

/** The organisation that writes the reviews. */
export const CLAIMREVIEW_AUTHOR_NAME = 'Caveat';

/** The numeric scale: 1 is the worst rating (kept for a claim found false), 5 the best. */
export const RATING_SCALE = Object.freeze({ worstRating: 1, bestRating: 5 });

/**
 * Each verdict's text and place on the scale. The number says how well the evidence backs the
 * claim as people make it; `disputed` and `unverified` share the midpoint because neither is
 * settled by the evidence, and the text tells them apart.
 */
export const VERDICT_RATINGS: Readonly<
  Record<Verdict, { readonly ratingValue: number; readonly alternateName: string }>
> = Object.freeze({
  supported: { ratingValue: 5, alternateName: 'Supported' },
  'needs-context': { ratingValue: 4, alternateName: 'Needs context' },
  disputed: { ratingValue: 3, alternateName: 'Disputed' },
  unverified: { ratingValue: 3, alternateName: 'Unverified' },
  misleading: { ratingValue: 2, alternateName: 'Misleading' },
});

/** The schema.org type used for a source of each kind. */
export const SOURCE_KIND_TYPES: Readonly<Record<SourceKind, string>> = Object.freeze({
  paper: 'ScholarlyArticle',
  news: 'NewsArticle',
  analysis: 'Report',
  filing: 'Report',
  official: 'CreativeWork',
  company: 'CreativeWork',
});

export interface ClaimReviewCitation {
  readonly '@type': string;
  readonly name: string;
  readonly publisher: { readonly '@type': 'Organization'; readonly name: string };
  readonly datePublished: string;
  readonly url?: string;
}

export interface ClaimReviewJsonLd {
  readonly '@type': 'ClaimReview';
  readonly url: string;
  readonly claimReviewed: string;
  readonly reviewRating: {
    readonly '@type': 'Rating';
    readonly ratingValue: number;
    readonly bestRating: number;
    readonly worstRating: number;
    readonly alternateName: string;
  };
  readonly author: { readonly '@type': 'Organization'; readonly name: string; readonly url: string };
  readonly datePublished: string;
  readonly dateModified: string;
  readonly itemReviewed: {
    readonly '@type': 'Claim';
    readonly about: { readonly '@type': 'Thing'; readonly name: string };
  };
  readonly reviewBody: string;
  readonly citation: readonly ClaimReviewCitation[];
  readonly keywords?: string;
}

export interface ClaimReviewDocument {
  readonly '@context': 'https://schema.org';
  readonly '@graph': readonly ClaimReviewJsonLd[];
}

export interface ClaimReviewOptions {
  /** The page that publishes the reviews; each review's URL is this plus `#claim-id`. */
  readonly baseUrl: string;
}

/**
 * Checks a base URL and returns it normalised. Throws a RangeError when it is not an absolute
 * http(s) URL or already has a `#fragment` (the claim id goes there).
 */
export function parseBaseUrl(input: string): string {
  if (!URL.canParse(input)) throw new RangeError(`base URL "${input}" is not an absolute URL`);
  const url = new URL(input);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new RangeError(`base URL "${input}" must start with https:// or http://`);
  }
  if (url.hash !== '' || input.includes('#')) {
    throw new RangeError(`base URL "${input}" must not have a #fragment; the claim id goes there`);
  }
  return url.href;
}

/** The ClaimReview for one claim of a topic. */
export function toClaimReview(topic: Topic, claim: Claim, options: ClaimReviewOptions): ClaimReviewJsonLd {
  const baseUrl = parseBaseUrl(options.baseUrl);
  const rating = VERDICT_RATINGS[claim.verdict];
  return {
    '@type': 'ClaimReview',
    url: `${baseUrl}#${claim.id}`,
    claimReviewed: claim.statement,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.ratingValue,
      bestRating: RATING_SCALE.bestRating,
      worstRating: RATING_SCALE.worstRating,
      alternateName: rating.alternateName,
    },
    author: { '@type': 'Organization', name: CLAIMREVIEW_AUTHOR_NAME, url: new URL(baseUrl).origin },
    // The knowledge base records when a claim was last reviewed, not when it first appeared, so
    // both dates are the review date (see ADR 0004).
    datePublished: claim.reviewed,
    dateModified: claim.reviewed,
    itemReviewed: { '@type': 'Claim', about: { '@type': 'Thing', name: topic.name } },
    reviewBody: reviewBody(claim),
    citation: claim.sources.map(toCitation),
    ...(claim.keywords.length > 0 ? { keywords: claim.keywords.join(', ') } : {}),
  };
}

/** One JSON-LD document with a ClaimReview for every claim, in knowledge-base order. */
export function toClaimReviewDocument(kb: KnowledgeBase, options: ClaimReviewOptions): ClaimReviewDocument {
  return {
    '@context': 'https://schema.org',
    '@graph': kb.flatMap((topic) => topic.claims.map((claim) => toClaimReview(topic, claim, options))),
  };
}

/** The explanation followed by the caveats. */
export function reviewBody(claim: Claim): string {
  return `${sentence(claim.explanation)} Caveats: ${claim.caveats.map(sentence).join(' ')}`;
}

/** Ends a text with a full stop unless it already ends with sentence punctuation. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["'”’)]?$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

function toCitation(source: Source): ClaimReviewCitation {
  return {
    '@type': SOURCE_KIND_TYPES[source.kind],
    name: source.title,
    publisher: { '@type': 'Organization', name: source.publisher },
    datePublished: source.date,
    ...(source.url === undefined ? {} : { url: source.url }),
  };
}
