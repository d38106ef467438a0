/**
 * Typo-tolerant search over the whole knowledge base, for the popup and `kb search`: topics (name,
 * aliases, summary) and claims (statement, keywords, caveats, explanation) in one Fuse index, which
 * can be built ahead of time and loaded as JSON. Pure: Fuse.js and plain data.
 */
import Fuse, { type Expression, type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { Alias, KnowledgeBase } from '../data/schema';
import { normalise, significantTokens } from './ranker';

export interface SearchResult {
  topicId: string;
  /** null for a topic-level hit; then `statement` is the topic's summary. */
  claimId: string | null;
  statement: string;
  /** 0..1, higher is better. */
  score: number;
}

export interface KbSearch {
  /** Best first, at most `top`; [] for an empty or blank query. */
  search(query: string, top?: number): SearchResult[];
}

/** A prebuilt search index, as JSON: `buildSearchIndex` at build time, `createKbSearch` at run time. */
export interface SearchIndexJson {
  /** Which knowledge base the records describe: an index built for other data is not used. */
  fingerprint: string;
  keys: ReturnType<FuseIndex<SearchDocument>['toJSON']>['keys'];
  records: ReturnType<FuseIndex<SearchDocument>['toJSON']>['records'];
}

/** One searchable thing: a topic (claimId null) or a claim. */
interface SearchDocument {
  topicId: string;
  claimId: string | null;
  /** What a result shows: the claim's statement, or the topic's summary. */
  display: string;
  name?: string;
  aliases?: string[];
  summary?: string;
  statement?: string;
  keywords?: string[];
  caveats?: string[];
  explanation?: string;
}

/** What a reader is likely to type first weighs most: names, aliases, keywords, then statements. */
const SEARCH_KEYS = [
  { name: 'name', weight: 3 },
  { name: 'aliases', weight: 3 },
  { name: 'keywords', weight: 3 },
  { name: 'statement', weight: 2 },
  { name: 'summary', weight: 1.5 },
  { name: 'caveats', weight: 1 },
  { name: 'explanation', weight: 0.5 },
] as const;

type SearchKey = (typeof SEARCH_KEYS)[number]['name'];

/**
 * 0.4 lets a word of six letters or more carry two typos ("nvidai" for "nvidia" is two edits to
 * Bitap) and a shorter one a single typo ("deepsek", "contrls").
 */
const SEARCH_THRESHOLD = 0.4;
/** Tokens of a query after this many are ignored: a search box query is a few words. */
const MAX_QUERY_TOKENS = 8;

const FUSE_OPTIONS: IFuseOptions<SearchDocument> = Object.freeze({
  keys: SEARCH_KEYS.map((key) => ({ ...key })),
  includeScore: true,
  ignoreLocation: true,
  useExtendedSearch: true,
  threshold: SEARCH_THRESHOLD,
  minMatchCharLength: 2,
  // Text is normalised once, when the index is built; queries are normalised the same way.
  isCaseSensitive: true,
  getFn: (doc: SearchDocument, path: string | string[]) => {
    // Fields are read directly: Fuse's own getter returns array items wrapped as { v, i }.
    const value = doc[(Array.isArray(path) ? path.join('.') : path) as SearchKey];
    if (typeof value === 'string') return normalise(value);
    return Array.isArray(value) ? value.map(normalise) : '';
  },
});

function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

function documentsOf(kb: KnowledgeBase): SearchDocument[] {
  return kb.flatMap((topic) => [
    {
      topicId: topic.id,
      claimId: null,
      display: topic.summary,
      name: topic.name,
      aliases: topic.aliases.map(aliasText),
      summary: topic.summary,
    },
    ...topic.claims.map((claim) => ({
      topicId: topic.id,
      claimId: claim.id,
      display: claim.statement,
      statement: claim.statement,
      keywords: claim.keywords,
      caveats: claim.caveats,
      // Long: indexed as its distinct significant words, which keeps the prebuilt index small.
      explanation: significantTokens(claim.explanation).join(' '),
    })),
  ]);
}

/** A short, stable digest of which documents an index holds and what they say. */
function fingerprintOf(docs: readonly SearchDocument[]): string {
  // FNV-1a over the documents' JSON: any edit to the KB gives another fingerprint.
  let hash = 0x811c9dc5;
  const text = JSON.stringify(docs);
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${docs.length}:${(hash >>> 0).toString(16)}`;
}

/**
 * Builds the search index for `kb` as plain JSON (for `JSON.stringify`), so the popup can load it
 * with `createKbSearch(kb, index)` instead of indexing at start-up.
 */
export function buildSearchIndex(kb: KnowledgeBase): SearchIndexJson {
  const docs = documentsOf(kb);
  const { keys, records } = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], docs, {
    getFn: FUSE_OPTIONS.getFn,
  }).toJSON();
  return { fingerprint: fingerprintOf(docs), keys, records };
}

/** Extended-search leaves for one query word: fuzzy everywhere; numbers must appear as typed. */
function leavesFor(token: string): Expression[] {
  return [/^\d/u.test(token) ? `'${token}` : token];
}

function queryTokensOf(query: string): string[] {
  const significant = significantTokens(query);
  // A query of only short or common words ("AI", "the ban") still searches for what was typed.
  const tokens =
    significant.length > 0
      ? significant
      : (normalise(query).match(/[\p{L}\p{N}]+(?:\.\d+)?/gu) ?? []).filter((word) => word.length >= 2);
  return tokens.slice(0, MAX_QUERY_TOKENS);
}

/**
 * Creates the search for `kb`. `prebuilt` is an index from `buildSearchIndex`; one built for other
 * data (a user's custom topics, an edited KB) is ignored and the index is built here instead.
 */
export function createKbSearch(kb: KnowledgeBase, prebuilt?: SearchIndexJson): KbSearch {
  const docs = documentsOf(kb);
  const index =
    prebuilt && prebuilt.fingerprint === fingerprintOf(docs)
      ? Fuse.parseIndex<SearchDocument>(prebuilt, { getFn: FUSE_OPTIONS.getFn })
      : Fuse.createIndex<SearchDocument>(FUSE_OPTIONS.keys ?? [], docs, { getFn: FUSE_OPTIONS.getFn });
  const fuse = new Fuse<SearchDocument>(docs, FUSE_OPTIONS, index);

  return {
    search(query: string, top = 10): SearchResult[] {
      const limit = Math.max(0, Math.floor(top));
      const tokens = queryTokensOf(query);
      if (limit === 0 || tokens.length === 0) return [];
      // One leaf per word, searched in every key; Fuse multiplies the scores of all that match,
      // so a document matching more of the words ranks higher.
      const results = fuse.search({ $or: tokens.flatMap(leavesFor) }, { limit });
      return results.map(({ item, score }) => ({
        topicId: item.topicId,
        claimId: item.claimId,
        statement: item.display,
        score: Math.min(1, Math.max(0, 1 - (score ?? 1) ** (1 / tokens.length))),
      }));
    },
  };
}
