import { useCallback, useMemo } from 'react';
import { Popup } from '../../components/Popup.tsx';
import { usePrefersDark } from '../../components/use-prefers-dark.ts';
import { BUILT_IN_KB } from '../../data/kb.ts';
import { createKbSearch } from '../../lib/search.ts';
import { resolveTheme } from '../../lib/settings.ts';
import { openOptionsPage, revealMentionInActiveTab, usePageMentions } from '../../platform/page-mentions.ts';
import { useSettings } from '../../platform/use-settings.ts';

/** Wires the popup: built-in knowledge base, stored settings, the active tab. */
export function PopupApp() {
  const searcher = useMemo(() => createKbSearch(BUILT_IN_KB), []);
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
    <Popup
      kb={BUILT_IN_KB}
      search={search}
      settings={settings}
      page={page}
      theme={resolveTheme(settings.theme, prefersDark)}
      readOnly={readOnly}
      onUpdateSettings={update}
      onRevealMention={reveal}
      onOpenOptions={openOptions}
    />
  );
}
