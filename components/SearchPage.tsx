import type { KnowledgeBase } from '../data/schema.ts';
import type { SearchResult } from '../lib/search.ts';
import { SearchPanel } from './Popup.tsx';
import { useTexts } from './texts.ts';

export interface SearchPageProps {
  kb: KnowledgeBase;
  search: (query: string, top: number) => readonly SearchResult[];
  /** The words the reader selected on a page. */
  query: string;
  theme: 'light' | 'dark';
}

/** The search page the context menu opens: the popup's search, started with the selected words. */
export function SearchPage({ kb, search, query, theme }: SearchPageProps) {
  const { SEARCH_PAGE_TEXTS } = useTexts();
  return (
    <main className="caveat-root caveat-popup caveat-search-page" data-theme={theme}>
      <h1 className="caveat-search-page__title">{SEARCH_PAGE_TEXTS.title}</h1>
      <SearchPanel kb={kb} search={search} initialQuery={query} />
    </main>
  );
}
