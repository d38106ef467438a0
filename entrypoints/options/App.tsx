import { useMemo } from 'react';
import { Options, type OptionsTopic } from '../../components/Options.tsx';
import { usePrefersDark } from '../../components/use-prefers-dark.ts';
import { BUILT_IN_KB } from '../../data/kb.ts';
import { resolveTheme } from '../../lib/settings.ts';
import { useSettings } from '../../platform/use-settings.ts';

/** Wires the options page: built-in topics and the stored settings. */
export function OptionsApp() {
  const { settings, notice, readOnly, saveState, update, dismissNotice } = useSettings();
  const prefersDark = usePrefersDark();
  const topics = useMemo<OptionsTopic[]>(
    () =>
      BUILT_IN_KB.map((topic) => ({
        id: topic.id,
        name: topic.name,
        summary: topic.summary,
        claimCount: topic.claims.length,
      })),
    [],
  );
  if (!settings) return null;
  return (
    <Options
      topics={topics}
      settings={settings}
      notice={notice}
      readOnly={readOnly}
      saveState={saveState}
      theme={resolveTheme(settings.theme, prefersDark)}
      onUpdate={update}
      onDismissNotice={dismissNotice}
    />
  );
}
