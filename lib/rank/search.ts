/**
 * Search over the whole knowledge base, for the popup and `kb search`: topics (name, aliases,
 * keywords, summary) and claims (keywords, statement, caveats, explanation, and their topic's
 * names) in one field-weighted BM25 index (lib/rank/term-index.ts). Queries may be questions ("who
 * founded deepseek"), numbers ("$5.6m", "294000", "17 percent"), Chinese in Simplified or
 * Traditional characters, or have typos (Fuse.js over the index's vocabulary). The index is plain
 * JSON: the extension builds it at build time and loads it at run time. Pure.
 */
import type { KnowledgeBase } from '../../data/schema';
import { aliasText } from '../match/index';
import { foldForTerms, termsOf } from '../text/index';
import { synonymExpansions } from './synonyms';
import {
  buildTermIndex,
  type FieldSpec,
  loadTermIndex,
  type QueryExpansion,
  type TermIndexJson,
} from './term-index';

export interface SearchResult {
  topicId: string;
  /** null for a topic-level hit; then `statement` is the topic's summary. */
  claimId: string | null;
  statement: string;
  /** 0..1, higher is better. */
  score: number;
  /** The query's terms that matched (stems, `#` numbers, `@` dates, `"phrases"`, `typed→indexed`). */
  matched: readonly string[];
}

export interface KbSearch {
  /** Best first, at most `top`; [] for an empty or blank query. */
  search(query: string, top?: number): SearchResult[];
}

/** A prebuilt search index, as JSON: `buildSearchIndex` at build time, `createKbSearch` at run time. */
export interface SearchIndexJson {
  /** Which knowledge base the index describes: an index built for other data is not used. */
  fingerprint: string;
  index: TermIndexJson;
}

/**
 * What a reader is likely to type first weighs most: names, aliases and keywords, then statements.
 * A claim's topic names weigh a little, so "deepseek cost" prefers DeepSeek's cost claims.
 */
export const SEARCH_FIELDS: readonly FieldSpec[] = Object.freeze([
  { name: 'name', weight: 3, b: 0 },
  { name: 'keywords', weight: 3, b: 0.3, phrases: true },
  { name: 'statement', weight: 2, b: 0.5 },
  { name: 'summary', weight: 1.2, b: 0.5 },
  { name: 'caveats', weight: 0.6, b: 0.75 },
  { name: 'explanation', weight: 0.5, b: 0.75 },
  { name: 'topic', weight: 0.8, b: 0 },
]);

/**
 * Typos: 0.4 lets a word of six letters carry two Bitap errors ("nvidai" for "nvidia") and a
 * shorter one a single error ("deepsek", "contrls").
 */
const SEARCH_TYPOS = Object.freeze({ typoThreshold: 0.4, maxTypoLookups: 6, minTypoLength: 4 });
/** A search box query is a few words; more are ignored. */
const MAX_QUERY_TERMS = 16;
/** Scores map to 0..1 as 1 − e^(−score / SCORE_SCALE). */
const SCORE_SCALE = 3;

/**
 * Questions whose question word carries the meaning ("where is DeepSeek based", "who runs it"):
 * the question words are stop words, so each of these adds the words a claim uses for the answer.
 */
const QUESTION_INTENTS: readonly (readonly [RegExp, string])[] = [
  [
    /\bwho (?:runs?|owns?|founded|started|leads?|heads?|created|made|built|controls?|funds?|is behind|are behind)\b/u,
    'founder company owner',
  ],
  [/\bwhere\b.*\b(?:based|headquartered|headquarters|located|from)\b/u, 'based headquarters headquartered'],
  [/\bhow (?:much|cheap|expensive)\b/u, 'cost price'],
  [/\b(?:is|are)\b.*\b(?:safe|secure|dangerous|risky)\b/u, 'security risks safety privacy'],
  [
    /\bwhen\b.*\b(?:release|released|launch|launched|come out|came out|start|started|begin|began)\b/u,
    'release since',
  ],
  [/\b(?:what|which) (?:chips?|gpus?|hardware)\b/u, 'chips gpus trained'],
];
/** A question's added words count this share of a word typed. */
const INTENT_FACTOR = 0.8;

function intentExpansions(query: string): QueryExpansion[] {
  const folded = foldForTerms(query);
  return QUESTION_INTENTS.flatMap(([pattern, words]) =>
    pattern.test(folded)
      ? termsOf(words).map((term) => ({ term, source: `?${term}`, factor: INTENT_FACTOR }))
      : [],
  );
}

interface SearchDocument {
  topicId: string;
  claimId: string | null;
  display: string;
  fields: string[][];
}

function documentsOf(kb: KnowledgeBase): SearchDocument[] {
  return kb.flatMap((topic) => {
    const names = [topic.name, ...topic.aliases.map(aliasText)];
    return [
      {
        topicId: topic.id,
        claimId: null,
        display: topic.summary,
        fields: [names, topic.keywords ?? [], [], [topic.summary], [], [], []],
      },
      ...topic.claims.map((claim) => ({
        topicId: topic.id,
        claimId: claim.id,
        display: claim.statement,
        fields: [[], claim.keywords, [claim.statement], [], claim.caveats, [claim.explanation], names],
      })),
    ];
  });
}

/** A short, stable digest of which documents an index holds and what they say. */
function fingerprintOf(docs: readonly SearchDocument[]): string {
  // FNV-1a over the documents' JSON: any edit to the KB gives another fingerprint.
  let hash = 0x811c9dc5;
  const text = JSON.stringify([SEARCH_FIELDS, docs]);
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${docs.length}:${(hash >>> 0).toString(16)}`;
}

/**
 * Builds the search index for `kb` as plain JSON (for `JSON.stringify`), so the popup can load it
 * with `createKbSearch(kb, index)` instead of indexing when it opens.
 */
export function buildSearchIndex(kb: KnowledgeBase): SearchIndexJson {
  const docs = documentsOf(kb);
  return {
    fingerprint: fingerprintOf(docs),
    index: buildTermIndex(
      SEARCH_FIELDS,
      docs.map(({ fields }) => fields),
    ),
  };
}

/** Whether `prebuilt` was built for exactly this knowledge base (and this version of the fields). */
export function isSearchIndexFor(kb: KnowledgeBase, prebuilt: SearchIndexJson): boolean {
  return prebuilt.fingerprint === fingerprintOf(documentsOf(kb));
}

/**
 * Creates the search for `kb`. `prebuilt` is an index from `buildSearchIndex`; one built for other
 * data (a user's custom topics, an edited KB) is ignored and the index is built here instead.
 */
export function createKbSearch(kb: KnowledgeBase, prebuilt?: SearchIndexJson): KbSearch {
  const docs = documentsOf(kb);
  const json =
    prebuilt && prebuilt.fingerprint === fingerprintOf(docs)
      ? prebuilt.index
      : buildTermIndex(
          SEARCH_FIELDS,
          docs.map(({ fields }) => fields),
        );
  const index = loadTermIndex(json);
  // A query that is a topic's name or one of its aliases, whole ("出口管制", "entity list"), asks for
  // the topic: its document comes first however many claims also use the words. A question about
  // the topic ("where is DeepSeek based": question words are stop words) asks for its answer.
  const topicByName = new Map<string, number>();
  docs.forEach((item, doc) => {
    if (item.claimId !== null) return;
    for (const name of item.fields[0] ?? []) {
      const key = termsOf(name).join(' ');
      if (key !== '' && !topicByName.has(key)) topicByName.set(key, doc);
    }
  });

  return {
    search(query: string, top = 10): SearchResult[] {
      const limit = Math.max(0, Math.floor(top));
      const terms = termsOf(query).slice(0, MAX_QUERY_TERMS);
      if (limit === 0 || terms.length === 0) return [];
      const intents = intentExpansions(query);
      const expansions = [...intents, ...synonymExpansions(terms)];
      const scored = index.score(terms, { ...SEARCH_TYPOS, expansions });
      const named = intents.length === 0 ? topicByName.get(terms.join(' ')) : undefined;
      if (named !== undefined) {
        const at = scored.findIndex(({ doc }) => doc === named);
        const [hit] = at >= 0 ? scored.splice(at, 1) : [];
        const best = scored[0]?.score ?? 0;
        scored.unshift({
          doc: named,
          matched: terms,
          coverage: 0,
          fields: 1,
          ...hit,
          score: Math.max(hit?.score ?? 0, best),
        });
      }
      return scored.slice(0, limit).flatMap(({ doc, score, matched }) => {
        const item = docs[doc];
        if (!item) return [];
        return [
          {
            topicId: item.topicId,
            claimId: item.claimId,
            statement: item.display,
            score: 1 - Math.exp(-score / SCORE_SCALE),
            matched,
          },
        ];
      });
    },
  };
}
