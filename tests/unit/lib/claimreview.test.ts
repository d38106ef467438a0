import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb.ts';
import { type Topic, VERDICTS } from '../../../data/schema.ts';
import {
  type ClaimReviewDocument,
  DEFAULT_CLAIMREVIEW_BASE_URL,
  parseBaseUrl,
  RATING_SCALE,
  toClaimReview,
  toClaimReviewDocument,
  VERDICT_RATINGS,
} from '../../../lib/claimreview/claimreview.ts';

const BASE_URL = 'https://example.org/caveat/claims';

const TOPIC: Topic = {
  id: 'demo',
  name: 'Demo',
  summary: 'A topic for tests.',
  aliases: ['Demo Corp'],
  contextTerms: [],
  claims: [
    {
      id: 'demo-claim',
      statement: 'Something happened.',
      verdict: 'misleading',
      explanation: 'It happened, but later than people say',
      caveats: ['One report only.', 'The date is disputed'],
      sources: [
        {
          publisher: 'Example Press',
          title: 'A report',
          date: '2025-01-27',
          url: 'https://example.org/r',
          kind: 'news',
        },
        { publisher: 'Wire Service', title: 'A wire story', date: '2025-01-28', kind: 'news' },
      ],
      keywords: ['something', 'happened'],
      reviewed: '2026-01-10',
    },
  ],
};

describe('toClaimReview', () => {
  const [demoClaim] = TOPIC.claims;
  if (demoClaim === undefined) throw new Error('fixture has no claim');
  const review = toClaimReview(TOPIC, demoClaim, { baseUrl: BASE_URL });

  it('reviews the claim as stated, at the base URL plus the claim id', () => {
    expect(review['@type']).toBe('ClaimReview');
    expect(review.claimReviewed).toBe('Something happened.');
    expect(review.url).toBe('https://example.org/caveat/claims#demo-claim');
  });

  it('rates the verdict by name and on the numeric scale', () => {
    expect(review.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Misleading',
    });
  });

  it('names Caveat as the author organisation', () => {
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Caveat', url: 'https://example.org' });
  });

  it('dates the review by the claim review date', () => {
    expect(review.datePublished).toBe('2026-01-10');
    expect(review.dateModified).toBe('2026-01-10');
  });

  it('reviews a Claim about the topic', () => {
    expect(review.itemReviewed).toEqual({ '@type': 'Claim', about: { '@type': 'Thing', name: 'Demo' } });
  });

  it('writes the explanation and the caveats into the review body as sentences', () => {
    expect(review.reviewBody).toBe(
      'It happened, but later than people say. Caveats: One report only. The date is disputed.',
    );
  });

  it('cites every source, with a URL only where the source has one', () => {
    expect(review.citation).toEqual([
      {
        '@type': 'NewsArticle',
        name: 'A report',
        publisher: { '@type': 'Organization', name: 'Example Press' },
        datePublished: '2025-01-27',
        url: 'https://example.org/r',
      },
      {
        '@type': 'NewsArticle',
        name: 'A wire story',
        publisher: { '@type': 'Organization', name: 'Wire Service' },
        datePublished: '2025-01-28',
      },
    ]);
  });

  it('carries the keywords', () => {
    expect(review.keywords).toBe('something, happened');
  });
});

describe('VERDICT_RATINGS', () => {
  it('places every verdict on the scale with a distinct name', () => {
    for (const verdict of VERDICTS) {
      const rating = VERDICT_RATINGS[verdict];
      expect(rating.ratingValue).toBeGreaterThanOrEqual(RATING_SCALE.worstRating);
      expect(rating.ratingValue).toBeLessThanOrEqual(RATING_SCALE.bestRating);
    }
    expect(new Set(VERDICTS.map((verdict) => VERDICT_RATINGS[verdict].alternateName)).size).toBe(
      VERDICTS.length,
    );
  });

  it('orders the verdicts from supported down to misleading', () => {
    const value = (verdict: keyof typeof VERDICT_RATINGS) => VERDICT_RATINGS[verdict].ratingValue;
    expect(value('supported')).toBeGreaterThan(value('needs-context'));
    expect(value('needs-context')).toBeGreaterThan(value('disputed'));
    expect(value('disputed')).toBe(value('unverified'));
    expect(value('unverified')).toBeGreaterThan(value('misleading'));
  });
});

describe('parseBaseUrl', () => {
  it('accepts an absolute https URL', () => {
    expect(parseBaseUrl('https://example.org/claims')).toBe('https://example.org/claims');
  });

  it('rejects a URL with a fragment, because the claim id goes there', () => {
    expect(() => parseBaseUrl('https://example.org/claims#top')).toThrow(/fragment/);
  });

  it('rejects a relative URL and other schemes', () => {
    expect(() => parseBaseUrl('/claims')).toThrow(/absolute/);
    expect(() => parseBaseUrl('ftp://example.org/claims')).toThrow(/https/);
  });

  it('has a default on the reserved .invalid domain', () => {
    expect(new URL(DEFAULT_CLAIMREVIEW_BASE_URL).hostname.endsWith('.invalid')).toBe(true);
  });
});

describe('toClaimReviewDocument over the built-in knowledge base', () => {
  // Round trip: serialise as the CLI does, parse back, and find every claim again.
  const document = JSON.parse(
    JSON.stringify(toClaimReviewDocument(BUILT_IN_KB, { baseUrl: BASE_URL })),
  ) as ClaimReviewDocument;
  const claims = BUILT_IN_KB.flatMap((topic) => topic.claims.map((claim) => ({ topic, claim })));

  it('has one ClaimReview per claim, in order, under the schema.org context', () => {
    expect(document['@context']).toBe('https://schema.org');
    expect(document['@graph'].map((review) => review.url)).toEqual(
      claims.map(({ claim }) => `${BASE_URL}#${claim.id}`),
    );
  });

  it('keeps every required ClaimReview field for every claim', () => {
    const byId = new Map(claims.map((entry) => [entry.claim.id, entry]));
    for (const review of document['@graph']) {
      const entry = byId.get(new URL(review.url).hash.slice(1));
      expect(entry).toBeDefined();
      if (entry === undefined) continue;
      const { topic, claim } = entry;
      expect(review['@type']).toBe('ClaimReview');
      expect(review.claimReviewed).toBe(claim.statement);
      expect(review.reviewRating['@type']).toBe('Rating');
      expect(review.reviewRating.alternateName).toBe(VERDICT_RATINGS[claim.verdict].alternateName);
      expect(review.reviewRating.ratingValue).toBe(VERDICT_RATINGS[claim.verdict].ratingValue);
      expect(review.reviewRating.bestRating).toBe(5);
      expect(review.reviewRating.worstRating).toBe(1);
      expect(review.author).toMatchObject({ '@type': 'Organization', name: 'Caveat' });
      expect(review.datePublished).toBe(claim.reviewed);
      expect(review.dateModified).toBe(claim.reviewed);
      expect(review.itemReviewed).toEqual({
        '@type': 'Claim',
        about: { '@type': 'Thing', name: topic.name },
      });
      expect(review.reviewBody.startsWith(claim.explanation.trim())).toBe(true);
      for (const caveat of claim.caveats) expect(review.reviewBody).toContain(caveat.replace(/\.$/, ''));
      expect(review.citation).toHaveLength(claim.sources.length);
      review.citation.forEach((citation, index) => {
        const source = claim.sources[index];
        expect(citation.name).toBe(source?.title);
        expect(citation.publisher.name).toBe(source?.publisher);
        expect(citation.datePublished).toBe(source?.date);
        expect(citation.url).toBe(source?.url);
      });
    }
  });
});
