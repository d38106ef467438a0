import { useCallback, useMemo } from 'react';
import { Options, type OptionsTopic } from '../../components/Options.tsx';
import { usePrefersDark } from '../../components/use-prefers-dark.ts';
import { BUILT_IN_TOPIC_FILES } from '../../data/kb.ts';
import type { Topic } from '../../data/schema.ts';
import { latestReview } from '../../lib/custom-topics.ts';
import { resolveTheme } from '../../lib/settings.ts';
import type { Backup } from '../../lib/settings-backup.ts';
import { downloadTextFile } from '../../platform/download.ts';
import { saveCustomTopics } from '../../platform/knowledge-base.ts';
import { changeSettings } from '../../platform/settings.ts';
import { useKnowledgeBase } from '../../platform/use-knowledge-base.ts';
import { useSettings } from '../../platform/use-settings.ts';

/** Wires the options page: the knowledge base (built-in and custom topics) and the stored settings. */
export function OptionsApp() {
  const { settings, notice, readOnly, saveState, update, dismissNotice } = useSettings();
  const knowledgeBase = useKnowledgeBase();
  const prefersDark = usePrefersDark();
  const topics = useMemo<OptionsTopic[]>(() => {
    const customIds = new Set(knowledgeBase.custom.map((topic) => topic.id));
    return knowledgeBase.kb.map((topic) => ({
      id: topic.id,
      name: topic.name,
      summary: topic.summary,
      claimCount: topic.claims.length,
      ...(customIds.has(topic.id) ? { custom: true, latestReview: latestReview(topic) } : {}),
    }));
  }, [knowledgeBase]);
  const saveTopics = useCallback((next: readonly Topic[]) => saveCustomTopics(next), []);
  const applyBackup = useCallback(async (backup: Backup) => {
    // Topics first: settings that refer to a custom topic find it when they arrive.
    await saveCustomTopics(backup.customTopics);
    await changeSettings({ type: 'replace', settings: backup.settings });
  }, []);
  if (!settings || !knowledgeBase.loaded) return null;
  return (
    <Options
      topics={topics}
      settings={settings}
      notice={notice ?? knowledgeBase.notice}
      readOnly={readOnly}
      saveState={saveState}
      theme={resolveTheme(settings.theme, prefersDark)}
      onUpdate={update}
      onDismissNotice={dismissNotice}
      library={{
        custom: knowledgeBase.custom,
        builtInFiles: BUILT_IN_TOPIC_FILES,
        onSaveCustomTopics: saveTopics,
        onApplyBackup: applyBackup,
        onDownload: downloadTextFile,
      }}
    />
  );
}
