/**
 * The options page's sections that bring files in and out: custom topics, ClaimReview fact-checks
 * and the settings file. Every text from a file is rendered as React text, never as HTML.
 */
import { type ChangeEvent, type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { type Topic, VERDICTS } from '../data/schema.ts';
import {
  type ClaimReviewRead,
  defaultSummary,
  importClaimReviews,
  type RatingChoice,
  readClaimReviews,
  type SkippedItem,
  splitList,
  suggestedMapping,
} from '../lib/claimreview/index.ts';
import {
  checkCustomTopicFiles,
  exportCustomTopics,
  formatProblem,
  parseJsonFile,
  type TopicFile,
} from '../lib/kb/index.ts';
import {
  type Backup,
  backupChanges,
  DEFAULT_SETTINGS,
  exportBackup,
  readBackup,
  type Settings,
} from '../lib/settings/index.ts';
import { useTexts } from './texts.ts';

/** What the file sections need from the page around them. */
export interface LibraryProps {
  settings: Settings;
  /** The custom topics kept now, in their order. */
  custom: readonly Topic[];
  /** The built-in topic files: their ids, claim ids and aliases are taken. */
  builtInFiles: readonly TopicFile[];
  /** Replaces the kept custom topics. */
  onSaveCustomTopics: (topics: readonly Topic[]) => Promise<void>;
  /** Replaces the settings and the custom topics at once (an import or a reset). */
  onApplyBackup: (backup: Backup) => Promise<void>;
  /** Offers a file to save (the page turns it into a download). */
  onDownload: (fileName: string, text: string) => void;
  /** Today as YYYY-MM-DD, for the review-date checks; default: today. */
  today?: string;
}

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

async function readPicked(
  event: ChangeEvent<HTMLInputElement>,
): Promise<{ name: string; text: string } | null> {
  const input = event.target;
  const file = input.files?.[0];
  if (!file) return null;
  const text = await file.text();
  // The same file can be picked again after it is fixed.
  input.value = '';
  return { name: file.name, text };
}

function ProblemList({ heading, problems }: { heading: string; problems: readonly string[] }) {
  return (
    <div className="caveat-problems" role="alert">
      <p className="caveat-problems__heading">{heading}</p>
      <ul className="caveat-problems__list">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Topics files

export function TopicImportSection({
  custom,
  builtInFiles,
  onSaveCustomTopics,
  onDownload,
  today,
}: LibraryProps) {
  const { LIBRARY_TEXTS } = useTexts();
  const inputId = useId();
  const [problems, setProblems] = useState<{ file: string; lines: readonly string[] } | null>(null);
  const [status, setStatus] = useState('');

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = await readPicked(event);
    if (!picked) return;
    setStatus('');
    const parsed = parseJsonFile(picked.name, picked.text);
    const check = parsed.ok
      ? checkCustomTopicFiles([{ file: picked.name, json: parsed.json }], {
          builtIn: builtInFiles,
          custom,
          today,
        })
      : { problems: [parsed.problem], topics: [] };
    if (check.problems.length > 0) {
      setProblems({ file: picked.name, lines: check.problems.map(formatProblem) });
      return;
    }
    setProblems(null);
    await onSaveCustomTopics([...custom, ...check.topics]);
    setStatus(LIBRARY_TEXTS.imported(check.topics.map((topic) => topic.name)));
  };

  return (
    <Section title={LIBRARY_TEXTS.importHeading} help={LIBRARY_TEXTS.importHelp}>
      <div className="caveat-file">
        <label htmlFor={inputId}>{LIBRARY_TEXTS.importLabel}</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void pick(event)}
        />
      </div>
      {problems && (
        <ProblemList
          heading={LIBRARY_TEXTS.importProblems(problems.file, problems.lines.length)}
          problems={problems.lines}
        />
      )}
      <p aria-live="polite" className="caveat-options__status">
        {status}
      </p>
      <div>
        <button
          type="button"
          className="caveat-button"
          disabled={custom.length === 0}
          onClick={() => onDownload('caveat-custom-topics.json', exportCustomTopics(custom))}
        >
          {LIBRARY_TEXTS.exportTopics}
        </button>
        {custom.length === 0 && <span className="caveat-muted"> {LIBRARY_TEXTS.noCustomTopics}</span>}
      </div>
    </Section>
  );
}

// ---------------------------------------------------------------------------------------------
// ClaimReview

interface PickedReviews {
  file: string;
  read: ClaimReviewRead;
}

export function ClaimReviewImportSection({ custom, builtInFiles, onSaveCustomTopics, today }: LibraryProps) {
  const { VERDICT_LABELS, LIBRARY_TEXTS } = useTexts();
  const fileId = useId();
  const formId = useId();
  const [picked, setPicked] = useState<PickedReviews | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [aliases, setAliases] = useState('');
  const [contextTerms, setContextTerms] = useState('');
  const [summary, setSummary] = useState('');
  const [mapping, setMapping] = useState<Record<string, RatingChoice>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [result, setResult] = useState<{ skipped: readonly SkippedItem[]; problems: string[] } | null>(null);
  const [status, setStatus] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);

  const takenClaimIds = useMemo(() => {
    const ids = new Set<string>();
    for (const file of builtInFiles) {
      const claims = (file.json as { claims?: { id?: unknown }[] }).claims ?? [];
      for (const claim of claims) if (typeof claim.id === 'string') ids.add(claim.id);
    }
    for (const topic of custom) for (const claim of topic.claims) ids.add(claim.id);
    return ids;
  }, [builtInFiles, custom]);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = await readPicked(event);
    if (!file) return;
    setStatus('');
    setResult(null);
    setFormError(null);
    const parsed = parseJsonFile(file.name, file.text);
    if (!parsed.ok) {
      setPicked(null);
      setFileProblem(formatProblem(parsed.problem));
      return;
    }
    const read = readClaimReviews(parsed.json);
    setFileProblem(null);
    setPicked({ file: file.name, read });
    setMapping(suggestedMapping(read.ratings));
    setSummary(defaultSummary(read.items));
  };

  const importable = picked
    ? picked.read.items.filter((item) => {
        const choice = mapping[item.rating];
        return choice !== undefined && choice !== 'skip';
      }).length
    : 0;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!picked) return;
    if (name.trim() === '') {
      setFormError(LIBRARY_TEXTS.nameNeeded);
      nameRef.current?.focus();
      return;
    }
    if (splitList(aliases).length === 0) {
      setFormError(LIBRARY_TEXTS.aliasesNeeded);
      return;
    }
    if (importable === 0) {
      setFormError(LIBRARY_TEXTS.nothingToImport);
      return;
    }
    setFormError(null);
    const outcome = importClaimReviews(
      picked.file,
      { name, aliases: splitList(aliases), contextTerms: splitList(contextTerms), summary },
      picked.read.items,
      mapping,
      { builtIn: builtInFiles, custom, today, takenClaimIds },
    );
    setResult({ skipped: outcome.skipped, problems: outcome.problems.map(formatProblem) });
    if (!outcome.topic) return;
    await onSaveCustomTopics([...custom, outcome.topic]);
    setStatus(LIBRARY_TEXTS.imported([outcome.topic.name]));
    setPicked(null);
    setName('');
    setAliases('');
    setContextTerms('');
  };

  const skipped = [...(picked?.read.skipped ?? []), ...(result?.skipped ?? [])];

  return (
    <Section title={LIBRARY_TEXTS.claimReviewHeading} help={LIBRARY_TEXTS.claimReviewHelp}>
      <div className="caveat-file">
        <label htmlFor={fileId}>{LIBRARY_TEXTS.claimReviewFileLabel}</label>
        <input
          id={fileId}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={(event) => void pick(event)}
        />
      </div>
      {fileProblem && (
        <ProblemList
          heading={LIBRARY_TEXTS.backupProblems(fileProblem.split(': ')[0] ?? '')}
          problems={[fileProblem]}
        />
      )}
      {skipped.length > 0 && (
        <div className="caveat-problems caveat-problems--quiet">
          <p className="caveat-problems__heading">{LIBRARY_TEXTS.skippedHeading}</p>
          <ul className="caveat-problems__list" aria-label={LIBRARY_TEXTS.skippedHeading}>
            {skipped.map((item) => (
              <li key={`${item.label}/${item.reason}`}>
                {LIBRARY_TEXTS.skippedItem(item.label, item.statement, item.reason)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result && result.problems.length > 0 && (
        <ProblemList
          heading={LIBRARY_TEXTS.importProblems(picked?.file ?? '', result.problems.length)}
          problems={result.problems}
        />
      )}
      {picked && (
        <form
          className="caveat-form"
          onSubmit={(event) => void submit(event)}
          noValidate
          aria-labelledby={`${formId}-found`}
        >
          <p id={`${formId}-found`}>{LIBRARY_TEXTS.claimReviewFound(picked.read.items.length)}</p>
          <TextField
            id={`${formId}-name`}
            label={LIBRARY_TEXTS.topicNameLabel}
            value={name}
            onChange={setName}
            inputRef={nameRef}
          />
          <TextField
            id={`${formId}-aliases`}
            label={LIBRARY_TEXTS.aliasesLabel}
            value={aliases}
            onChange={setAliases}
          />
          <TextField
            id={`${formId}-context`}
            label={LIBRARY_TEXTS.contextTermsLabel}
            value={contextTerms}
            onChange={setContextTerms}
          />
          <TextField
            id={`${formId}-summary`}
            label={LIBRARY_TEXTS.summaryLabel}
            value={summary}
            onChange={setSummary}
          />
          {picked.read.ratings.length > 0 && (
            <fieldset className="caveat-fieldset caveat-mapping">
              <legend>{LIBRARY_TEXTS.mappingLegend}</legend>
              {picked.read.ratings.map((rating) => {
                const id = `${formId}-rating-${picked.read.ratings.indexOf(rating)}`;
                const count = picked.read.items.filter((item) => item.rating === rating).length;
                return (
                  <div key={rating} className="caveat-mapping__row">
                    <label htmlFor={id}>
                      {LIBRARY_TEXTS.mappingLabel(rating)} <span className="caveat-muted">({count})</span>
                    </label>
                    <select
                      id={id}
                      className="caveat-input"
                      value={mapping[rating] ?? ''}
                      onChange={(event) => {
                        const value = event.target.value as RatingChoice | '';
                        setMapping((current) => {
                          const next = { ...current };
                          if (value === '') delete next[rating];
                          else next[rating] = value;
                          return next;
                        });
                      }}
                    >
                      <option value="">{LIBRARY_TEXTS.chooseVerdict}</option>
                      {VERDICTS.map((verdict) => (
                        <option key={verdict} value={verdict}>
                          {VERDICT_LABELS[verdict]}
                        </option>
                      ))}
                      <option value="skip">{LIBRARY_TEXTS.skipRating}</option>
                    </select>
                  </div>
                );
              })}
            </fieldset>
          )}
          {formError && (
            <p className="caveat-field-error" role="alert">
              {formError}
            </p>
          )}
          <div>
            <button type="submit" className="caveat-button">
              {LIBRARY_TEXTS.importClaims(importable)}
            </button>
          </div>
        </form>
      )}
      <p aria-live="polite" className="caveat-options__status">
        {status}
      </p>
    </Section>
  );
}

function TextField({
  id,
  label,
  value,
  onChange,
  inputRef,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  inputRef?: React.Ref<HTMLInputElement>;
}) {
  return (
    <div className="caveat-field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        className="caveat-input"
        type="text"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Settings file

export function SettingsFileSection({
  settings,
  custom,
  builtInFiles,
  onApplyBackup,
  onDownload,
  today,
}: LibraryProps) {
  const { LIBRARY_TEXTS } = useTexts();
  const inputId = useId();
  const [problems, setProblems] = useState<{ file: string; lines: readonly string[] } | null>(null);
  const [pending, setPending] = useState<{ file: string; backup: Backup } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [status, setStatus] = useState('');
  const current: Backup = { settings, customTopics: custom };

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = await readPicked(event);
    if (!picked) return;
    setStatus('');
    setPending(null);
    const parsed = parseJsonFile(picked.name, picked.text);
    const read = parsed.ok
      ? readBackup(picked.name, parsed.json, { builtIn: builtInFiles, today })
      : ({ ok: false, problems: [formatProblem(parsed.problem)] } as const);
    if (!read.ok) {
      setProblems({ file: picked.name, lines: read.problems });
      return;
    }
    setProblems(null);
    setPending({ file: picked.name, backup: read.backup });
  };

  const changes = pending ? backupChanges(current, pending.backup) : [];

  return (
    <Section title={LIBRARY_TEXTS.backupHeading} help={LIBRARY_TEXTS.backupHelp}>
      <div>
        <button
          type="button"
          className="caveat-button"
          onClick={() => onDownload('caveat-settings.json', exportBackup(current))}
        >
          {LIBRARY_TEXTS.exportBackup}
        </button>
      </div>
      <div className="caveat-file">
        <label htmlFor={inputId}>{LIBRARY_TEXTS.importBackupLabel}</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void pick(event)}
        />
      </div>
      {problems && (
        <ProblemList heading={LIBRARY_TEXTS.backupProblems(problems.file)} problems={problems.lines} />
      )}
      {pending && (
        <div className="caveat-preview">
          {changes.length === 0 ? (
            <p>{LIBRARY_TEXTS.previewSame(pending.file)}</p>
          ) : (
            <>
              <p>{LIBRARY_TEXTS.previewHeading(pending.file)}</p>
              <ul className="caveat-problems__list" aria-label={LIBRARY_TEXTS.previewHeading(pending.file)}>
                {changes.map((change) => (
                  <li key={change.key}>
                    {LIBRARY_TEXTS.previewLine(
                      LIBRARY_TEXTS.settingLabels[change.key] ?? change.key,
                      change.before,
                      change.after,
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="caveat-row-buttons">
            <button
              type="button"
              className="caveat-button"
              disabled={changes.length === 0}
              onClick={() => {
                const { backup } = pending;
                setPending(null);
                void onApplyBackup(backup).then(() => setStatus(LIBRARY_TEXTS.applied));
              }}
            >
              {LIBRARY_TEXTS.applyBackup}
            </button>
            <button type="button" className="caveat-button" onClick={() => setPending(null)}>
              {LIBRARY_TEXTS.cancel}
            </button>
          </div>
        </div>
      )}
      {confirmReset ? (
        <div className="caveat-preview">
          <p>{LIBRARY_TEXTS.resetConfirm(custom.length)}</p>
          <div className="caveat-row-buttons">
            <button
              type="button"
              className="caveat-button"
              onClick={() => {
                setConfirmReset(false);
                void onApplyBackup({ settings: { ...DEFAULT_SETTINGS }, customTopics: [] }).then(() =>
                  setStatus(LIBRARY_TEXTS.resetDone),
                );
              }}
            >
              {LIBRARY_TEXTS.resetYes}
            </button>
            <button type="button" className="caveat-button" onClick={() => setConfirmReset(false)}>
              {LIBRARY_TEXTS.cancel}
            </button>
          </div>
        </div>
      ) : (
        <div>
          <button type="button" className="caveat-button" onClick={() => setConfirmReset(true)}>
            {LIBRARY_TEXTS.reset}
          </button>
        </div>
      )}
      <p aria-live="polite" className="caveat-options__status">
        {status}
      </p>
    </Section>
  );
}
