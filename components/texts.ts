/**
 * Every user-facing text of the card, the popup, the options and the search page, read from the
 * messages of the reader's language (`public/_locales/<locale>/messages.json`). A text is a message
 * key here and one line in each locale file; texts that depend on values are functions, and the
 * messages name their placeholders, so a translation can reorder the words. Components read the
 * texts with `useTexts()`; without a provider (unit tests) they are English.
 */
import { createContext, useContext } from 'react';
import type { SourceKind, Verdict } from '../data/schema.ts';
import {
  createMessages,
  lookupIn,
  type MessageFile,
  type MessageLookup,
  type Messages,
} from '../lib/i18n/index.ts';
import englishFile from '../public/_locales/en/messages.json';

/** The English messages: the default locale, and the fallback for a key another locale lacks. */
export const ENGLISH_MESSAGE_FILE: MessageFile = englishFile;
export const ENGLISH_MESSAGES: Messages = createMessages(lookupIn(ENGLISH_MESSAGE_FILE));

/** The texts of every page, in the language of `m`. */
export function createTexts(m: Messages) {
  /** Verdicts in words: the badge colour only repeats what the word says. */
  const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
    supported: m.text('verdict_supported'),
    misleading: m.text('verdict_misleading'),
    'needs-context': m.text('verdict_needsContext'),
    disputed: m.text('verdict_disputed'),
    unverified: m.text('verdict_unverified'),
  };

  const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
    paper: m.text('sourceKind_paper'),
    filing: m.text('sourceKind_filing'),
    official: m.text('sourceKind_official'),
    company: m.text('sourceKind_company'),
    news: m.text('sourceKind_news'),
    analysis: m.text('sourceKind_analysis'),
  };

  const CARD_TEXTS = {
    close: m.text('card_close'),
    notRelevant: m.text('card_notRelevant'),
    notRelevantDescription: (topic: string) => m.text('card_notRelevantDescription', { topic }),
    verdictPrefix: m.text('card_verdictPrefix'),
    caveats: m.text('card_caveats'),
    sources: m.text('card_sources'),
    /** Opens the lead claim's explanation, caveats and sources in place. */
    more: m.text('card_more'),
    /** Closes them again. */
    less: m.text('card_less'),
    noClaims: m.text('card_noClaims'),
    /** Shown above the key claims when no claim matches the sentence around the mention. */
    noCloseClaim: m.text('card_noCloseClaim'),
    /** Shown above the claim that the sentence around the mention itself repeats. */
    sentenceRepeats: (verdict: string) => m.text('card_sentenceRepeats', { verdict }),
    /** Shown when the page is not in English: the knowledge base is, for now. */
    claimsInEnglish: m.text('card_claimsInEnglish'),
    opensInNewTab: m.text('card_opensInNewTab'),
    noLink: m.text('card_noLink'),
    /** Followed by the review date. */
    reviewed: m.text('card_reviewed'),
    stale: (months: number) => m.count('card_stale', months),
    whyMatched: (why: { matchedText: string; alias: string; contextTerm?: string }) =>
      why.contextTerm
        ? m.text('card_whyMatchedContext', { text: why.matchedText, alias: why.alias, term: why.contextTerm })
        : m.text('card_whyMatched', { text: why.matchedText, alias: why.alias }),
    moreClaims: (count: number) => m.count('card_moreClaims', count),
  } as const;

  const POPUP_TEXTS = {
    title: m.text('extName'),
    searchLabel: m.text('popup_searchLabel'),
    searchPlaceholder: m.text('popup_searchPlaceholder'),
    resultsLabel: m.text('popup_resultsLabel'),
    resultCount: (count: number) => m.count('popup_resultCount', count),
    noResults: (query: string) => m.text('popup_noResults', { query }),
    backToResults: m.text('popup_backToResults'),
    topicResult: m.text('popup_topicResult'),
    onThisPage: m.text('popup_onThisPage'),
    repeatedHeading: m.text('popup_repeatedHeading'),
    repeatedCount: (count: number) => m.count('popup_mentionCount', count),
    loadingPage: m.text('popup_loadingPage'),
    unavailable: m.text('popup_unavailable'),
    noMentions: m.text('popup_noMentions'),
    pausedHere: (host: string) => m.text('popup_pausedHere', { host }),
    activeHere: (host: string) => m.text('popup_activeHere', { host }),
    pause: m.text('popup_pause'),
    resume: m.text('popup_resume'),
    mentionCount: (count: number) => m.count('popup_mentionCount', count),
    revealMention: (topic: string) => m.text('popup_revealMention', { topic }),
    notRelevantHeading: m.text('card_notRelevant'),
    notRelevantItem: (topic: string, site: string) => m.text('popup_notRelevantItem', { topic, site }),
    undo: m.text('common_undo'),
    undoLabel: (topic: string, site: string) => m.text('common_undoNotRelevant', { topic, site }),
    openOptions: m.text('popup_openOptions'),
    readOnly: m.text('popup_readOnly'),
  } as const;

  const OPTIONS_TEXTS = {
    title: m.text('options_title'),
    intro: m.text('options_intro'),
    saved: m.text('options_saved'),
    saving: m.text('options_saving'),
    saveFailed: (reason: string) => m.text('options_saveFailed', { reason }),
    noticeDismiss: m.text('options_noticeDismiss'),
    readOnlyHelp: m.text('options_readOnlyHelp'),
    topicsHeading: m.text('options_topicsHeading'),
    topicsHelp: m.text('options_topicsHelp'),
    claimCount: (count: number) => m.count('common_claimCount', count),
    pausedHeading: m.text('options_pausedHeading'),
    pausedHelp: m.text('options_pausedHelp'),
    pausedEmpty: m.text('options_pausedEmpty'),
    addSiteLabel: m.text('options_addSiteLabel'),
    addSitePlaceholder: m.text('options_addSitePlaceholder'),
    addSite: m.text('options_addSite'),
    removeSite: m.text('common_remove'),
    removeSiteLabel: (site: string) => m.text('options_removeSiteLabel', { site }),
    siteErrors: {
      empty: m.text('options_siteErrorEmpty'),
      invalid: m.text('options_siteErrorInvalid'),
      'no-dot': m.text('options_siteErrorNoDot'),
    },
    siteAlreadyPaused: (site: string) => m.text('options_siteAlreadyPaused', { site }),
    notRelevantHeading: m.text('card_notRelevant'),
    notRelevantHelp: m.text('options_notRelevantHelp'),
    notRelevantEmpty: m.text('options_notRelevantEmpty'),
    notRelevantItem: (topic: string, site: string) => m.text('options_notRelevantItem', { topic, site }),
    undo: m.text('common_undo'),
    undoLabel: (topic: string, site: string) => m.text('common_undoNotRelevant', { topic, site }),
    appearanceHeading: m.text('options_appearanceHeading'),
    themeLegend: m.text('options_theme'),
    themes: {
      auto: m.text('options_themeAuto'),
      light: m.text('options_themeLight'),
      dark: m.text('options_themeDark'),
    },
    highlightLegend: m.text('options_highlightStyle'),
    highlightStyles: {
      underline: m.text('options_highlightUnderline'),
      background: m.text('options_highlightBackground'),
    },
    hoverDelayLabel: m.text('options_hoverDelayLabel'),
    hoverDelayValue: (ms: number) => m.text('options_hoverDelayValue', { ms }),
    firstMentionOnly: m.text('options_firstMentionOnly'),
    verdictMarks: m.text('options_verdictMarks'),
    verdictMarksHelp: m.text('options_verdictMarksHelp'),
    newsOnly: m.text('options_newsOnly'),
    newsOnlyHelp: m.text('options_newsOnlyHelp'),
    staleLabel: m.text('options_staleLabel'),
    staleChoice: (months: number) => m.count('options_staleChoice', months),
  } as const;

  /** The options page's sections for custom topics, ClaimReview import and the settings file. */
  const LIBRARY_TEXTS = {
    customTag: m.text('library_customTag'),
    latestReview: (date: string) => m.text('library_latestReview', { date }),
    deleteTopic: m.text('library_deleteTopic'),
    deleteTopicLabel: (name: string) => m.text('library_deleteTopicLabel', { name }),
    deleted: (name: string) => m.text('library_deleted', { name }),
    undoDelete: m.text('common_undo'),
    undoDeleteLabel: (name: string) => m.text('library_undoDeleteLabel', { name }),
    importHeading: m.text('library_importHeading'),
    importHelp: m.text('library_importHelp'),
    importLabel: m.text('library_importLabel'),
    importProblems: (file: string, count: number) => m.count('library_importProblems', count, { file }),
    imported: (names: readonly string[]) => m.text('library_imported', { names: m.list(names) }),
    exportTopics: m.text('library_exportTopics'),
    noCustomTopics: m.text('library_noCustomTopics'),
    claimReviewHeading: m.text('library_claimReviewHeading'),
    claimReviewHelp: m.text('library_claimReviewHelp'),
    claimReviewFileLabel: m.text('library_claimReviewFileLabel'),
    claimReviewFound: (count: number) => m.count('library_claimReviewFound', count),
    skippedHeading: m.text('library_skippedHeading'),
    skippedItem: (label: string, statement: string | undefined, reason: string) =>
      statement === undefined
        ? m.text('library_skippedItem', { label, reason })
        : m.text('library_skippedItemStatement', { label, statement, reason }),
    topicNameLabel: m.text('library_topicNameLabel'),
    aliasesLabel: m.text('library_aliasesLabel'),
    contextTermsLabel: m.text('library_contextTermsLabel'),
    summaryLabel: m.text('library_summaryLabel'),
    mappingLegend: m.text('library_mappingLegend'),
    mappingLabel: (rating: string) => m.text('library_mappingLabel', { rating }),
    chooseVerdict: m.text('library_chooseVerdict'),
    skipRating: m.text('library_skipRating'),
    importClaims: (count: number) => m.count('library_importClaims', count),
    nameNeeded: m.text('library_nameNeeded'),
    aliasesNeeded: m.text('library_aliasesNeeded'),
    nothingToImport: m.text('library_nothingToImport'),
    backupHeading: m.text('library_backupHeading'),
    backupHelp: m.text('library_backupHelp'),
    exportBackup: m.text('library_exportBackup'),
    importBackupLabel: m.text('library_importBackupLabel'),
    backupProblems: (file: string) => m.text('library_backupProblems', { file }),
    previewHeading: (file: string) => m.text('library_previewHeading', { file }),
    previewSame: (file: string) => m.text('library_previewSame', { file }),
    previewLine: (label: string, before: string, after: string) =>
      m.text('library_previewLine', { label, before, after }),
    applyBackup: m.text('library_applyBackup'),
    cancel: m.text('common_cancel'),
    applied: m.text('library_applied'),
    reset: m.text('library_reset'),
    resetConfirm: (customCount: number) =>
      customCount === 0 ? m.text('library_resetConfirm') : m.count('library_resetConfirmTopics', customCount),
    resetYes: m.text('library_resetYes'),
    resetDone: m.text('library_resetDone'),
    settingLabels: {
      enabledTopics: m.text('setting_enabledTopics'),
      pausedSites: m.text('options_pausedHeading'),
      notRelevant: m.text('card_notRelevant'),
      theme: m.text('options_theme'),
      highlightStyle: m.text('options_highlightStyle'),
      hoverDelayMs: m.text('setting_hoverDelayMs'),
      firstMentionOnly: m.text('setting_firstMentionOnly'),
      staleAfterMonths: m.text('setting_staleAfterMonths'),
      newsOnly: m.text('options_newsOnly'),
      verdictMarks: m.text('setting_verdictMarks'),
      customTopics: m.text('setting_customTopics'),
    } as Readonly<Record<string, string>>,
  } as const;

  /** The options page's topic-pack subscriptions. */
  const PACK_TEXTS = {
    heading: m.text('pack_heading'),
    help: m.text('pack_help'),
    empty: m.text('pack_empty'),
    indexLabel: m.text('pack_indexLabel'),
    indexPlaceholder: m.text('pack_indexPlaceholder'),
    keyLabel: m.text('pack_keyLabel'),
    fileLabel: m.text('pack_fileLabel'),
    fileRead: (name: string) => m.text('pack_fileRead', { name }),
    subscribe: m.text('pack_subscribe'),
    subscribing: m.text('pack_subscribing'),
    permissionRefused: (origin: string) => m.text('pack_permissionRefused', { origin }),
    listLabel: m.text('pack_listLabel'),
    summary: (version: number, published: string, claimCount: number, latestReview: string) =>
      [
        m.text('pack_version', { version, published }),
        m.count('common_claimCount', claimCount),
        ...(latestReview ? [m.text('library_latestReview', { date: latestReview })] : []),
      ].join(' · '),
    topics: (names: readonly string[]) => m.text('pack_topics', { names: m.list(names) }),
    lastCheck: (when: string, ok: boolean, message: string) =>
      m.text(ok ? 'pack_lastCheck' : 'pack_lastCheckFailed', { when, message }),
    updateNow: m.text('pack_updateNow'),
    updateNowLabel: (name: string) => m.text('pack_updateNowLabel', { name }),
    updating: m.text('pack_updating'),
    remove: m.text('common_remove'),
    removeLabel: (name: string) => m.text('pack_removeLabel', { name }),
    checkEveryLabel: (name: string) => m.text('pack_checkEveryLabel', { name }),
    checkEvery: {
      never: m.text('pack_checkNever'),
      daily: m.text('pack_checkDaily'),
      weekly: m.text('pack_checkWeekly'),
    },
    fromPack: (name: string) => m.text('pack_fromPack', { name }),
    replacesBuiltIn: m.text('pack_replacesBuiltIn'),
  } as const;

  /** The search page opened from the context menu. */
  const SEARCH_PAGE_TEXTS = {
    title: m.text('search_title'),
  } as const;

  return {
    locale: m.locale,
    /** A review or source date ("2024-12-26") in the reader's language. */
    formatDate: m.date,
    VERDICT_LABELS,
    SOURCE_KIND_LABELS,
    CARD_TEXTS,
    POPUP_TEXTS,
    OPTIONS_TEXTS,
    LIBRARY_TEXTS,
    PACK_TEXTS,
    SEARCH_PAGE_TEXTS,
  };
}

export type Texts = ReturnType<typeof createTexts>;

/** The texts in English, for tests and for anything rendered without a provider. */
export const ENGLISH_TEXTS: Texts = createTexts(ENGLISH_MESSAGES);

/** The texts in the reader's language; the entry points provide them. */
export const TextsContext = createContext<Texts>(ENGLISH_TEXTS);

export function useTexts(): Texts {
  return useContext(TextsContext);
}

/** The texts of `messages`, English for any key they lack. */
export function textsIn(messages: (fallback: MessageLookup) => Messages): Texts {
  return createTexts(messages(lookupIn(ENGLISH_MESSAGE_FILE)));
}
