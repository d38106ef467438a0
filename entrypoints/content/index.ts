/**
 * The content script every page loads: the lean first stage (docs/decisions/0016-lean-first-stage.md,
 * 0030-the-matcher-loads-on-a-name.md). Until the page's text shows a name of a topic, it holds
 * only the settings, the presence test and one message listener. The finding of mentions (the
 * matcher, the look-alike gates, the page session) loads from mentions.js when the presence test
 * first says yes, and the card's code from card.js when a card is first needed.
 */

import { BUILT_IN_PRESENCE } from 'virtual:caveat/presence';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { presenceFrom } from '../../lib/match/index';
import { migrateSettings, normalizeHost, type Settings } from '../../lib/settings/index';
import { watchForName } from '../../page/name-watch';
import { runsOnPage } from '../../page/news-article';
import { loadModuleFile, MENTIONS_FILE } from '../../platform/card-module';
import { ignoreForgedScriptStarted } from '../../platform/forged-restart';
import { MESSAGES, onMessages } from '../../platform/messages';
import { holdsReaderTopics, openPageStorage } from '../../platform/page-storage';
import type { MentionsModule, MentionsStage } from '../mentions/module';
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
    // The settings and the reader's own topics: one read of storage and one listener for its
    // changes (platform/page-storage.ts), handed on to mentions.js.
    const stored = openPageStorage(ctx.signal);
    await stored.ready;
    const settings = () => migrateSettings(stored.current().settings).settings;
    const runsHere = (current: Settings) => runsOnPage(current, host, document);

    let stage: Promise<MentionsStage> | null = null;
    let stopWatch: (() => void) | null = null;
    const loadMentions = () => {
      stopWatch?.();
      stopWatch = null;
      stopFollowing();
      stage ??= loadModuleFile<MentionsModule>(MENTIONS_FILE).then((module) =>
        module.start({ ctx, stored, host }),
      );
      // A failed load is tried again at the next change of settings or topics.
      stage.catch(() => {
        stage = null;
      });
    };
    /** Until mentions.js has loaded: whether to load it now, watch the page's text, or wait. */
    const decide = () => {
      if (stage || ctx.signal.aborted) return;
      if (!runsHere(settings())) {
        stopWatch?.();
        stopWatch = null;
        return;
      }
      // The reader's own topics have names the built-in presence test does not know.
      if (holdsReaderTopics(stored.current())) return loadMentions();
      stopWatch ??= watchForName({
        doc: document,
        mayMention: presenceFrom(BUILT_IN_PRESENCE),
        onFound: loadMentions,
        signal: ctx.signal,
      });
    };
    const stopFollowing = stored.subscribe(() => decide());
    decide();

    // Before mentions.js has loaded, the page has no mention to list or to show.
    const stopMessages = onMessages({
      [MESSAGES.getPageMentions]: async () =>
        stage
          ? (await stage).pageMentions()
          : { host, active: runsHere(settings()), topics: [], repeated: [] },
      [MESSAGES.revealMention]: async ({ topicId }: { topicId: string }) =>
        stage ? (await stage).revealMention(topicId) : false,
      [MESSAGES.nextMention]: async () => (stage ? (await stage).nextMention() : false),
    });
    ctx.onInvalidated(() => {
      stopMessages();
      stopFollowing();
      stopWatch?.();
    });
  },
});
