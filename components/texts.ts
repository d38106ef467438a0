/**
 * Every user-facing text of the card, the popup and the options page. Texts that depend on values
 * are functions, so a translation can reorder the words.
 */
import type { SourceKind, Verdict } from '../data/schema.ts';

/** Verdicts in words: the badge colour only repeats what the word says. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  supported: 'Supported',
  misleading: 'Misleading',
  'needs-context': 'Needs context',
  disputed: 'Disputed',
  unverified: 'Unverified',
};

export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  paper: 'Research paper',
  filing: 'Filing',
  official: 'Official',
  company: 'Company',
  news: 'News',
  analysis: 'Analysis',
};

const quote = (text: string) => `“${text}”`;

export const CARD_TEXTS = {
  close: 'Close',
  notRelevant: 'Not relevant here',
  notRelevantDescription: (topicName: string) => `Stop highlighting ${topicName} on this site`,
  verdictPrefix: 'Verdict:',
  caveats: 'Caveats',
  sources: 'Sources',
  /** Opens the lead claim's explanation, caveats and sources in place. */
  more: 'More',
  /** Closes them again. */
  less: 'Less',
  noClaims: 'No claims about this topic have been reviewed yet.',
  /** Shown above the key claims when no claim matches the sentence around the mention. */
  noCloseClaim: 'No claim matches this sentence closely. Key claims about this topic:',
  /** Shown above the claim that the sentence around the mention itself repeats. */
  sentenceRepeats: (verdict: string) => `This sentence repeats a claim rated ${verdict}:`,
  opensInNewTab: '(opens in a new tab)',
  noLink: 'no link: original not verified',
  /** Followed by the review date. */
  reviewed: 'Reviewed',
  stale: (months: number) =>
    `Reviewed more than ${months === 1 ? 'a month' : `${months} months`} ago: the facts may have changed since.`,
  whyMatched: (why: { matchedText: string; alias: string; contextTerm?: string }) =>
    `Matched ${quote(why.matchedText)} (alias ${why.alias})` +
    (why.contextTerm ? ` because this paragraph mentions ${quote(why.contextTerm)}` : ''),
  moreClaims: (count: number) =>
    count === 1
      ? '1 more claim: search for it in the toolbar popup'
      : `${count} more claims: search for them in the toolbar popup`,
} as const;

export const POPUP_TEXTS = {
  searchLabel: 'Search claims',
  searchPlaceholder: 'DeepSeek training cost, H20, entity list…',
  resultsLabel: 'Results',
  resultCount: (count: number) => (count === 1 ? '1 result' : `${count} results`),
  noResults: (query: string) => `Nothing found for ${quote(query)}.`,
  backToResults: 'Back to results',
  topicResult: 'Topic',
  onThisPage: 'On this page',
  repeatedHeading: 'Rated claims this page repeats',
  repeatedCount: (count: number) => (count === 1 ? '1 mention' : `${count} mentions`),
  loadingPage: 'Looking at this page…',
  unavailable:
    'Caveat can’t run on this page. Browser pages and extension stores are off limits; on other pages, reloading may help.',
  noMentions: 'Nothing on this page mentions the topics Caveat covers.',
  pausedHere: (host: string) => `Caveat is paused on ${host}.`,
  activeHere: (host: string) => `Caveat is on for ${host}.`,
  pause: 'Pause on this site',
  resume: 'Resume on this site',
  mentionCount: (count: number) => (count === 1 ? '1 mention' : `${count} mentions`),
  revealMention: (topicName: string) => `Show the first mention of ${topicName}`,
  notRelevantHeading: 'Not relevant here',
  notRelevantItem: (topicName: string, site: string) => `${topicName}: not highlighted on ${site}`,
  undo: 'Undo',
  undoLabel: (topicName: string, site: string) => `Undo: highlight ${topicName} on ${site} again`,
  openOptions: 'Settings',
  readOnly:
    'Your settings were saved by a newer version of Caveat, so they can’t be changed here. Update Caveat to change them.',
} as const;

export const OPTIONS_TEXTS = {
  title: 'Caveat settings',
  intro: 'Changes are saved as you make them and apply to open tabs at once.',
  saved: 'Saved',
  saving: 'Saving…',
  saveFailed: (reason: string) => `Couldn’t save: ${reason}`,
  noticeDismiss: 'OK',
  readOnlyHelp: 'The settings below are shown as this version reads them; changing them is turned off.',
  topicsHeading: 'Topics',
  topicsHelp: 'Mentions of a topic that is off are not highlighted anywhere.',
  claimCount: (count: number) => (count === 1 ? '1 claim' : `${count} claims`),
  pausedHeading: 'Paused sites',
  pausedHelp: 'Caveat does nothing on these sites or their subdomains.',
  pausedEmpty: 'No paused sites.',
  addSiteLabel: 'Site to pause',
  addSitePlaceholder: 'example.com',
  addSite: 'Pause site',
  removeSite: 'Remove',
  removeSiteLabel: (site: string) => `Resume Caveat on ${site}`,
  siteErrors: {
    empty: 'Type a site’s address, such as example.com.',
    invalid: 'That is not a site address. Use a form like example.com.',
    'no-dot': 'A site address needs a dot, as in example.com.',
  },
  siteAlreadyPaused: (site: string) => `${site} is already paused.`,
  notRelevantHeading: 'Not relevant here',
  notRelevantHelp: 'Topics you chose not to see on a site, from the card’s “Not relevant here” button.',
  notRelevantEmpty: 'None yet.',
  notRelevantItem: (topicName: string, site: string) => `${topicName} on ${site}`,
  undo: 'Undo',
  undoLabel: (topicName: string, site: string) => `Undo: highlight ${topicName} on ${site} again`,
  appearanceHeading: 'Appearance',
  themeLegend: 'Theme',
  themes: { auto: 'Match the system', light: 'Light', dark: 'Dark' },
  highlightLegend: 'Highlight style',
  highlightStyles: { underline: 'Dotted underline', background: 'Tinted background' },
  hoverDelayLabel: 'Hover delay before a card opens',
  hoverDelayValue: (ms: number) => `${ms} ms`,
  firstMentionOnly: 'Highlight only the first mention of each topic on a page',
  verdictMarks: 'Mark a sentence that repeats a rated claim with its verdict',
  verdictMarksHelp:
    'The mention’s underline takes the verdict’s style, and its card opens with the claim the sentence repeats.',
  newsOnly: 'Only on news articles',
  newsOnlyHelp:
    'Caveat runs only on pages that say they are an article (schema.org NewsArticle or Article data, og:type “article”, or an <article> element).',
  staleLabel: 'Say a claim may be out of date when its review is older than',
  staleChoice: (months: number) => (months === 1 ? '1 month' : `${months} months`),
} as const;

/** The options page's sections for custom topics, ClaimReview import and the settings file. */
export const LIBRARY_TEXTS = {
  customTag: 'Custom',
  latestReview: (date: string) => `latest review ${date}`,
  deleteTopic: 'Delete',
  deleteTopicLabel: (name: string) => `Delete the custom topic ${name}`,
  deleted: (name: string) => `Deleted ${name}.`,
  undoDelete: 'Undo',
  undoDeleteLabel: (name: string) => `Undo: bring back ${name}`,
  importHeading: 'Your own topics',
  importHelp:
    'Import topics written in the same JSON format as Caveat’s own (one topic or a list). Every problem is listed and nothing is saved until the file has none.',
  importLabel: 'Topics file (.json)',
  importProblems: (file: string, count: number) =>
    count === 1
      ? `${file} has 1 problem; nothing was saved:`
      : `${file} has ${count} problems; nothing was saved:`,
  imported: (names: readonly string[]) => `Imported ${names.join(', ')}.`,
  exportTopics: 'Export custom topics',
  noCustomTopics: 'No custom topics yet.',
  claimReviewHeading: 'Import fact-checks (ClaimReview)',
  claimReviewHelp:
    'Fact-checkers publish their verdicts as schema.org ClaimReview. Import such a file as a topic of your own: name it, say which words mark it on a page, and choose how each rating maps to a Caveat verdict.',
  claimReviewFileLabel: 'ClaimReview file (.json)',
  claimReviewFound: (count: number) =>
    count === 1 ? '1 fact-check can be imported.' : `${count} fact-checks can be imported.`,
  skippedHeading: 'Left out',
  skippedItem: (label: string, statement: string | undefined, reason: string) =>
    statement === undefined ? `${label}: ${reason}` : `${label} (“${statement}”): ${reason}`,
  topicNameLabel: 'Topic name',
  aliasesLabel: 'Words that mark it on a page (comma-separated)',
  contextTermsLabel: 'Context terms (optional, comma-separated)',
  summaryLabel: 'One-line summary',
  mappingLegend: 'Rating → verdict',
  mappingLabel: (rating: string) => `Verdict for the rating “${rating}”`,
  chooseVerdict: 'Choose a verdict…',
  skipRating: 'Do not import',
  importClaims: (count: number) => (count === 1 ? 'Import 1 claim' : `Import ${count} claims`),
  nameNeeded: 'Name the topic.',
  aliasesNeeded: 'Give at least one word that marks the topic on a page.',
  nothingToImport: 'No fact-check has a verdict chosen; choose one for at least one rating.',
  backupHeading: 'Settings file',
  backupHelp:
    'Save every setting and your custom topics to one file, and bring them back from it on this or another browser.',
  exportBackup: 'Export settings',
  importBackupLabel: 'Settings file to import (.json)',
  backupProblems: (file: string) => `${file} cannot be imported; nothing was changed:`,
  previewHeading: (file: string) => `Importing ${file} will change:`,
  previewSame: (file: string) => `${file} holds the settings you already have.`,
  previewLine: (label: string, before: string, after: string) => `${label}: ${before} → ${after}`,
  applyBackup: 'Apply these changes',
  cancel: 'Cancel',
  applied: 'Settings imported.',
  reset: 'Reset to defaults…',
  resetConfirm: (customCount: number) =>
    customCount === 0
      ? 'Reset every setting to its default?'
      : `Reset every setting to its default and delete your ${customCount === 1 ? 'custom topic' : `${customCount} custom topics`}?`,
  resetYes: 'Reset everything',
  resetDone: 'Settings reset to the defaults.',
  settingLabels: {
    enabledTopics: 'Topics turned off or on',
    pausedSites: 'Paused sites',
    notRelevant: 'Not relevant here',
    theme: 'Theme',
    highlightStyle: 'Highlight style',
    hoverDelayMs: 'Hover delay (ms)',
    firstMentionOnly: 'First mention only',
    staleAfterMonths: 'Review age before a note (months)',
    newsOnly: 'Only on news articles',
    verdictMarks: 'Verdict marks',
    customTopics: 'Custom topics',
  } as Readonly<Record<string, string>>,
} as const;

/** The options page's topic-pack subscriptions. */
export const PACK_TEXTS = {
  heading: 'Topic packs',
  help: 'Subscribe to topics a publisher signs and updates between releases of Caveat. A check is one request for the pack’s public index and, when there is a new version, one for the pack: no cookies, no referrer, nothing about you or the pages you read. A pack is used only when its signature matches the publisher’s key and its topics pass Caveat’s checks; a failed update keeps the last good pack.',
  empty: 'No subscriptions. The built-in knowledge base works without any.',
  indexLabel: 'Address of the pack’s index',
  indexPlaceholder: 'https://example.org/caveat-pack/index.json',
  keyLabel: 'Publisher’s public key (base64)',
  fileLabel: 'Or a subscription file (.json)',
  fileRead: (name: string) => `Read ${name}: check the address and key, then subscribe.`,
  subscribe: 'Subscribe',
  subscribing: 'Checking the pack…',
  permissionRefused: (origin: string) =>
    `Caveat was not allowed to reach ${origin}, so it cannot fetch the pack there; nothing was added.`,
  listLabel: 'Your subscriptions',
  summary: (version: number, published: string, claimCount: number, latestReview: string) =>
    `Version ${version} of ${published} · ${claimCount === 1 ? '1 claim' : `${claimCount} claims`}${latestReview ? ` · latest review ${latestReview}` : ''}`,
  topics: (names: readonly string[]) => `Topics: ${names.join(', ')}`,
  lastCheck: (when: string, ok: boolean, message: string) =>
    `Last check ${when}: ${ok ? '' : '✗ '}${message}`,
  updateNow: 'Update now',
  updateNowLabel: (name: string) => `Update ${name} now`,
  updating: 'Checking…',
  remove: 'Remove',
  removeLabel: (name: string) => `Remove the subscription to ${name}`,
  checkEveryLabel: (name: string) => `How often to check ${name}`,
  checkEvery: { never: 'Never (only when I ask)', daily: 'Daily', weekly: 'Weekly' },
  fromPack: (name: string) => `From ${name}`,
  replacesBuiltIn: 'replaces the built-in topic',
} as const;

/** The search page opened from the context menu. */
export const SEARCH_PAGE_TEXTS = {
  title: 'Caveat search',
} as const;
