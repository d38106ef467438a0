import searchIndex from 'virtual:caveat-search-index';
import { useCallback, useMemo } from 'react';
import { FreshnessContext } from '../../components/freshness.ts';
import { SearchPage } from '../../components/SearchPage.tsx';
import { usePrefersDark } from '../../components/use-prefers-dark.ts';
import { createKbSearch } from '../../lib/rank/index.ts';
import { resolveTheme } from '../../lib/settings/index.ts';
import { useKnowledgeBase } from '../../platform/use-knowledge-base.ts';
import { useSettings } from '../../platform/use-settings.ts';

/**
 * Keeps the query in the page's address (`?q=`), replacing the history entry as the reader types:
 * a reload, or Back from a source's page, shows the same search.
 */
function keepQueryInAddress(query: string): void {
  const url = new URL(location.href);
  if (query.trim() === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  history.replaceState(history.state, '', url);
}

/** Wires the search page: the knowledge base (built-in and custom), the theme, the query. */
export function SearchApp({ query }: { query: string }) {
  const { kb, loaded } = useKnowledgeBase();
  // The index built at build time, unless custom topics make the knowledge base differ.
  const searcher = useMemo(() => createKbSearch(kb, searchIndex), [kb]);
  const search = useCallback((q: string, top: number) => searcher.search(q, top), [searcher]);
  const { settings } = useSettings();
  const prefersDark = usePrefersDark();
  if (!settings || !loaded) return null;
  return (
    <FreshnessContext value={{ staleAfterMonths: settings.staleAfterMonths }}>
      <SearchPage
        kb={kb}
        search={search}
        query={query}
        theme={resolveTheme(settings.theme, prefersDark)}
        onQueryChange={keepQueryInAddress}
      />
    </FreshnessContext>
  );
}
