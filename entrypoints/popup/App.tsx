import searchIndex from 'virtual:caveat-search-index';
import { useCallback, useMemo } from 'react';
import { FreshnessContext } from '../../components/freshness.ts';
import { Popup } from '../../components/Popup.tsx';
import { usePrefersDark } from '../../components/use-prefers-dark.ts';
import { createKbSearch } from '../../lib/rank/index.ts';
import { resolveTheme } from '../../lib/settings/index.ts';
import { openOptionsPage, revealMentionInActiveTab, usePageMentions } from '../../platform/page-mentions.ts';
import { useKnowledgeBase } from '../../platform/use-knowledge-base.ts';
import { useSettings } from '../../platform/use-settings.ts';

/** Wires the popup: the knowledge base (built-in and custom topics), stored settings, the active tab. */
export function PopupApp() {
  const { kb } = useKnowledgeBase();
  // Loads the index built at build time; it is rebuilt here only when the knowledge base differs
  // from the built-in one (custom topics).
  const searcher = useMemo(() => createKbSearch(kb, searchIndex), [kb]);
  const search = useCallback((query: string, top: number) => searcher.search(query, top), [searcher]);
  const { settings, readOnly, update } = useSettings();
  const page = usePageMentions(settings);
  const prefersDark = usePrefersDark();

  const reveal = useCallback((topicId: string) => {
    // Close the popup so the page, and the card opened on it, get the focus.
    void revealMentionInActiveTab(topicId).then((found) => {
      if (found) window.close();
    });
  }, []);
  const openOptions = useCallback(() => {
    void openOptionsPage().then(() => window.close());
  }, []);

  if (!settings) return null;
  return (
    <FreshnessContext value={{ staleAfterMonths: settings.staleAfterMonths }}>
      <Popup
        kb={kb}
        search={search}
        settings={settings}
        page={page}
        theme={resolveTheme(settings.theme, prefersDark)}
        readOnly={readOnly}
        onUpdateSettings={update}
        onRevealMention={reveal}
        onOpenOptions={openOptions}
      />
    </FreshnessContext>
  );
}
