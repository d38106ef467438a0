import { useId, useState } from 'react';
import type { Claim } from '../data/schema.ts';
import { ClaimList } from './ClaimView.tsx';
import { useTexts } from './texts.ts';

/** The card shows this many claims at most; the rest are a search away in the popup. */
export const CARD_MAX_CLAIMS = 3;

export interface FactCardTopic {
  id: string;
  name: string;
  summary: string;
}

/** Why a mention matched: the text on the page, the alias it matched, and for gated aliases the context term. */
export interface MatchReason {
  matchedText: string;
  alias: string;
  contextTerm?: string;
}

export interface FactCardProps {
  topic: FactCardTopic;
  /** Ranked, best first. The first {@link CARD_MAX_CLAIMS} are shown, the first one open. */
  claims: readonly Claim[];
  /**
   * "none": no claim matches the sentence around the mention closely, and `claims` are the topic's
   * key claims. The card says so and opens none of them, so none reads as the answer to the
   * sentence. Default "close".
   */
  fit?: 'close' | 'none';
  why?: MatchReason;
  /**
   * The id of the claim the sentence around the mention itself repeats (lib/rank/repeats.ts): the card
   * leads with it and says so above it. Only with a close fit.
   */
  repeats?: string | null;
  /** Shows the "Not relevant here" button. */
  onNotRelevant?: () => void;
  /** Shows the close button. */
  onClose?: () => void;
  /** Renders the root as `role="dialog"` named by the card's heading. */
  dialog?: boolean;
  /** Id of the heading; generated when omitted. */
  titleId?: string;
  /** Resolved theme; the content script and the popup resolve "auto" themselves. */
  theme?: 'light' | 'dark';
  /** Called when "More" opens the lead claim in place, or "Less" closes it. */
  onMoreChange?: (more: boolean) => void;
  /**
   * The page's language (its `lang`). When it is given and is not English, the card notes that the
   * claims are in English, in the reader's language.
   */
  pageLanguage?: string;
}

/** Whether a page in `language` gets the note that the claims are in English (an unknown language gets none). */
export function claimsNeedLanguageNote(language: string | undefined): boolean {
  const primary = language?.trim().toLowerCase().split(/[-_]/)[0];
  return Boolean(primary) && primary !== 'en';
}

/**
 * The card for one mention, compact until the reader asks for more: the topic, the lead claim's
 * verdict and statement with the first lines of why and a "More" button that opens its
 * explanation, caveats and sources in place, the other claims one line each (each opens on its
 * own), and the way to say the topic is not relevant on this site. Why the mention matched shows
 * with "More" (docs/decisions/0019-compact-card-beside-the-sentence.md).
 */
export function FactCard({
  topic,
  claims,
  fit = 'close',
  why,
  repeats = null,
  onNotRelevant,
  onClose,
  dialog = false,
  titleId,
  theme = 'light',
  onMoreChange,
  pageLanguage,
}: FactCardProps) {
  const { VERDICT_LABELS, CARD_TEXTS } = useTexts();
  const [more, setMore] = useState(false);
  const generatedId = useId();
  const headingId = titleId ?? `caveat-card-title-${generatedId}`;
  const notRelevantHintId = `${headingId}-not-relevant`;
  const repeated = fit === 'close' ? claims.find((claim) => claim.id === repeats) : undefined;
  const ordered = repeated ? [repeated, ...claims.filter((claim) => claim !== repeated)] : claims;
  const shown = ordered.slice(0, CARD_MAX_CLAIMS);
  const hidden = claims.length - shown.length;
  return (
    <section
      className="caveat-root caveat-card"
      data-theme={theme}
      data-compact={more ? undefined : ''}
      role={dialog ? 'dialog' : undefined}
      tabIndex={dialog ? -1 : undefined}
      aria-labelledby={headingId}
    >
      <header className="caveat-card__header">
        <h2 id={headingId} className="caveat-card__title">
          {topic.name}
        </h2>
        {onClose && (
          <button
            type="button"
            className="caveat-icon-button"
            aria-label={CARD_TEXTS.close}
            onClick={onClose}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </header>
      <p className="caveat-card__summary">{topic.summary}</p>
      {claimsNeedLanguageNote(pageLanguage) && (
        <p className="caveat-muted caveat-card__language" role="note">
          {CARD_TEXTS.claimsInEnglish}
        </p>
      )}
      {shown.length > 0 && fit === 'none' ? (
        <>
          <p className="caveat-card__no-close-claim" role="note">
            {CARD_TEXTS.noCloseClaim}
          </p>
          <ClaimList key={`${topic.id}/key`} claims={shown} compact />
        </>
      ) : shown.length > 0 ? (
        <>
          {repeated && (
            <p className={`caveat-card__repeats caveat-card__repeats--${repeated.verdict}`} role="note">
              {CARD_TEXTS.sentenceRepeats(VERDICT_LABELS[repeated.verdict])}
            </p>
          )}
          {/* Keyed by topic: a card reused for another topic starts again compact. */}
          <ClaimList
            key={topic.id}
            claims={shown}
            compact
            lead
            onLeadToggle={(open) => {
              setMore(open);
              onMoreChange?.(open);
            }}
          />
        </>
      ) : (
        <p className="caveat-muted">{CARD_TEXTS.noClaims}</p>
      )}
      {hidden > 0 && more && (
        <p className="caveat-muted caveat-card__more">{CARD_TEXTS.moreClaims(hidden)}</p>
      )}
      {(why || onNotRelevant) && (
        <footer className="caveat-card__footer">
          {why && (
            <p className="caveat-card__why" hidden={!more}>
              {CARD_TEXTS.whyMatched(why)}
            </p>
          )}
          {onNotRelevant && (
            <>
              <button
                type="button"
                className="caveat-button caveat-button--quiet"
                aria-describedby={notRelevantHintId}
                onClick={onNotRelevant}
              >
                {CARD_TEXTS.notRelevant}
              </button>
              <span id={notRelevantHintId} className="caveat-visually-hidden">
                {CARD_TEXTS.notRelevantDescription(topic.name)}
              </span>
            </>
          )}
        </footer>
      )}
    </section>
  );
}
