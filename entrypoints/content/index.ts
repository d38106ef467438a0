import { defineContentScript } from 'wxt/utils/define-content-script';
import cardCss from '../../components/fact-card.css?inline';
import {
  isSiteActive,
  isTopicActiveOn,
  normalizeHost,
  resolveTheme,
  type Settings,
} from '../../lib/settings';
import { ShadowCardView } from '../../page/card-view';
import { CaveatPage } from '../../page/caveat-page';
import { isNewsArticle } from '../../page/news-article';
import { pageTheme } from '../../page/page-theme';
import { openKnowledgeBase } from '../../platform/knowledge-base';
import { MESSAGES, onMessage, sendToBackground } from '../../platform/messages';
import { changeSettings, loadSettings, watchSettings } from '../../platform/settings';
import '../../page/highlights.css';

/**
 * How often, at most, the toolbar badge is told the number of mentions: a scan reports after each
 * chunk of work, and one message per chunk would be noise on a long page.
 */
const BADGE_UPDATE_INTERVAL_MS = 250;

/** How many matched texts per topic the popup shows as examples. */
const SAMPLES_PER_TOPIC = 3;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // `::highlight()` rules only style page text from a document-level stylesheet; the card's own
  // styles go into its shadow root (see page/card-view.tsx).
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const host = normalizeHost(location.hostname);
    // One knowledge base for every page: built-in topics and the reader's own, kept live.
    const knowledgeBase = openKnowledgeBase(ctx.signal);
    let [{ settings }, { kb }] = await Promise.all([loadSettings(), knowledgeBase.ready]);
    let page: CaveatPage | null = null;
    /** Whether Caveat runs here: the site is on, and in news-only mode the page declares an article. */
    const runsHere = (current: Settings) =>
      isSiteActive(current, host) && (!current.newsOnly || isNewsArticle(document));

    const activeTopicIds = (current: Settings) =>
      kb.filter((topic) => isTopicActiveOn(current, host, topic.id)).map((topic) => topic.id);
    const themeFor = (current: Settings) =>
      current.theme === 'auto' ? pageTheme(document) : resolveTheme(current.theme, false);
    // The count changes with every chunk of a scan; the badge hears the latest at most this often.
    let reported = -1;
    let latest = 0;
    let reportScheduled = false;
    const reportCount = (count: number) => {
      latest = count;
      if (reportScheduled) return;
      reportScheduled = true;
      ctx.setTimeout(() => {
        reportScheduled = false;
        if (latest === reported) return;
        reported = latest;
        sendToBackground(MESSAGES.mentionsChanged, { count: latest }).catch(() => {
          // The background may be restarting: forget what was sent, so the next change reports again.
          reported = -1;
        });
      }, BADGE_UPDATE_INTERVAL_MS);
    };

    const card = new ShadowCardView({
      ctx,
      css: cardCss,
      onClose: () => page?.close(),
      freshness: () => ({ staleAfterMonths: settings.staleAfterMonths }),
      onNotRelevant: (topicId) => {
        page?.notRelevant(topicId);
        // Refused when a newer version of Caveat owns the stored settings: then the choice lasts
        // only as long as this page.
        changeSettings({ type: 'not-relevant', host, topicId }).catch(() => undefined);
      },
    });

    const startPage = () => {
      page = new CaveatPage({
        doc: document,
        kb,
        topicIds: activeTopicIds(settings),
        highlightStyle: settings.highlightStyle,
        hoverDelayMs: settings.hoverDelayMs,
        firstMentionOnly: settings.firstMentionOnly,
        theme: themeFor(settings),
        card,
        onCountChange: reportCount,
      });
      void page.start();
    };
    const stopPage = () => {
      page?.destroy();
      page = null;
      reportCount(0);
    };

    if (runsHere(settings)) startPage();

    const stopWatching = watchSettings((next) => {
      const previous = settings;
      settings = next;
      if (!runsHere(next)) return stopPage();
      if (!page) return startPage();
      const topicsChanged = activeTopicIds(previous).join() !== activeTopicIds(next).join();
      if (topicsChanged || previous.firstMentionOnly !== next.firstMentionOnly) {
        stopPage();
        startPage();
        return;
      }
      page.setHighlightStyle(next.highlightStyle);
      page.setHoverDelay(next.hoverDelayMs);
      page.setTheme(themeFor(next));
    });

    // An import or a delete on the options page reaches this tab at once.
    const stopKnowledgeBase = knowledgeBase.subscribe((next) => {
      kb = next.kb;
      stopPage();
      if (runsHere(settings)) startPage();
    });

    const disposers = [
      stopWatching,
      stopKnowledgeBase,
      onMessage(MESSAGES.getPageMentions, async () => {
        await page?.idle();
        const mentions = page?.mentions() ?? [];
        const topics = kb.flatMap((topic) => {
          const own = mentions.filter((mention) => mention.topicId === topic.id);
          if (own.length === 0) return [];
          const samples = [...new Set(own.map((mention) => mention.text))].slice(0, SAMPLES_PER_TOPIC);
          return [{ topicId: topic.id, name: topic.name, count: own.length, samples }];
        });
        return { host, active: page !== null, topics };
      }),
      onMessage(MESSAGES.revealMention, ({ topicId }) => page?.revealTopic(topicId) ?? false),
      onMessage(MESSAGES.nextMention, () => page?.nextMention() ?? false),
    ];

    // Single-page apps: a new route is a new article.
    ctx.addEventListener(window, 'wxt:locationchange', () => void page?.restart());
    ctx.onInvalidated(() => {
      for (const dispose of disposers) dispose();
      page?.destroy();
      card.destroy();
    });
  },
});
