/**
 * A field-weighted BM25 index (BM25F) over short documents, shared by claim ranking and search.
 * Pure: plain data, serialisable as JSON (search builds it at build time), plus Fuse.js over the
 * index's vocabulary for words typed with a typo.
 *
 * Scoring, per query term t and document d:
 *   tf~(t, d) = Σ_fields weight_f · tf_f(t, d) / (1 − b_f + b_f · len_f(d) / avglen_f)
 *   score(d)  = Σ_t idf~(t) · boost(t) · tf~ · (k1 + 1) / (k1 + tf~)  +  phrase bonuses
 * where idf~ is BM25's idf divided by the largest idf the collection allows, so that scores mean
 * the same in a topic of 5 claims and one of 10,000 (a threshold can say "close enough"). A number,
 * percentage or date term is worth NUMBER_BOOST times a word. A multi-word phrase of a document
 * (a keyword such as "export control compliant") found whole in the query adds its terms' idf
 * again, times PHRASE_BOOST.
 */
import Fuse from 'fuse.js';
import { isCjkTerm, isValueTerm, termsOf } from '../text/index';

export interface FieldSpec {
  readonly name: string;
  /** How much one occurrence in this field counts. */
  readonly weight: number;
  /** BM25 length normalisation, 0 (none) to 1 (full). */
  readonly b: number;
  /** Each string of this field that has several terms is a phrase worth a bonus when found whole. */
  readonly phrases?: boolean;
  /** Each pair of adjacent terms of this field's strings is a phrase too ("sparse attention"). */
  readonly bigrams?: boolean;
}

/** One document to index: for each field (in FieldSpec order), its strings. */
export type IndexedDocument = readonly (readonly string[])[];

/** The index as JSON. Field order and weights are the builder's; they travel with the data. */
export interface TermIndexJson {
  readonly version: 1;
  readonly fields: readonly FieldSpec[];
  readonly docCount: number;
  /** Term count per document and field, flat: lengths[doc * fields.length + field]. */
  readonly lengths: readonly number[];
  /** term → flat triples [doc, field, frequency, doc, field, frequency, …], by doc. */
  readonly postings: Readonly<Record<string, readonly number[]>>;
  /** Phrases: [doc, term, term, …]. */
  readonly phrases: readonly (readonly (string | number)[])[];
}

export interface ScoreOptions {
  /** Fuse threshold for a word not in the vocabulary; 0 turns typo tolerance off. */
  readonly typoThreshold?: number;
  /** At most this many unknown words are looked up for typos (each costs a Fuse search). */
  readonly maxTypoLookups?: number;
  /** Unknown words shorter than this are never treated as typos. */
  readonly minTypoLength?: number;
  /**
   * When set, a typo may differ from the indexed term by at most one edit per this many letters
   * (at least one edit): Fuse's closeness alone lets "pronounc" stand for "profound".
   */
  readonly lettersPerTypoEdit?: number;
  /** Terms that count only this share of their weight (e.g. the words that describe a whole topic). */
  readonly termFactors?: ReadonlyMap<string, number>;
  /** Return only the best this many documents (the rest cost objects nobody reads). */
  readonly limit?: number;
  /** A field (index in FieldSpec order) whose coverage by the query each result reports. */
  readonly coverageField?: number;
  /**
   * Other words for query terms (synonyms), scored after the query's own terms, each at `factor`
   * of its weight. A document gains from an expansion only what it beats its source term by.
   * Expansions take no part in phrases.
   */
  readonly expansions?: readonly QueryExpansion[];
}

export interface QueryExpansion {
  /** The indexed term to look for. */
  readonly term: string;
  /** The query term it stands in for. */
  readonly source: string;
  readonly factor: number;
}

export interface ScoredDocument {
  readonly doc: number;
  readonly score: number;
  /** The query terms that matched, in query order; a typo shows as `typed→indexed`. */
  readonly matched: readonly string[];
  /** Which fields had a matched term: bit f is set for field f (FieldSpec order). */
  readonly fields: number;
  /**
   * With `coverageField`: the share, 0..1 and weighted by idf, of that field's distinct terms in
   * this document that the query has (an expansion counts its factor). Otherwise 0.
   */
  readonly coverage: number;
}

/** BM25's saturation: the third occurrence of a word adds less than the first. */
const K1 = 2;
/** A number or date matches far more rarely by chance than a word does. */
const NUMBER_BOOST = 1.6;
/** A keyword phrase found whole counts this much more than its words found apart. */
const PHRASE_BOOST = 0.3;
/** Expansions (synonyms) of one query are scored up to this many postings in all. */
const EXPANSION_POSTINGS = 2000;
/** A word matched through a typo counts this much of an exact match (times Fuse's closeness). */
const TYPO_DISCOUNT = 0.8;

/**
 * Optimal string alignment distance (edits: insert, delete, substitute, swap two neighbours),
 * or `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(0);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] as number) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** Builds the index of `docs` with `fields`; the result is plain JSON. */
export function buildTermIndex(
  fields: readonly FieldSpec[],
  docs: readonly IndexedDocument[],
): TermIndexJson {
  const postings: Record<string, number[]> = Object.create(null);
  const lengths: number[] = [];
  const phrases: (string | number)[][] = [];
  docs.forEach((doc, docIndex) => {
    // A keyword phrase and a pair of the same words give one bonus, not two.
    const docPhrases = new Set<string>();
    fields.forEach((field, fieldIndex) => {
      const counts = new Map<string, number>();
      let length = 0;
      for (const text of doc[fieldIndex] ?? []) {
        const terms = termsOf(text);
        length += terms.length;
        for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
        if (field.phrases && terms.length >= 2 && terms.length <= 6) {
          const phrase = terms.join(' ');
          if (!docPhrases.has(phrase)) phrases.push([docIndex, ...terms]);
          docPhrases.add(phrase);
        }
        if (field.bigrams) {
          for (let i = 0; i + 1 < terms.length; i += 1) {
            const pair = `${terms[i]} ${terms[i + 1]}`;
            if (terms[i] === terms[i + 1] || docPhrases.has(pair)) continue;
            docPhrases.add(pair);
            phrases.push([docIndex, terms[i] as string, terms[i + 1] as string]);
          }
        }
      }
      lengths.push(length);
      for (const [term, count] of counts) {
        const list = postings[term];
        if (list) list.push(docIndex, fieldIndex, count);
        else postings[term] = [docIndex, fieldIndex, count];
      }
    });
  });
  return { version: 1, fields, docCount: docs.length, lengths, postings, phrases };
}

/** A loaded index: the JSON plus what scoring derives from it once. */
export interface TermIndex {
  readonly json: TermIndexJson;
  /** Scores every document that shares a term with `queryTerms`, best first. */
  score(queryTerms: readonly string[], options?: ScoreOptions): ScoredDocument[];
  /** How many documents have `term`. */
  documentFrequency(term: string): number;
  /** idf~ of a term, 0..1 (0 for a term in every document or none). */
  weightOf(term: string): number;
}

export function loadTermIndex(json: TermIndexJson): TermIndex {
  const fieldCount = json.fields.length;
  const docCount = json.docCount;
  const postings = new Map<string, readonly number[]>(Object.entries(json.postings));
  const avgLengths = json.fields.map((_, field) => {
    let sum = 0;
    for (let doc = 0; doc < docCount; doc += 1) sum += json.lengths[doc * fieldCount + field] ?? 0;
    return docCount === 0 ? 1 : Math.max(1, sum / docCount);
  });
  // Per doc and field, the BM25 length norm 1 − b + b · len / avglen, computed once.
  const norms = new Float64Array(docCount * fieldCount);
  for (let doc = 0; doc < docCount; doc += 1) {
    json.fields.forEach((field, f) => {
      const length = json.lengths[doc * fieldCount + f] ?? 0;
      norms[doc * fieldCount + f] = 1 - field.b + field.b * (length / (avgLengths[f] ?? 1));
    });
  }
  const weights = json.fields.map((field) => field.weight);
  const documentFrequencies = new Map<string, number>();
  const documentFrequency = (term: string): number => {
    const cached = documentFrequencies.get(term);
    if (cached !== undefined) return cached;
    const list = postings.get(term);
    let count = 0;
    let last = -1;
    if (list) {
      for (let i = 0; i < list.length; i += 3) {
        if (list[i] !== last) {
          count += 1;
          last = list[i] as number;
        }
      }
    }
    documentFrequencies.set(term, count);
    return count;
  };
  const maxIdf = Math.log(1 + (docCount - 0.5) / 1.5);
  const weightOf = (term: string): number => {
    const df = documentFrequency(term);
    if (df === 0 || docCount === 0 || maxIdf <= 0) return 0;
    return Math.log(1 + (docCount - df + 0.5) / (df + 0.5)) / maxIdf;
  };

  // Per field, the idf-weighted sum of each document's distinct terms, computed when first asked.
  const fieldTotals = new Map<number, Float64Array>();
  const totalsOf = (field: number): Float64Array => {
    let totals = fieldTotals.get(field);
    if (!totals) {
      totals = new Float64Array(docCount);
      for (const [term, list] of postings) {
        const weight = weightOf(term);
        if (weight <= 0) continue;
        for (let i = 0; i < list.length; i += 3) {
          const doc = list[i] as number;
          if (list[i + 1] === field) totals[doc] = (totals[doc] as number) + weight;
        }
      }
      fieldTotals.set(field, totals);
    }
    return totals;
  };

  // Phrases by their first term.
  const phrasesByFirst = new Map<string, { doc: number; terms: string[] }[]>();
  for (const [doc, ...terms] of json.phrases) {
    const words = terms as string[];
    const first = words[0] as string;
    const list = phrasesByFirst.get(first);
    const entry = { doc: doc as number, terms: words };
    if (list) list.push(entry);
    else phrasesByFirst.set(first, [entry]);
  }

  // Typo lookups: one Fuse list per first character, built when first needed.
  const vocabularyByInitial = new Map<string, Fuse<string>>();
  const typoCandidates = (
    word: string,
    threshold: number,
    lettersPerEdit: number,
  ): { term: string; closeness: number } | null => {
    const initial = word.charAt(0);
    let fuse = vocabularyByInitial.get(initial);
    if (!fuse) {
      const words = [...postings.keys()].filter(
        (term) => term.charAt(0) === initial && !isValueTerm(term) && !isCjkTerm(term),
      );
      fuse = new Fuse(words, { includeScore: true, ignoreLocation: true, threshold, isCaseSensitive: true });
      vocabularyByInitial.set(initial, fuse);
    }
    const [best] = fuse.search(word, { limit: 1 });
    if (!best || (best.score ?? 1) > threshold) return null;
    // Fuse finds the word inside longer ones too ("ban" in "bank"): a typo is not much shorter
    // than the term it stands for (it may be longer: a typo defeats stemming, "censorhsip").
    if (best.item.length > word.length + 2) return null;
    if (lettersPerEdit > 0) {
      const limit = Math.max(1, Math.floor(word.length / lettersPerEdit));
      if (editDistance(word, best.item, limit) > limit) return null;
    }
    return { term: best.item, closeness: 1 - (best.score ?? 1) };
  };

  return {
    json,
    documentFrequency,
    weightOf,
    score(queryTerms, options = {}) {
      const typoThreshold = options.typoThreshold ?? 0;
      const maxTypoLookups = options.maxTypoLookups ?? 3;
      const minTypoLength = options.minTypoLength ?? 5;
      // Typed arrays over every document, not maps: a topic of 10,000 claims has terms in
      // thousands of them, and this loop is the cost of a mention.
      const scores = new Float64Array(docCount);
      const tf = new Float64Array(docCount);
      const touched: number[] = [];
      const matched: (string[] | undefined)[] = new Array(docCount);
      const fieldMasks = new Uint32Array(docCount);
      const coverageField = options.coverageField ?? -1;
      const covered = coverageField >= 0 ? new Float64Array(docCount) : undefined;
      const seen = new Set<string>();
      let lookups = 0;
      const termDocs: number[] = [];
      // What each query term that has expansions gave each document, so that its expansions add
      // only what goes beyond it: a concept counts once, by its best word.
      const sourceGains = new Map<string, Float64Array>();
      const expanded = new Set((options.expansions ?? []).map(({ source }) => source));
      const addTerm = (term: string, factor: number, label: string, source: string | null) => {
        const coverageWeight = weightOf(term) * factor;
        const idf =
          weightOf(term) *
          factor *
          (options.termFactors?.get(term) ?? 1) *
          (isValueTerm(term) ? NUMBER_BOOST : 1);
        if (idf <= 0) return;
        const list = postings.get(term) ?? [];
        termDocs.length = 0;
        for (let i = 0; i < list.length; i += 3) {
          const doc = list[i] as number;
          const field = list[i + 1] as number;
          const count = list[i + 2] as number;
          if (tf[doc] === 0) termDocs.push(doc);
          fieldMasks[doc] = (fieldMasks[doc] as number) | (1 << field);
          if (covered && field === coverageField) covered[doc] = (covered[doc] as number) + coverageWeight;
          tf[doc] =
            (tf[doc] as number) + ((weights[field] ?? 0) * count) / (norms[doc * fieldCount + field] ?? 1);
        }
        const gainKey = source ?? (expanded.has(term) ? term : null);
        let gains = gainKey === null ? undefined : sourceGains.get(gainKey);
        if (gainKey !== null && !gains) {
          gains = new Float64Array(docCount);
          sourceGains.set(gainKey, gains);
        }
        for (const doc of termDocs) {
          const value = tf[doc] as number;
          tf[doc] = 0;
          let gain = (idf * value * (K1 + 1)) / (K1 + value);
          if (gains) {
            const before = gains[doc] as number;
            if (gain <= before) continue;
            gains[doc] = gain;
            gain -= before;
          }
          if (scores[doc] === 0) touched.push(doc);
          scores[doc] = (scores[doc] as number) + gain;
          const terms = matched[doc];
          if (terms) terms.push(label);
          else matched[doc] = [label];
        }
      };
      for (const queryTerm of queryTerms) {
        if (seen.has(queryTerm)) continue;
        seen.add(queryTerm);
        let term = queryTerm;
        let factor = 1;
        let label = queryTerm;
        if (!postings.has(term)) {
          if (
            typoThreshold <= 0 ||
            lookups >= maxTypoLookups ||
            term.length < minTypoLength ||
            isValueTerm(term) ||
            isCjkTerm(term)
          )
            continue;
          lookups += 1;
          const candidate = typoCandidates(term, typoThreshold, options.lettersPerTypoEdit ?? 0);
          if (!candidate || seen.has(candidate.term)) continue;
          seen.add(candidate.term);
          term = candidate.term;
          factor = TYPO_DISCOUNT * candidate.closeness;
          label = `${queryTerm}→${term}`;
        }
        addTerm(term, factor, label, null);
      }
      // Rarest first: they tell documents apart best and cost least. Each costs its posting list,
      // so a query scores expansions only up to a budget of postings (in a large collection a
      // common word is left out; a topic of a few dozen claims never reaches it).
      const candidates = (options.expansions ?? [])
        .filter(({ term }) => postings.has(term))
        .sort((a, b) => documentFrequency(a.term) - documentFrequency(b.term));
      let budget = EXPANSION_POSTINGS;
      for (const { term, source, factor } of candidates) {
        if (seen.has(term)) continue;
        const size = (postings.get(term)?.length ?? 0) / 3;
        if (size > budget) break;
        budget -= size;
        seen.add(term);
        addTerm(term, factor, `${source}≈${term}`, source);
      }
      // Phrases found whole in the query, in order.
      for (let start = 0; start < queryTerms.length; start += 1) {
        const candidates = phrasesByFirst.get(queryTerms[start] as string);
        if (!candidates) continue;
        for (const { doc, terms } of candidates) {
          if (start + terms.length > queryTerms.length) continue;
          let whole = true;
          for (let k = 1; k < terms.length && whole; k += 1) whole = queryTerms[start + k] === terms[k];
          if (!whole) continue;
          let bonus = 0;
          for (const t of terms) bonus += weightOf(t) * (options.termFactors?.get(t) ?? 1);
          if (bonus <= 0) continue;
          if (scores[doc] === 0) touched.push(doc);
          scores[doc] = (scores[doc] as number) + PHRASE_BOOST * bonus;
          const list = matched[doc];
          const label = `"${terms.join(' ')}"`;
          if (list) {
            if (!list.includes(label)) list.push(label);
          } else matched[doc] = [label];
        }
      }
      touched.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
      if (options.limit !== undefined && touched.length > options.limit) touched.length = options.limit;
      const totals = covered ? totalsOf(coverageField) : undefined;
      const coverageOf = (doc: number): number => {
        const total = totals?.[doc] ?? 0;
        return total > 0 ? Math.min(1, (covered?.[doc] ?? 0) / total) : 0;
      };
      return touched.map((doc) => ({
        doc,
        score: scores[doc] as number,
        matched: matched[doc] ?? [],
        fields: fieldMasks[doc] as number,
        coverage: covered ? coverageOf(doc) : 0,
      }));
    },
  };
}
