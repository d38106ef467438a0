import type { KnowledgeBase } from '../data/schema.ts';
import type { SearchResult } from '../lib/rank/index.ts';
import { SearchPanel } from './Popup.tsx';
import { useTexts } from './texts.ts';

export interface SearchPageProps {
  kb: KnowledgeBase;
  search: (query: string, top: number) => readonly SearchResult[];
  /** The words the reader selected on a page. */
  query: string;
  theme: 'light' | 'dark';
  /** Told each time the reader changes the query. */
  onQueryChange?: (query: string) => void;
}

/** The search page has the whole window: it lists more results than the popup's box. */
export const SEARCH_PAGE_MAX_RESULTS = 20;

/**
 * The search page the context menu opens: the popup's search, started with the selected words, on
 * the whole window (the results are not held in the popup's box).
 */
export function SearchPage({ kb, search, query, theme, onQueryChange }: SearchPageProps) {
  const { SEARCH_PAGE_TEXTS } = useTexts();
  return (
    <main className="caveat-root caveat-popup caveat-search-page" data-theme={theme}>
      <h1 className="caveat-search-page__title">{SEARCH_PAGE_TEXTS.title}</h1>
      <SearchPanel
        kb={kb}
        search={search}
        initialQuery={query}
        maxResults={SEARCH_PAGE_MAX_RESULTS}
        {...(onQueryChange ? { onQueryChange } : {})}
      />
    </main>
  );
}
