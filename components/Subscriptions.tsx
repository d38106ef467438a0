/**
 * The options page's topic-pack subscriptions: add one by address and public key (or from a file
 * that carries both), and for each the topics, claim count, version, latest review, the last check
 * and its result in words, "Update now", "Remove" and how often to check. Every text from a pack
 * or a server is rendered as React text, never as HTML.
 */
import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import {
  CHECK_EVERY,
  type CheckEvery,
  type PackActionResult,
  readSubscriptionFile,
  type SubscriptionSummary,
} from '../lib/packs/index.ts';
import { useTexts } from './texts.ts';

export interface SubscriptionsProps {
  subscriptions: readonly SubscriptionSummary[];
  /**
   * Subscribes. Called straight from the form's submit (a user gesture), so the page can ask the
   * browser for the pack's host permission before anything else.
   */
  onSubscribe: (indexUrl: string, publicKey: string) => Promise<PackActionResult>;
  onUpdateNow: (indexUrl: string) => Promise<PackActionResult>;
  onRemove: (indexUrl: string) => Promise<PackActionResult>;
  onCheckEvery: (indexUrl: string, checkEvery: CheckEvery) => Promise<PackActionResult>;
  /** Formats a check's time for the reader; default: the browser's local date and time. */
  formatTime?: (iso: string) => string;
}

const localTime = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
};

export function SubscriptionsSection({
  subscriptions,
  onSubscribe,
  onUpdateNow,
  onRemove,
  onCheckEvery,
  formatTime = localTime,
}: SubscriptionsProps) {
  const { PACK_TEXTS } = useTexts();
  const headingId = useId();
  const baseId = useId();
  const [indexUrl, setIndexUrl] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [adding, setAdding] = useState(false);
  const [result, setResult] = useState<PackActionResult | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdding(true);
    setResult(null);
    // No await before this call: the browser asks for a permission only during the gesture.
    void onSubscribe(indexUrl, publicKey).then(
      (answer) => {
        setResult(answer);
        setAdding(false);
        if (answer.ok) {
          setIndexUrl('');
          setPublicKey('');
        }
      },
      (error: unknown) => {
        setResult({ ok: false, message: error instanceof Error ? error.message : String(error) });
        setAdding(false);
      },
    );
  };

  const pickFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    const read = readSubscriptionFile(text);
    if (!read.ok) {
      setResult({ ok: false, message: `${file.name}: ${read.message}` });
      return;
    }
    setIndexUrl(read.value.index);
    setPublicKey(read.value.publicKey);
    setResult({ ok: true, message: PACK_TEXTS.fileRead(file.name) });
  };

  const act = (indexUrl: string, action: () => Promise<PackActionResult>) => {
    setBusy((current) => new Set([...current, indexUrl]));
    void action()
      .catch(() => undefined)
      .finally(() =>
        setBusy((current) => {
          const next = new Set(current);
          next.delete(indexUrl);
          return next;
        }),
      );
  };

  return (
    <section className="caveat-options__section" aria-labelledby={headingId}>
      <h2 id={headingId} className="caveat-options__heading">
        {PACK_TEXTS.heading}
      </h2>
      <p className="caveat-muted">{PACK_TEXTS.help}</p>
      {subscriptions.length === 0 ? (
        <p className="caveat-muted">{PACK_TEXTS.empty}</p>
      ) : (
        <ul className="caveat-options__list caveat-packs" aria-label={PACK_TEXTS.listLabel}>
          {subscriptions.map((entry) => {
            const selectId = `${baseId}-${entry.indexUrl}`;
            const checking = busy.has(entry.indexUrl);
            return (
              <li key={entry.indexUrl} className="caveat-pack">
                <p className="caveat-pack__name">
                  <strong>{entry.name}</strong> <span className="caveat-muted">{entry.indexUrl}</span>
                </p>
                <p className="caveat-muted">
                  {PACK_TEXTS.summary(entry.version, entry.published, entry.claimCount, entry.latestReview)}
                </p>
                <p className="caveat-muted">{PACK_TEXTS.topics(entry.topicNames)}</p>
                <p
                  className={
                    entry.lastCheck.ok ? 'caveat-pack__check' : 'caveat-pack__check caveat-field-error'
                  }
                  role={entry.lastCheck.ok ? 'status' : 'alert'}
                >
                  {PACK_TEXTS.lastCheck(
                    formatTime(entry.lastCheck.at),
                    entry.lastCheck.ok,
                    entry.lastCheck.message,
                  )}
                </p>
                <div className="caveat-row-buttons">
                  <button
                    type="button"
                    className="caveat-button"
                    aria-label={PACK_TEXTS.updateNowLabel(entry.name)}
                    disabled={checking}
                    onClick={() => act(entry.indexUrl, () => onUpdateNow(entry.indexUrl))}
                  >
                    {checking ? PACK_TEXTS.updating : PACK_TEXTS.updateNow}
                  </button>
                  <button
                    type="button"
                    className="caveat-button"
                    aria-label={PACK_TEXTS.removeLabel(entry.name)}
                    onClick={() => act(entry.indexUrl, () => onRemove(entry.indexUrl))}
                  >
                    {PACK_TEXTS.remove}
                  </button>
                  <label htmlFor={selectId} className="caveat-visually-hidden">
                    {PACK_TEXTS.checkEveryLabel(entry.name)}
                  </label>
                  <select
                    id={selectId}
                    className="caveat-input"
                    value={entry.checkEvery}
                    onChange={(event) => {
                      const every = event.target.value as CheckEvery;
                      act(entry.indexUrl, () => onCheckEvery(entry.indexUrl, every));
                    }}
                  >
                    {CHECK_EVERY.map((every) => (
                      <option key={every} value={every}>
                        {PACK_TEXTS.checkEvery[every]}
                      </option>
                    ))}
                  </select>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <form className="caveat-pack-form" onSubmit={submit} noValidate>
        <label htmlFor={`${baseId}-index`}>{PACK_TEXTS.indexLabel}</label>
        <input
          id={`${baseId}-index`}
          className="caveat-input"
          type="url"
          autoComplete="off"
          spellCheck={false}
          placeholder={PACK_TEXTS.indexPlaceholder}
          value={indexUrl}
          onChange={(event) => setIndexUrl(event.target.value)}
        />
        <label htmlFor={`${baseId}-key`}>{PACK_TEXTS.keyLabel}</label>
        <input
          id={`${baseId}-key`}
          className="caveat-input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={publicKey}
          onChange={(event) => setPublicKey(event.target.value)}
        />
        <div className="caveat-file">
          <label htmlFor={`${baseId}-file`}>{PACK_TEXTS.fileLabel}</label>
          <input
            id={`${baseId}-file`}
            type="file"
            accept=".json,application/json"
            onChange={(event) => void pickFile(event)}
          />
        </div>
        <div>
          <button type="submit" className="caveat-button" disabled={adding}>
            {adding ? PACK_TEXTS.subscribing : PACK_TEXTS.subscribe}
          </button>
        </div>
      </form>
      {result && (
        <p
          className={result.ok ? 'caveat-options__status' : 'caveat-field-error'}
          role={result.ok ? 'status' : 'alert'}
        >
          {result.message}
        </p>
      )}
    </section>
  );
}
