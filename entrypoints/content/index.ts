/**
 * The content script every page loads: the lean first stage (docs/decisions/0016-lean-first-stage.md).
 * It holds what finding, painting and counting mentions needs and nothing else; the card's code
 * (React, the claims, the ranker) loads from card.js when a card is first needed.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { summarizePage } from '../../lib/match/index';
import {
  isSiteActive,
  isTopicActiveOn,
  migrateSettings,
  normalizeHost,
  resolveTheme,
  type Settings,
  type SettingsChange,
} from '../../lib/settings/index';
import { LazyCardView } from '../../page/lazy-card-view';
import { isNewsArticle } from '../../page/news-article';
import { PageSession } from '../../page/page-session';
import { pageTheme } from '../../page/page-theme';
import { createBadgeReporter } from '../../platform/badge-reporter';
import { loadCardModule } from '../../platform/card-module';
import { ignoreForgedScriptStarted } from '../../platform/forged-restart';
import { matcherFor, openMatchingKnowledgeBase } from '../../platform/matching-knowledge-base';
import { MESSAGES, onMessages, sendToBackground } from '../../platform/messages';
import { openPageStorage } from '../../platform/page-storage';
import type { CardModule } from '../card/module';
import '../../page/highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // `::highlight()` rules only style page text from a document-level stylesheet; the card's own
  // styles go into its shadow root (see card-view.tsx).
  cssInjectionMode: 'manifest',
  // WXT would otherwise post its "content-script-started" event name, which holds the extension's
  // id, to every page with window.postMessage.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // First, before anything can yield to the page: a page must not be able to stop Caveat.
    ignoreForgedScriptStarted(window, ctx.signal);
    const host = normalizeHost(location.hostname);
    // The settings and every topic's matching part, built-in and the reader's own: one read of
    // storage and one listener for its changes (platform/page-storage.ts).
    const stored = openPageStorage(ctx.signal);
    const knowledgeBase = openMatchingKnowledgeBase(ctx.signal, stored);
    let kb = await knowledgeBase.ready;
    let settings = migrateSettings(stored.current().settings).settings;
    let session: PageSession | null = null;
    /** Whether Caveat runs here: the site is on, and in news-only mode the page declares an article. */
    const runsHere = (current: Settings) =>
      isSiteActive(current, host) && (!current.newsOnly || isNewsArticle(document));

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
      (await loadCardModule<CardModule>()).createCardView({
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

    const disposers = [
      stopWatching,
      stopKnowledgeBase,
      onMessages({
        [MESSAGES.getPageMentions]: async () => {
          await session?.idle();
          return {
            host,
            active: session !== null,
            topics: summarizePage(kb, session?.mentions() ?? []),
            repeated: (await session?.repeatedClaims()) ?? [],
          };
        },
        [MESSAGES.revealMention]: ({ topicId }: { topicId: string }) =>
          session?.revealTopic(topicId) ?? false,
        [MESSAGES.nextMention]: () => session?.nextMention() ?? false,
      }),
    ];

    // Single-page apps: the session starts over when the page's text changes under a new address
    // (page/page-session.ts). No location watcher runs on every page, and no event a page could
    // forge restarts it.
    // The session stops itself with ctx.signal; the rest of the wiring stops here.
    ctx.onInvalidated(() => {
      for (const dispose of disposers) dispose();
      card.destroy();
    });
  },
});
