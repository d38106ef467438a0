import { describe, expect, it } from 'vitest';
import { BUILT_IN_KB } from '../../../data/kb.ts';
import { DEFAULT_CLAIMREVIEW_BASE_URL, toClaimReviewDocument } from '../../../lib/claimreview/claimreview.ts';
import {
  CLAIMREVIEW_IMPORT_MESSAGES,
  claimReviewsToTopic,
  importClaimReviews,
  readClaimReviews,
  splitReviewBody,
  suggestedMapping,
  suggestedVerdict,
} from '../../../lib/claimreview/claimreview-import.ts';

const TODAY = '2026-12-01';

const review = (overrides: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/reviews/chip-claim',
  claimReviewed: 'A chip was made in Arizona.',
  reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
  author: { '@type': 'Organization', name: 'Example Checks' },
  datePublished: '2025-03-04T10:00:00Z',
  reviewBody: 'No chip of that kind was made there in 2025.',
  ...overrides,
});

const form = {
  name: 'Chip claims',
  aliases: ['Chip Corp'],
  contextTerms: [],
  summary: 'Fact-checks about chips.',
};

describe('readClaimReviews', () => {
  it('reads one object, a list, and an @graph alike', () => {
    for (const json of [review(), [review()], { '@context': 'https://schema.org', '@graph': [review()] }]) {
      const read = readClaimReviews(json);
      expect(read.items.map((item) => item.statement)).toEqual(['A chip was made in Arizona.']);
      expect(read.ratings).toEqual(['False']);
    }
  });

  it('maps the review’s fields: statement, explanation, author and URL as a source, the day as review date', () => {
    const [item] = readClaimReviews(review()).items;
    expect(item).toMatchObject({
      statement: 'A chip was made in Arizona.',
      rating: 'False',
      explanation: 'No chip of that kind was made there in 2025.',
      reviewed: '2025-03-04',
      sources: [
        {
          publisher: 'Example Checks',
          url: 'https://factcheck.example/reviews/chip-claim',
          date: '2025-03-04',
          kind: 'analysis',
        },
      ],
    });
  });

  it('lists each item that cannot be mapped with its reason, and keeps the rest', () => {
    const read = readClaimReviews([
      review(),
      review({ claimReviewed: undefined }),
      review({ reviewRating: { ratingValue: 2 } }),
      review({ datePublished: 'March 2025' }),
      review({ author: undefined }),
      'text',
    ]);
    expect(read.items).toHaveLength(1);
    expect(read.skipped.map((item) => `${item.label}: ${item.reason}`)).toEqual([
      `item 2: ${CLAIMREVIEW_IMPORT_MESSAGES.noStatement}`,
      `item 3: ${CLAIMREVIEW_IMPORT_MESSAGES.noRating}`,
      `item 4: ${CLAIMREVIEW_IMPORT_MESSAGES.noDate}`,
      `item 5: ${CLAIMREVIEW_IMPORT_MESSAGES.noAuthor}`,
      `item 6: ${CLAIMREVIEW_IMPORT_MESSAGES.notObject}`,
    ]);
  });

  it('says so when a file holds no ClaimReview', () => {
    expect(readClaimReviews({ '@graph': [] }).skipped).toEqual([
      { label: 'file', reason: CLAIMREVIEW_IMPORT_MESSAGES.noReviews },
    ]);
  });
});

describe('rating mapping', () => {
  it('suggests Caveat’s own ratings and common fact-checker ratings, and leaves others to the reader', () => {
    expect(suggestedVerdict('Needs context')).toBe('needs-context');
    expect(suggestedVerdict(' pants  ON fire ')).toBe('misleading');
    expect(suggestedVerdict('Half True')).toBe('needs-context');
    expect(suggestedVerdict('Four Pinocchios')).toBeUndefined();
    expect(suggestedMapping(['False', 'Four Pinocchios'])).toEqual({ False: 'misleading' });
  });

  it('lists the items whose rating has no verdict or is skipped', () => {
    const read = readClaimReviews([
      review(),
      review({ claimReviewed: 'B.', reviewRating: { alternateName: 'Four Pinocchios' } }),
      review({ claimReviewed: 'C.', reviewRating: { alternateName: 'Satire' } }),
    ]);
    const built = claimReviewsToTopic(form, read.items, { False: 'disputed', Satire: 'skip' });
    expect((built.json.claims as { verdict: string }[]).map((c) => c.verdict)).toEqual(['disputed']);
    expect(built.skipped.map((item) => item.reason)).toEqual([
      CLAIMREVIEW_IMPORT_MESSAGES.noVerdict('Four Pinocchios'),
      CLAIMREVIEW_IMPORT_MESSAGES.skippedRating('Satire'),
    ]);
  });
});

describe('importClaimReviews', () => {
  it('builds a valid custom topic with a caveat that says where the review came from', () => {
    const read = readClaimReviews(review());
    const result = importClaimReviews(
      'checks.json',
      form,
      read.items,
      { False: 'misleading' },
      { builtIn: [], today: TODAY },
    );
    expect(result.problems).toEqual([]);
    expect(result.topic?.id).toBe('chip-claims');
    expect(result.topic?.claims[0]?.caveats).toEqual([
      'Imported from a review by Example Checks; read the review itself for its full reasoning.',
    ]);
  });

  it('leaves out a claim the knowledge-base check rejects, and imports the rest', () => {
    const read = readClaimReviews([
      review(),
      review({ claimReviewed: 'Later.', datePublished: '2999-01-01' }),
    ]);
    const result = importClaimReviews(
      'checks.json',
      form,
      read.items,
      { False: 'misleading' },
      { builtIn: [], today: TODAY },
    );
    expect(result.topic?.claims.map((c) => c.statement)).toEqual(['A chip was made in Arizona.']);
    expect(result.skipped).toEqual([
      expect.objectContaining({
        label: 'item 2',
        reason: expect.stringContaining('reviewed: is in the future'),
      }),
    ]);
  });

  it('refuses a topic whose alias a built-in topic owns', async () => {
    const { BUILT_IN_TOPIC_FILES } = await import('../../../data/kb.ts');
    const read = readClaimReviews(review());
    const result = importClaimReviews(
      'checks.json',
      { ...form, aliases: ['Nvidia'] },
      read.items,
      { False: 'misleading' },
      { builtIn: BUILT_IN_TOPIC_FILES, today: TODAY },
    );
    expect(result.topic).toBeUndefined();
    expect(result.problems.map((p) => p.message)).toEqual([
      'alias "Nvidia" is also claimed by topic nvidia (data/topics/nvidia.json)',
    ]);
  });
});

describe('kb export-claimreview output', () => {
  it('imports back to the same claims', () => {
    const document = JSON.parse(
      JSON.stringify(toClaimReviewDocument(BUILT_IN_KB, { baseUrl: DEFAULT_CLAIMREVIEW_BASE_URL })),
    );
    const read = readClaimReviews(document);
    expect(read.skipped).toEqual([]);
    for (const topic of BUILT_IN_KB) {
      const items = read.items.filter((item) => topic.claims.some((claim) => claim.id === item.idHint));
      const result = importClaimReviews(
        'export.json',
        { name: topic.name, aliases: ['Round trip'], contextTerms: [], summary: topic.summary },
        items,
        suggestedMapping(read.ratings),
        { builtIn: [], today: TODAY },
      );
      expect(result.skipped).toEqual([]);
      expect(result.problems).toEqual([]);
      const imported = result.topic?.claims ?? [];
      expect(imported.map((claim) => claim.id)).toEqual(topic.claims.map((claim) => claim.id));
      imported.forEach((claim, index) => {
        const original = topic.claims[index];
        if (!original) throw new Error('missing claim');
        expect({
          statement: claim.statement,
          verdict: claim.verdict,
          explanation: claim.explanation,
          caveats: claim.caveats,
          keywords: claim.keywords,
          reviewed: claim.reviewed,
        }).toEqual({
          statement: original.statement,
          verdict: original.verdict,
          explanation: original.explanation,
          caveats: original.caveats,
          keywords: original.keywords,
          reviewed: original.reviewed,
        });
        // The review itself comes first; then the original sources, each with its publisher,
        // title, date and URL (a kind that schema.org types do not tell apart reads back as one).
        expect(claim.sources[0]).toMatchObject({ publisher: 'Caveat', date: original.reviewed });
        expect(claim.sources.slice(1).map(({ kind: _kind, ...rest }) => rest)).toEqual(
          original.sources.map(({ kind: _kind, ...rest }) => rest),
        );
      });
    }
  });

  it('splits Caveat’s review body back into explanation and caveats', () => {
    expect(splitReviewBody('It did. Caveats: One report. Another “view.”')).toEqual({
      explanation: 'It did.',
      caveats: ['One report.', 'Another “view.”'],
    });
    expect(splitReviewBody('No caveats here.')).toEqual({ explanation: 'No caveats here.', caveats: [] });
  });
});
