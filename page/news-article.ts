/**
 * Whether a page declares itself an article, for the "Only on news articles" mode: schema.org
 * `NewsArticle` or `Article` (or a kind of news article) in JSON-LD, `og:type` "article", or an
 * `<article>` element. Reads the page; never changes it. Runs only when the mode is on.
 */

import { isSiteActive, type Settings } from '../lib/settings/index';

/** JSON-LD scripts read at most; a page with more is not more of an article. */
const MAX_JSON_LD_SCRIPTS = 20;
/** Longer JSON-LD is not parsed (a page could make it huge to slow every visit down). */
const MAX_JSON_LD_LENGTH = 500_000;
/** How deep the walk through nested JSON-LD goes. */
const MAX_DEPTH = 6;

/** `Article`, `NewsArticle` and its kinds (`ReportageNewsArticle`, `OpinionNewsArticle`, …). */
function isArticleType(type: unknown): boolean {
  if (typeof type !== 'string') return false;
  const name = type.replace(/^https?:\/\/schema\.org\//i, '').replace(/^schema:/i, '');
  return name === 'Article' || name.endsWith('NewsArticle');
}

function declaresArticle(node: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH || typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some((entry) => declaresArticle(entry, depth + 1));
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  if (Array.isArray(type) ? type.some(isArticleType) : isArticleType(type)) return true;
  if (declaresArticle(record['@graph'], depth + 1)) return true;
  // A WebPage whose main entity is the article.
  return declaresArticle(record.mainEntity, depth + 1) || declaresArticle(record.mainEntityOfPage, depth + 1);
}

/** True when the JSON-LD of the page declares an article. Unparsable JSON-LD is ignored. */
export function hasArticleJsonLd(doc: Document): boolean {
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json" i]')].slice(
    0,
    MAX_JSON_LD_SCRIPTS,
  );
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_LENGTH) continue;
    try {
      if (declaresArticle(JSON.parse(text))) return true;
    } catch {
      // Broken JSON-LD declares nothing.
    }
  }
  return false;
}

/** True when `og:type` is "article". */
export function hasArticleOpenGraph(doc: Document): boolean {
  for (const meta of doc.querySelectorAll('meta[property="og:type" i], meta[name="og:type" i]')) {
    if ((meta.getAttribute('content') ?? '').trim().toLowerCase() === 'article') return true;
  }
  return false;
}

/** True when the page declares an article in any of the three ways. */
export function isNewsArticle(doc: Document): boolean {
  return hasArticleOpenGraph(doc) || doc.querySelector('article') !== null || hasArticleJsonLd(doc);
}

/**
 * Whether Caveat runs on this page under `settings`: its site is on, and in news-only mode the page
 * declares an article. Both stages of the content script ask it.
 */
export function runsOnPage(settings: Settings, host: string, doc: Document): boolean {
  return isSiteActive(settings, host) && (!settings.newsOnly || isNewsArticle(doc));
}
