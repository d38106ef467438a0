// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hasArticleJsonLd, hasArticleOpenGraph, isNewsArticle } from '../../../page/news-article.ts';

function page(head: string, body = '<p>Nvidia shares rose.</p>'): Document {
  return new DOMParser().parseFromString(
    `<html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('isNewsArticle', () => {
  it('leaves a page that declares nothing alone', () => {
    expect(isNewsArticle(page('<title>Shop</title>', '<main><p>Nvidia GPUs in stock.</p></main>'))).toBe(
      false,
    );
  });

  it('finds NewsArticle, Article and kinds of news article in JSON-LD', () => {
    for (const type of [
      'NewsArticle',
      'Article',
      'ReportageNewsArticle',
      'https://schema.org/NewsArticle',
      ['Thing', 'Article'],
    ]) {
      expect(hasArticleJsonLd(page(jsonLd({ '@context': 'https://schema.org', '@type': type })))).toBe(true);
    }
  });

  it('finds an article inside an @graph, a list, or as a page’s main entity', () => {
    expect(
      hasArticleJsonLd(page(jsonLd({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle' }] }))),
    ).toBe(true);
    expect(hasArticleJsonLd(page(jsonLd([{ '@type': 'Organization' }, { '@type': 'Article' }])))).toBe(true);
    expect(
      hasArticleJsonLd(page(jsonLd({ '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle' } }))),
    ).toBe(true);
  });

  it('does not count other types, nor broken JSON-LD', () => {
    expect(hasArticleJsonLd(page(jsonLd({ '@type': 'Product', name: 'Article 5' })))).toBe(false);
    expect(hasArticleJsonLd(page(jsonLd({ '@type': 'BlogPosting' })))).toBe(false);
    expect(
      hasArticleJsonLd(page('<script type="application/ld+json">{"@type": "NewsArticle"</script>')),
    ).toBe(false);
    // Only JSON-LD counts: the same text in an ordinary script is no declaration.
    expect(hasArticleJsonLd(page('<script type="text/plain">{"@type": "NewsArticle"}</script>'))).toBe(false);
  });

  it('finds og:type article', () => {
    expect(hasArticleOpenGraph(page('<meta property="og:type" content=" Article ">'))).toBe(true);
    expect(hasArticleOpenGraph(page('<meta property="og:type" content="website">'))).toBe(false);
    expect(isNewsArticle(page('<meta property="og:type" content="article">'))).toBe(true);
  });

  it('finds an <article> element', () => {
    expect(isNewsArticle(page('', '<article><p>Nvidia shares rose.</p></article>'))).toBe(true);
  });
});
