// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings/index';
import {
  hasArticleJsonLd,
  hasArticleOpenGraph,
  isNewsArticle,
  runsOnPage,
} from '../../../page/news-article.ts';

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

describe('runsOnPage', () => {
  it('runs on a site that is not paused, and in news-only mode only on an article', () => {
    const plain = page('');
    const article = page('<meta property="og:type" content="article">');
    expect(runsOnPage(DEFAULT_SETTINGS, 'example.com', plain)).toBe(true);
    const paused = { ...DEFAULT_SETTINGS, pausedSites: ['example.com'] };
    expect(runsOnPage(paused, 'example.com', article)).toBe(false);
    const newsOnly = { ...DEFAULT_SETTINGS, newsOnly: true };
    expect(runsOnPage(newsOnly, 'example.com', plain)).toBe(false);
    expect(runsOnPage(newsOnly, 'example.com', article)).toBe(true);
  });
});
