import { type FormEvent, type ReactNode, useId, useState } from 'react';
import type { Topic } from '../data/schema.ts';
import {
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  HOVER_DELAY_STEP_MS,
  isTopicEnabled,
  parseHostInput,
  type Settings,
  type SettingsChange,
  STALE_AFTER_MONTHS_CHOICES,
  THEMES,
} from '../lib/settings/index.ts';
import type { SaveState } from '../platform/use-settings.ts';
import {
  ClaimReviewImportSection,
  type LibraryProps,
  SettingsFileSection,
  TopicImportSection,
} from './Library.tsx';
import { type SubscriptionsProps, SubscriptionsSection } from './Subscriptions.tsx';
import { useTexts } from './texts.ts';

export interface OptionsTopic {
  id: string;
  name: string;
  summary: string;
  claimCount: number;
  /** Imported by the reader: marked, with its latest review date and a Delete button. */
  custom?: boolean;
  latestReview?: string;
  /** From a subscribed pack: the pack's name, and whether the topic replaces a built-in one. */
  pack?: { name: string; replacesBuiltIn: boolean };
}

export interface OptionsProps {
  topics: readonly OptionsTopic[];
  settings: Settings;
  /** Why the stored settings were reset; shown as a banner until dismissed. */
  notice?: string;
  /**
   * The stored settings belong to a newer version of Caveat: the notice stays, and every control is
   * disabled so nothing here can write over them.
   */
  readOnly?: boolean;
  saveState: SaveState;
  theme: 'light' | 'dark';
  onUpdate: (change: SettingsChange) => void;
  onDismissNotice: () => void;
  /** The file sections (custom topics, ClaimReview, settings file); left out when not given. */
  library?: Omit<LibraryProps, 'settings'>;
  /** The topic-pack subscriptions; left out when not given. */
  packs?: SubscriptionsProps;
}

/** The options page: topics, paused sites, "Not relevant here" choices and appearance. */
export function Options({
  topics,
  settings,
  notice,
  readOnly = false,
  saveState,
  theme,
  onUpdate,
  onDismissNotice,
  library,
  packs,
}: OptionsProps) {
  const { OPTIONS_TEXTS } = useTexts();
  const topicName = (topicId: string) => topics.find((t) => t.id === topicId)?.name ?? topicId;
  return (
    <main className="caveat-root caveat-options" data-theme={theme}>
      <header className="caveat-options__header">
        <h1 className="caveat-options__title">{OPTIONS_TEXTS.title}</h1>
        <p className="caveat-muted">{OPTIONS_TEXTS.intro}</p>
        <p className="caveat-options__status" role="status" aria-live="polite">
          {saveState.status === 'saved' && `✓ ${OPTIONS_TEXTS.saved}`}
          {saveState.status === 'saving' && OPTIONS_TEXTS.saving}
          {saveState.status === 'error' && OPTIONS_TEXTS.saveFailed(saveState.reason)}
        </p>
      </header>

      {notice && (
        <div className="caveat-notice" role="alert">
          <p>
            {notice}
            {readOnly && ` ${OPTIONS_TEXTS.readOnlyHelp}`}
          </p>
          {!readOnly && (
            <button type="button" className="caveat-button" onClick={onDismissNotice}>
              {OPTIONS_TEXTS.noticeDismiss}
            </button>
          )}
        </div>
      )}

      {/* A disabled fieldset disables every control inside it, the forms' buttons included. */}
      <fieldset className="caveat-options__sections" disabled={readOnly}>
        <TopicsSection topics={topics} settings={settings} onUpdate={onUpdate} library={library} />
        <PausedSitesSection settings={settings} onUpdate={onUpdate} />
        <NotRelevantSection settings={settings} topicName={topicName} onUpdate={onUpdate} />
        <AppearanceSection settings={settings} onUpdate={onUpdate} />
        {library && <SettingsFileSection {...library} settings={settings} />}
      </fieldset>
      {library && (
        <>
          <TopicImportSection {...library} settings={settings} />
          <ClaimReviewImportSection {...library} settings={settings} />
        </>
      )}
      {packs && <SubscriptionsSection {...packs} />}
    </main>
  );
}

type SectionProps = Pick<OptionsProps, 'settings' | 'onUpdate'>;

function Section({ title, help, children }: { title: string; help?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="caveat-options__section" aria-labelledby={headingId}>
      <h2 id={headingId} className="caveat-options__heading">
        {title}
      </h2>
      {help && <p className="caveat-muted">{help}</p>}
      {children}
    </section>
  );
}

function TopicsSection({
  topics,
  settings,
  onUpdate,
  library,
}: SectionProps & { topics: readonly OptionsTopic[]; library?: OptionsProps['library'] }) {
  const { OPTIONS_TEXTS, LIBRARY_TEXTS, PACK_TEXTS } = useTexts();
  const baseId = useId();
  const [deleted, setDeleted] = useState<{ index: number; topic: Topic } | null>(null);
  const remove = (topicId: string) => {
    if (!library) return;
    const index = library.custom.findIndex((topic) => topic.id === topicId);
    const topic = library.custom[index];
    if (!topic) return;
    setDeleted({ index, topic });
    void library.onSaveCustomTopics(library.custom.filter((entry) => entry.id !== topicId));
  };
  const undo = () => {
    if (!library || !deleted) return;
    const restored = [...library.custom];
    restored.splice(Math.min(deleted.index, restored.length), 0, deleted.topic);
    setDeleted(null);
    void library.onSaveCustomTopics(restored);
  };
  return (
    <Section title={OPTIONS_TEXTS.topicsHeading} help={OPTIONS_TEXTS.topicsHelp}>
      {deleted && (
        <div className="caveat-row" role="status">
          <span>{LIBRARY_TEXTS.deleted(deleted.topic.name)}</span>
          <button
            type="button"
            className="caveat-button"
            aria-label={LIBRARY_TEXTS.undoDeleteLabel(deleted.topic.name)}
            onClick={undo}
          >
            {LIBRARY_TEXTS.undoDelete}
          </button>
        </div>
      )}
      <ul className="caveat-options__list">
        {topics.map((topic) => {
          const inputId = `${baseId}-${topic.id}`;
          return (
            <li key={topic.id} className="caveat-check">
              <input
                id={inputId}
                type="checkbox"
                checked={isTopicEnabled(settings, topic.id)}
                aria-describedby={`${inputId}-summary`}
                onChange={(event) => {
                  const enabled = event.target.checked;
                  onUpdate({ type: 'topic-enabled', topicId: topic.id, enabled });
                }}
              />
              <div>
                <label htmlFor={inputId} className="caveat-check__label">
                  {topic.name}
                </label>{' '}
                {topic.custom && <span className="caveat-tag">{LIBRARY_TEXTS.customTag}</span>}
                {topic.pack && (
                  <span className="caveat-tag">
                    {PACK_TEXTS.fromPack(topic.pack.name)}
                    {topic.pack.replacesBuiltIn && `, ${PACK_TEXTS.replacesBuiltIn}`}
                  </span>
                )}{' '}
                <span className="caveat-muted caveat-check__count">
                  {OPTIONS_TEXTS.claimCount(topic.claimCount)}
                  {topic.latestReview && `, ${LIBRARY_TEXTS.latestReview(topic.latestReview)}`}
                </span>
                {topic.custom && library && (
                  <button
                    type="button"
                    className="caveat-button caveat-button--quiet caveat-check__delete"
                    aria-label={LIBRARY_TEXTS.deleteTopicLabel(topic.name)}
                    onClick={() => remove(topic.id)}
                  >
                    {LIBRARY_TEXTS.deleteTopic}
                  </button>
                )}
                <p id={`${inputId}-summary`} className="caveat-muted caveat-check__summary">
                  {topic.summary}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

function PausedSitesSection({ settings, onUpdate }: SectionProps) {
  const { OPTIONS_TEXTS } = useTexts();
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseHostInput(draft);
    if (!parsed.ok) {
      setError(OPTIONS_TEXTS.siteErrors[parsed.reason]);
      return;
    }
    if (settings.pausedSites.includes(parsed.host)) {
      setError(OPTIONS_TEXTS.siteAlreadyPaused(parsed.host));
      return;
    }
    setError(null);
    setDraft('');
    onUpdate({ type: 'site-paused', host: parsed.host });
  };

  return (
    <Section title={OPTIONS_TEXTS.pausedHeading} help={OPTIONS_TEXTS.pausedHelp}>
      {settings.pausedSites.length === 0 ? (
        <p className="caveat-muted">{OPTIONS_TEXTS.pausedEmpty}</p>
      ) : (
        <ul className="caveat-rows caveat-options__list">
          {settings.pausedSites.map((site) => (
            <li key={site} className="caveat-row">
              <span>{site}</span>
              <button
                type="button"
                className="caveat-button"
                aria-label={OPTIONS_TEXTS.removeSiteLabel(site)}
                onClick={() => onUpdate({ type: 'paused-site-removed', site })}
              >
                {OPTIONS_TEXTS.removeSite}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="caveat-add-site" onSubmit={submit} noValidate>
        <label htmlFor={inputId}>{OPTIONS_TEXTS.addSiteLabel}</label>
        <div className="caveat-add-site__row">
          <input
            id={inputId}
            className="caveat-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder={OPTIONS_TEXTS.addSitePlaceholder}
            value={draft}
            aria-invalid={error !== null}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(event) => {
              setDraft(event.target.value);
              setError(null);
            }}
          />
          <button type="submit" className="caveat-button">
            {OPTIONS_TEXTS.addSite}
          </button>
        </div>
        {error && (
          <p id={`${inputId}-error`} className="caveat-field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Section>
  );
}

function NotRelevantSection({
  settings,
  topicName,
  onUpdate,
}: SectionProps & { topicName: (topicId: string) => string }) {
  const { OPTIONS_TEXTS } = useTexts();
  return (
    <Section title={OPTIONS_TEXTS.notRelevantHeading} help={OPTIONS_TEXTS.notRelevantHelp}>
      {settings.notRelevant.length === 0 ? (
        <p className="caveat-muted">{OPTIONS_TEXTS.notRelevantEmpty}</p>
      ) : (
        <ul className="caveat-rows caveat-options__list">
          {settings.notRelevant.map((choice) => (
            <li key={`${choice.site}/${choice.topicId}`} className="caveat-row">
              <span>{OPTIONS_TEXTS.notRelevantItem(topicName(choice.topicId), choice.site)}</span>
              <button
                type="button"
                className="caveat-button"
                aria-label={OPTIONS_TEXTS.undoLabel(topicName(choice.topicId), choice.site)}
                onClick={() => onUpdate({ type: 'not-relevant-choice-removed', choice })}
              >
                {OPTIONS_TEXTS.undo}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function RadioGroup<T extends string>({
  legend,
  values,
  labels,
  value,
  onChange,
}: {
  legend: string;
  values: readonly T[];
  labels: Readonly<Record<T, string>>;
  value: T;
  onChange: (value: T) => void;
}) {
  const baseId = useId();
  return (
    <fieldset className="caveat-fieldset">
      <legend>{legend}</legend>
      {values.map((option) => (
        <div key={option} className="caveat-radio">
          <input
            id={`${baseId}-${option}`}
            type="radio"
            name={baseId}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <label htmlFor={`${baseId}-${option}`}>{labels[option]}</label>
        </div>
      ))}
    </fieldset>
  );
}

function AppearanceSection({ settings, onUpdate }: SectionProps) {
  const { OPTIONS_TEXTS } = useTexts();
  const delayId = useId();
  const firstOnlyId = useId();
  const staleId = useId();
  const delayText = OPTIONS_TEXTS.hoverDelayValue(settings.hoverDelayMs);
  return (
    <Section title={OPTIONS_TEXTS.appearanceHeading}>
      <RadioGroup
        legend={OPTIONS_TEXTS.themeLegend}
        values={THEMES}
        labels={OPTIONS_TEXTS.themes}
        value={settings.theme}
        onChange={(theme) => onUpdate({ type: 'appearance', patch: { theme } })}
      />
      <RadioGroup
        legend={OPTIONS_TEXTS.highlightLegend}
        values={HIGHLIGHT_STYLES}
        labels={OPTIONS_TEXTS.highlightStyles}
        value={settings.highlightStyle}
        onChange={(highlightStyle) => onUpdate({ type: 'appearance', patch: { highlightStyle } })}
      />
      <div className="caveat-slider">
        <label htmlFor={delayId}>{OPTIONS_TEXTS.hoverDelayLabel}</label>
        <div className="caveat-slider__row">
          <input
            id={delayId}
            type="range"
            min={HOVER_DELAY_MIN_MS}
            max={HOVER_DELAY_MAX_MS}
            step={HOVER_DELAY_STEP_MS}
            value={settings.hoverDelayMs}
            aria-valuetext={delayText}
            onChange={(event) => {
              const ms = Number(event.target.value);
              onUpdate({ type: 'hover-delay', ms });
            }}
          />
          {/* The slider's aria-valuetext already speaks the value; this is the visible copy. */}
          <span className="caveat-slider__value" aria-hidden="true">
            {delayText}
          </span>
        </div>
      </div>
      <div className="caveat-check">
        <input
          id={firstOnlyId}
          type="checkbox"
          checked={settings.firstMentionOnly}
          onChange={(event) => {
            const firstMentionOnly = event.target.checked;
            onUpdate({ type: 'appearance', patch: { firstMentionOnly } });
          }}
        />
        <label htmlFor={firstOnlyId}>{OPTIONS_TEXTS.firstMentionOnly}</label>
      </div>
      <div className="caveat-check">
        <input
          id={`${firstOnlyId}-marks`}
          type="checkbox"
          checked={settings.verdictMarks}
          aria-describedby={`${firstOnlyId}-marks-help`}
          onChange={(event) => {
            const verdictMarks = event.target.checked;
            onUpdate({ type: 'appearance', patch: { verdictMarks } });
          }}
        />
        <div>
          <label htmlFor={`${firstOnlyId}-marks`}>{OPTIONS_TEXTS.verdictMarks}</label>
          <p id={`${firstOnlyId}-marks-help`} className="caveat-muted caveat-check__summary">
            {OPTIONS_TEXTS.verdictMarksHelp}
          </p>
        </div>
      </div>
      <div className="caveat-check">
        <input
          id={`${firstOnlyId}-news`}
          type="checkbox"
          checked={settings.newsOnly}
          aria-describedby={`${firstOnlyId}-news-help`}
          onChange={(event) => {
            const newsOnly = event.target.checked;
            onUpdate({ type: 'appearance', patch: { newsOnly } });
          }}
        />
        <div>
          <label htmlFor={`${firstOnlyId}-news`}>{OPTIONS_TEXTS.newsOnly}</label>
          <p id={`${firstOnlyId}-news-help`} className="caveat-muted caveat-check__summary">
            {OPTIONS_TEXTS.newsOnlyHelp}
          </p>
        </div>
      </div>
      <div className="caveat-select">
        <label htmlFor={staleId}>{OPTIONS_TEXTS.staleLabel}</label>{' '}
        <select
          id={staleId}
          className="caveat-input"
          value={settings.staleAfterMonths}
          onChange={(event) => {
            const months = Number(event.target.value);
            onUpdate({ type: 'stale-after', months });
          }}
        >
          {STALE_AFTER_MONTHS_CHOICES.map((months) => (
            <option key={months} value={months}>
              {OPTIONS_TEXTS.staleChoice(months)}
            </option>
          ))}
        </select>
      </div>
    </Section>
  );
}
