/**
 * mentions.js's module: everything the content script does once a page's text shows a name — the
 * matching knowledge base, the page session (scan, highlights, hover, marks), the badge, the card
 * loaded on first need — wired as entrypoints/content/index.ts wired it before the presence test
 * came first (docs/decisions/0030-the-matcher-loads-on-a-name.md).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type PageMentionTopic, summarizePage } from '../../lib/match/index';
import {
  isTopicActiveOn,
  migrateSettings,
  resolveTheme,
  type Settings,
  type SettingsChange,
} from '../../lib/settings/index';
import { LazyCardView } from '../../page/lazy-card-view';
import { runsOnPage } from '../../page/news-article';
import { PageSession } from '../../page/page-session';
import { pageTheme } from '../../page/page-theme';
import { createBadgeReporter } from '../../platform/badge-reporter';
import { CARD_FILE, loadModuleFile } from '../../platform/card-module';
import { matcherFor, openMatchingKnowledgeBase } from '../../platform/matching-knowledge-base';
import { MESSAGES, sendToBackground } from '../../platform/messages';
import type { PageStorage } from '../../platform/page-storage';
import type { CardModule } from '../card/module';

export interface MentionsOptions {
  readonly ctx: ContentScriptContext;
  /** The storage the content script read (platform/page-storage.ts), already read once. */
  readonly stored: PageStorage;
  /** The page's host, as the settings name sites. */
  readonly host: string;
}

/** What the popup and the keyboard command ask a page. */
export interface MentionsStage {
  pageMentions(): Promise<{
    host: string;
    active: boolean;
    topics: PageMentionTopic[];
    repeated: Awaited<ReturnType<PageSession['repeatedClaims']>>;
  }>;
  revealMention(topicId: string): boolean | Promise<boolean>;
  nextMention(): boolean | Promise<boolean>;
}

export interface MentionsModule {
  start(options: MentionsOptions): Promise<MentionsStage>;
}

export function createMentionsModule(): MentionsModule {
  return { start: startMentions };
}

async function startMentions({ ctx, stored, host }: MentionsOptions): Promise<MentionsStage> {
  const knowledgeBase = openMatchingKnowledgeBase(ctx.signal, stored);
  let kb = await knowledgeBase.ready;
  let settings = migrateSettings(stored.current().settings).settings;
  let session: PageSession | null = null;
  const runsHere = (current: Settings) => runsOnPage(current, host, document);

  const activeTopicIds = (current: Settings) =>
    kb.filter((topic) => isTopicActiveOn(current, host, topic.id)).map((topic) => topic.id);
  // "auto" reads the page's colours when a card opens, not on every page load.
  const themeFor = (current: Settings) =>
    current.theme === 'auto' ? () => pageTheme(document) : resolveTheme(current.theme, false);
  const reportCount = createBadgeReporter({
    send: (count) => sendToBackground(MESSAGES.mentionsChanged, { count }),
    setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
  });
  const card = new LazyCardView(async () =>
    (await loadModuleFile<CardModule>(CARD_FILE)).createCardView({
      ctx,
      onClose: () => session?.close(),
      freshness: () => ({ staleAfterMonths: settings.staleAfterMonths }),
      onNotRelevant: (topicId) => {
        session?.notRelevant(topicId);
        // Refused when a newer version of Caveat owns the stored settings: then the choice lasts
        // only as long as this page.
        const change: SettingsChange = { type: 'not-relevant', host, topicId };
        sendToBackground(MESSAGES.changeSettings, { change }).catch(() => undefined);
      },
    }),
  );

  const startSession = () => {
    const started = new PageSession({
      doc: document,
      signal: ctx.signal,
      topics: kb,
      matcherFor,
      topicIds: activeTopicIds(settings),
      highlightStyle: settings.highlightStyle,
      hoverDelayMs: settings.hoverDelayMs,
      firstMentionOnly: settings.firstMentionOnly,
      theme: themeFor(settings),
      card,
      verdictMarks: settings.verdictMarks,
      findRepeats: (query) => sendToBackground(MESSAGES.findRepeats, query),
    });
    started.shown.subscribe(() => reportCount(started.shown.size));
    session = started;
    void started.start();
  };
  const stopSession = () => {
    session?.destroy();
    session = null;
    reportCount(0);
  };

  if (runsHere(settings)) startSession();

  const applySettings = (next: Settings) => {
    const previous = settings;
    settings = next;
    if (!runsHere(next)) return stopSession();
    if (!session) return startSession();
    const topicsChanged = activeTopicIds(previous).join() !== activeTopicIds(next).join();
    if (topicsChanged || previous.firstMentionOnly !== next.firstMentionOnly) {
      stopSession();
      startSession();
      return;
    }
    session.setHighlightStyle(next.highlightStyle);
    session.setHoverDelay(next.hoverDelayMs);
    session.setTheme(themeFor(next));
    session.setVerdictMarks(next.verdictMarks);
  };
  // An import or a delete on the options page, or a settings change, reaches this tab at once.
  // The knowledge base follows its own keys first, so a change of both starts over once.
  let topicsChanged = false;
  const stopKnowledgeBase = knowledgeBase.subscribe((next) => {
    kb = next;
    topicsChanged = true;
  });
  const stopWatching = stored.subscribe((values, changed) => {
    const next = changed.has('settings') ? migrateSettings(values.settings).settings : null;
    if (topicsChanged) {
      topicsChanged = false;
      if (next) settings = next;
      stopSession();
      if (runsHere(settings)) startSession();
    } else if (next) {
      applySettings(next);
    }
  });

  // The session stops itself with ctx.signal; the rest of the wiring stops here.
  ctx.onInvalidated(() => {
    stopWatching();
    stopKnowledgeBase();
    card.destroy();
  });

  return {
    async pageMentions() {
      await session?.idle();
      return {
        host,
        active: session !== null,
        topics: summarizePage(kb, session?.mentions() ?? []),
        repeated: (await session?.repeatedClaims()) ?? [],
      };
    },
    revealMention: (topicId) => session?.revealTopic(topicId) ?? false,
    nextMention: () => session?.nextMention() ?? false,
  };
}
