import { useCallback, useMemo } from 'react';
import { Options, type OptionsTopic } from '../../components/Options.tsx';
import type { SubscriptionsProps } from '../../components/Subscriptions.tsx';
import { useTexts } from '../../components/texts.ts';
import { usePrefersDark } from '../../components/use-prefers-dark.ts';
import { BUILT_IN_TOPIC_IDS, type Topic } from '../../data/schema.ts';
import { BUILT_IN_TOPIC_FILES } from '../../data/topic-files.ts';
import { latestReview } from '../../lib/kb/index.ts';
import { checkIndexUrl, type PackActionResult, summariseSubscription } from '../../lib/packs/index.ts';
import type { Backup } from '../../lib/settings/index.ts';
import { resolveTheme } from '../../lib/settings/index.ts';
import { downloadTextFile } from '../../platform/download.ts';
import { saveCustomTopics } from '../../platform/knowledge-base.ts';
import {
  askForPackOrigin,
  changePackCheckEvery,
  releasePackOrigin,
  removePackSubscription,
  subscribePack,
  updatePackNow,
} from '../../platform/packs.ts';
import { changeSettings } from '../../platform/settings.ts';
import { useKnowledgeBase } from '../../platform/use-knowledge-base.ts';
import { usePackSubscriptions } from '../../platform/use-pack-subscriptions.ts';
import { useSettings } from '../../platform/use-settings.ts';

/** Wires the options page: the knowledge base (built-in and custom topics) and the stored settings. */
export function OptionsApp() {
  const { PACK_TEXTS } = useTexts();
  const { settings, notice, readOnly, saveState, update, dismissNotice } = useSettings();
  const knowledgeBase = useKnowledgeBase();
  const subscriptions = usePackSubscriptions();
  const prefersDark = usePrefersDark();
  const topics = useMemo<OptionsTopic[]>(() => {
    const customIds = new Set(knowledgeBase.custom.map((topic) => topic.id));
    const packOf = new Map<string, string>();
    for (const subscription of subscriptions ?? []) {
      for (const json of subscription.pack.content.topics) {
        const id = (json as { id?: unknown } | null)?.id;
        if (typeof id === 'string') packOf.set(id, subscription.pack.content.name);
      }
    }
    const packIds = new Set(knowledgeBase.packs.map((topic) => topic.id));
    return knowledgeBase.kb.map((topic) => ({
      id: topic.id,
      name: topic.name,
      summary: topic.summary,
      claimCount: topic.claims.length,
      ...(customIds.has(topic.id) ? { custom: true, latestReview: latestReview(topic) } : {}),
      ...(packIds.has(topic.id)
        ? {
            latestReview: latestReview(topic),
            pack: {
              name: packOf.get(topic.id) ?? '',
              replacesBuiltIn: (BUILT_IN_TOPIC_IDS as readonly string[]).includes(topic.id),
            },
          }
        : {}),
    }));
  }, [knowledgeBase, subscriptions]);
  const packs = useMemo<SubscriptionsProps>(
    () => ({
      subscriptions: (subscriptions ?? []).map(summariseSubscription),
      onSubscribe(indexUrl, publicKey): Promise<PackActionResult> {
        const address = checkIndexUrl(indexUrl);
        if (!address.ok) return Promise.resolve({ ok: false, message: address.message });
        // Asked first, inside the click: nothing is requested before the reader adds a pack.
        return askForPackOrigin(address.pattern).then((granted) =>
          granted
            ? subscribePack(address.url, publicKey)
            : { ok: false, message: PACK_TEXTS.permissionRefused(address.origin) },
        );
      },
      onUpdateNow: updatePackNow,
      async onRemove(indexUrl) {
        const result = await removePackSubscription(indexUrl);
        const address = checkIndexUrl(indexUrl);
        if (!result.ok || !address.ok) return result;
        // The site's permission goes back unless another subscription still fetches from it.
        const patternOf = (url: string) => {
          const read = checkIndexUrl(url);
          return read.ok ? read.pattern : '';
        };
        const stillUsed = (subscriptions ?? []).some(
          (entry) => entry.indexUrl !== indexUrl && patternOf(entry.indexUrl) === address.pattern,
        );
        if (!stillUsed) await releasePackOrigin(address.pattern);
        return result;
      },
      onCheckEvery: changePackCheckEvery,
    }),
    [subscriptions, PACK_TEXTS],
  );
  const saveTopics = useCallback((next: readonly Topic[]) => saveCustomTopics(next), []);
  const applyBackup = useCallback(async (backup: Backup) => {
    // Topics first: settings that refer to a custom topic find it when they arrive.
    await saveCustomTopics(backup.customTopics);
    await changeSettings({ type: 'replace', settings: backup.settings });
  }, []);
  if (!settings || !knowledgeBase.loaded || !subscriptions) return null;
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
      packs={packs}
    />
  );
}
