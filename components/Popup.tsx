import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Claim, KnowledgeBase, Topic, Verdict } from '../data/schema.ts';
import type { RepeatedClaim, SearchResult } from '../lib/rank/index.ts';
import {
  isSiteActive,
  type NotRelevantChoice,
  notRelevantChoicesFor,
  type Settings,
  type SettingsChange,
} from '../lib/settings/index.ts';
import type { PageMentionsState } from '../platform/messages.ts';
import { ClaimList } from './ClaimView.tsx';
import { useTexts } from './texts.ts';
import { VerdictBadge } from './VerdictBadge.tsx';

/** Results listed for a query; more would not fit the popup without scrolling past the page section. */
export const POPUP_MAX_RESULTS = 8;

export interface PopupProps {
  kb: KnowledgeBase;
  /** Best first; `[]` for a blank query. */
  search: (query: string, top: number) => readonly SearchResult[];
  settings: Settings;
  page: PageMentionsState;
  theme: 'light' | 'dark';
  /**
   * The stored settings belong to a newer version of Caveat: say so, and offer no control that
   * would change them.
   */
  readOnly?: boolean;
  onUpdateSettings: (change: SettingsChange) => void;
  onRevealMention: (topicId: string) => void;
  onOpenOptions: () => void;
}

/** The toolbar popup: search the knowledge base, see what this page mentions, pause the site. */
export function Popup({
  kb,
  search,
  settings,
  page,
  theme,
  readOnly = false,
  onUpdateSettings,
  onRevealMention,
  onOpenOptions,
}: PopupProps) {
  const { POPUP_TEXTS } = useTexts();
  return (
    <main className="caveat-root caveat-popup" data-theme={theme}>
      {readOnly && (
        <p className="caveat-notice" role="alert">
          {POPUP_TEXTS.readOnly}
        </p>
      )}
      <SearchPanel kb={kb} search={search} />
      <PageSection
        kb={kb}
        page={page}
        settings={settings}
        readOnly={readOnly}
        onUpdateSettings={onUpdateSettings}
        onRevealMention={onRevealMention}
      />
      <footer className="caveat-popup__footer">
        <button type="button" className="caveat-link-button" onClick={onOpenOptions}>
          {POPUP_TEXTS.openOptions}
        </button>
      </footer>
    </main>
  );
}

// ---------------------------------------------------------------------------------------------
// Search

interface Selection {
  topic: Topic;
  claim: Claim | null;
}

function resolve(kb: KnowledgeBase, result: SearchResult): Selection | null {
  const topic = kb.find((t) => t.id === result.topicId);
  if (!topic) return null;
  if (result.claimId === null) return { topic, claim: null };
  const claim = topic.claims.find((c) => c.id === result.claimId);
  return claim ? { topic, claim } : null;
}

/** Moves focus between the result buttons with the arrow keys. */
function moveFocus(
  event: KeyboardEvent<HTMLElement>,
  list: HTMLElement | null,
  input: HTMLInputElement | null,
) {
  if (!list || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('button')];
  if (buttons.length === 0) return;
  event.preventDefault();
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (event.key === 'ArrowDown') buttons[Math.min(buttons.length - 1, index + 1)]?.focus();
  else if (index <= 0) input?.focus();
  else buttons[index - 1]?.focus();
}

/** The knowledge-base search of the popup, also the search page's (opened from a selection). */
export function SearchPanel({
  kb,
  search,
  initialQuery = '',
  maxResults = POPUP_MAX_RESULTS,
  onQueryChange,
}: {
  kb: KnowledgeBase;
  search: PopupProps['search'];
  initialQuery?: string;
  /** How many results to list (the popup's box holds eight; the search page more). */
  maxResults?: number;
  /** Told each time the reader changes the query (the search page keeps it in its address). */
  onQueryChange?: (query: string) => void;
}) {
  const { POPUP_TEXTS } = useTexts();
  const inputId = useId();
  const [query, setQuery] = useState(initialQuery);
  const [selected, setSelected] = useState<Selection | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);

  const trimmed = query.trim();
  const results = useMemo(
    () =>
      trimmed === ''
        ? []
        : search(trimmed, maxResults)
            .map((result) => ({ result, selection: resolve(kb, result) }))
            .filter((r): r is { result: SearchResult; selection: Selection } => r.selection !== null),
    [kb, search, trimmed, maxResults],
  );

  // The popup opens to type into: focus the search box (without the autofocus attribute, which
  // screen readers announce out of context on ordinary pages).
  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  useEffect(() => {
    if (selected) backRef.current?.focus();
  }, [selected]);

  const back = () => {
    setSelected(null);
    inputRef.current?.focus();
  };

  return (
    <section className="caveat-popup__section caveat-search" aria-labelledby={`${inputId}-label`}>
      <label id={`${inputId}-label`} htmlFor={inputId} className="caveat-popup__heading">
        {POPUP_TEXTS.searchLabel}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className="caveat-input"
        type="search"
        value={query}
        placeholder={POPUP_TEXTS.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value);
          setSelected(null);
          onQueryChange?.(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && results[0]) setSelected(results[0].selection);
          else moveFocus(event, listRef.current, inputRef.current);
        }}
      />
      <p className="caveat-visually-hidden" role="status" aria-live="polite">
        {trimmed === '' ? '' : POPUP_TEXTS.resultCount(results.length)}
      </p>
      {selected ? (
        <div className="caveat-search__detail">
          <button ref={backRef} type="button" className="caveat-link-button" onClick={back}>
            ← {POPUP_TEXTS.backToResults}
          </button>
          <h2 className="caveat-search__topic">{selected.topic.name}</h2>
          {selected.claim ? (
            <ClaimList
              key={selected.claim.id}
              claims={[selected.claim]}
              initiallyExpandedId={selected.claim.id}
            />
          ) : (
            <>
              <p className="caveat-muted">{selected.topic.summary}</p>
              <ClaimList key={selected.topic.id} claims={selected.topic.claims} initiallyExpandedId={null} />
            </>
          )}
        </div>
      ) : (
        trimmed !== '' &&
        (results.length === 0 ? (
          <p className="caveat-muted">{POPUP_TEXTS.noResults(trimmed)}</p>
        ) : (
          <ul
            ref={listRef}
            aria-label={POPUP_TEXTS.resultsLabel}
            className="caveat-results"
            onKeyDown={(event) => moveFocus(event, listRef.current, inputRef.current)}
          >
            {results.map(({ result, selection }) => (
              <li key={`${result.topicId}/${result.claimId ?? ''}`}>
                <button type="button" className="caveat-result" onClick={() => setSelected(selection)}>
                  {selection.claim ? (
                    <VerdictBadge verdict={selection.claim.verdict} />
                  ) : (
                    <span className="caveat-tag">{POPUP_TEXTS.topicResult}</span>
                  )}
                  <span className="caveat-result__text">
                    <span className="caveat-result__statement">{result.statement}</span>
                    <span className="caveat-result__topic">{selection.topic.name}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ))
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// This page

interface PageSectionProps {
  kb: KnowledgeBase;
  page: PageMentionsState;
  settings: Settings;
  readOnly: boolean;
  onUpdateSettings: (change: SettingsChange) => void;
  onRevealMention: (topicId: string) => void;
}

function PageSection({ kb, page, settings, readOnly, onUpdateSettings, onRevealMention }: PageSectionProps) {
  const { POPUP_TEXTS } = useTexts();
  const headingId = useId();
  const topicName = (topicId: string) => kb.find((t) => t.id === topicId)?.name ?? topicId;
  return (
    <section className="caveat-popup__section" aria-labelledby={headingId}>
      <h2 id={headingId} className="caveat-popup__heading">
        {POPUP_TEXTS.onThisPage}
      </h2>
      {page.status === 'loading' && <p className="caveat-muted">{POPUP_TEXTS.loadingPage}</p>}
      {page.status === 'unavailable' && <p className="caveat-muted">{POPUP_TEXTS.unavailable}</p>}
      {page.status === 'ready' && (
        <SiteState
          host={page.mentions.host}
          topics={page.mentions.topics}
          repeated={page.mentions.repeated ?? []}
          kb={kb}
          settings={settings}
          readOnly={readOnly}
          topicName={topicName}
          onUpdateSettings={onUpdateSettings}
          onRevealMention={onRevealMention}
        />
      )}
    </section>
  );
}

interface SiteStateProps {
  host: string;
  topics: readonly { topicId: string; name: string; count: number; samples: readonly string[] }[];
  /** The rated claims the page's sentences repeat. */
  repeated: readonly RepeatedClaim[];
  kb: KnowledgeBase;
  settings: Settings;
  readOnly: boolean;
  topicName: (topicId: string) => string;
  onUpdateSettings: (change: SettingsChange) => void;
  onRevealMention: (topicId: string) => void;
}

function SiteState({
  host,
  topics,
  repeated,
  kb,
  settings,
  readOnly,
  topicName,
  onUpdateSettings,
  onRevealMention,
}: SiteStateProps) {
  const { POPUP_TEXTS } = useTexts();
  // The settings, not the page's answer, decide: they change the moment the toggle is pressed.
  const active = isSiteActive(settings, host);
  const listed = topics.filter((t) => t.count > 0);
  const choices = notRelevantChoicesFor(settings, host);
  return (
    <>
      {!active ? (
        <p>{POPUP_TEXTS.pausedHere(host)}</p>
      ) : listed.length === 0 ? (
        <p className="caveat-muted">{POPUP_TEXTS.noMentions}</p>
      ) : (
        <ul className="caveat-mentions">
          {listed.map((topic) => (
            <li key={topic.topicId} className="caveat-mention">
              <button
                type="button"
                className="caveat-mention__button"
                title={POPUP_TEXTS.revealMention(topic.name)}
                onClick={() => onRevealMention(topic.topicId)}
              >
                <span className="caveat-mention__name">{topic.name}</span>
                <span className="caveat-mention__count">{POPUP_TEXTS.mentionCount(topic.count)}</span>
              </button>
              {topic.samples.length > 0 && (
                <p className="caveat-mention__samples">{topic.samples.map((s) => `“${s}”`).join(', ')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {active && <RepeatedClaims repeated={repeated} kb={kb} />}
      <div className="caveat-site">
        {active && <p className="caveat-muted caveat-site__status">{POPUP_TEXTS.activeHere(host)}</p>}
        <button
          type="button"
          className="caveat-button"
          disabled={readOnly}
          onClick={() => onUpdateSettings({ type: active ? 'site-paused' : 'site-resumed', host })}
        >
          {active ? POPUP_TEXTS.pause : POPUP_TEXTS.resume}
        </button>
      </div>
      {choices.length > 0 && (
        <NotRelevantList
          choices={choices}
          topicName={topicName}
          disabled={readOnly}
          onUndo={(choice) => onUpdateSettings({ type: 'not-relevant-choice-removed', choice })}
        />
      )}
    </>
  );
}

/** The order of the popup's repeated claims: what a reader most needs to know first. */
const VERDICT_ORDER: readonly Verdict[] = [
  'misleading',
  'disputed',
  'unverified',
  'needs-context',
  'supported',
];

/** The rated claims the page repeats, with their verdicts, the most doubtful first. */
function RepeatedClaims({ repeated, kb }: { repeated: readonly RepeatedClaim[]; kb: KnowledgeBase }) {
  const { POPUP_TEXTS } = useTexts();
  const headingId = useId();
  const claims = repeated
    .flatMap((entry) => {
      const claim = kb
        .find((topic) => topic.id === entry.topicId)
        ?.claims.find((c) => c.id === entry.claimId);
      return claim ? [{ entry, claim }] : [];
    })
    .sort((a, b) => VERDICT_ORDER.indexOf(a.claim.verdict) - VERDICT_ORDER.indexOf(b.claim.verdict));
  if (claims.length === 0) return null;
  return (
    <div className="caveat-repeated">
      <h3 id={headingId} className="caveat-popup__subheading">
        {POPUP_TEXTS.repeatedHeading}
      </h3>
      <ul aria-labelledby={headingId} className="caveat-rows caveat-repeated__list">
        {claims.map(({ entry, claim }) => (
          <li key={claim.id} className="caveat-repeated__item">
            <VerdictBadge verdict={claim.verdict} />
            <span className="caveat-repeated__statement">{claim.statement}</span>
            <span className="caveat-muted caveat-repeated__count">
              {POPUP_TEXTS.repeatedCount(entry.count)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function NotRelevantList({
  choices,
  topicName,
  disabled,
  onUndo,
}: {
  choices: readonly NotRelevantChoice[];
  topicName: (topicId: string) => string;
  disabled: boolean;
  onUndo: (choice: NotRelevantChoice) => void;
}) {
  const { POPUP_TEXTS } = useTexts();
  const headingId = useId();
  return (
    <div className="caveat-not-relevant">
      <h3 id={headingId} className="caveat-popup__subheading">
        {POPUP_TEXTS.notRelevantHeading}
      </h3>
      <ul aria-labelledby={headingId} className="caveat-rows">
        {choices.map((choice) => (
          <li key={`${choice.site}/${choice.topicId}`} className="caveat-row">
            <span>{POPUP_TEXTS.notRelevantItem(topicName(choice.topicId), choice.site)}</span>
            <button
              type="button"
              className="caveat-button"
              disabled={disabled}
              aria-label={POPUP_TEXTS.undoLabel(topicName(choice.topicId), choice.site)}
              onClick={() => onUndo(choice)}
            >
              {POPUP_TEXTS.undo}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
