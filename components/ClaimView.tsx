import { useContext, useId, useState } from 'react';
import type { Claim, Source } from '../data/schema.ts';
import { isReviewStale, todayIso } from '../lib/kb/index.ts';
import { FreshnessContext } from './freshness.ts';
import { useTexts } from './texts.ts';
import { VerdictBadge } from './VerdictBadge.tsx';

function SourceItem({ source }: { source: Source }) {
  const { SOURCE_KIND_LABELS, CARD_TEXTS, formatDate } = useTexts();
  return (
    <li className="caveat-source">
      {source.url ? (
        <a className="caveat-source__title" href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
          <span className="caveat-visually-hidden"> {CARD_TEXTS.opensInNewTab}</span>
        </a>
      ) : (
        <>
          <span className="caveat-source__title">{source.title}</span>{' '}
          <span className="caveat-source__no-link">({CARD_TEXTS.noLink})</span>
        </>
      )}
      <span className="caveat-source__meta">
        {source.publisher} · <time dateTime={source.date}>{formatDate(source.date)}</time> ·{' '}
        {SOURCE_KIND_LABELS[source.kind]}
      </span>
    </li>
  );
}

/** The review date, and a plain note when it is older than the reader's threshold. */
function ReviewDate({ reviewed }: { reviewed: string }) {
  const { CARD_TEXTS, formatDate } = useTexts();
  const { staleAfterMonths, today } = useContext(FreshnessContext);
  const stale = isReviewStale(reviewed, today ?? todayIso(), staleAfterMonths);
  return (
    <>
      <p className="caveat-claim__reviewed">
        {CARD_TEXTS.reviewed} <time dateTime={reviewed}>{formatDate(reviewed)}</time>
      </p>
      {stale && <p className="caveat-claim__stale">{CARD_TEXTS.stale(staleAfterMonths)}</p>}
    </>
  );
}

export interface ClaimViewProps {
  claim: Claim;
  expanded: boolean;
  onToggle: () => void;
  /** Heading level of the claim's statement inside its container (the card's title is one above). */
  headingLevel?: 3 | 4;
  /**
   * "toggle" (default): the statement is the disclosure button. "lead": the card's first claim,
   * whose statement is a plain heading followed by the first lines of the explanation and a
   * "More" button that opens the rest in place.
   */
  variant?: 'toggle' | 'lead';
}

/** The explanation, the caveats, the sources and the review date of one claim. */
function ClaimBody({
  claim,
  id,
  hidden,
  Sub,
}: {
  claim: Claim;
  id: string;
  hidden: boolean;
  Sub: 'h4' | 'h5';
}) {
  const { CARD_TEXTS } = useTexts();
  return (
    <div id={id} className="caveat-claim__body" hidden={hidden}>
      <p className="caveat-claim__explanation">{claim.explanation}</p>
      <Sub className="caveat-subheading">{CARD_TEXTS.caveats}</Sub>
      <ul className="caveat-list caveat-caveats">
        {claim.caveats.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
      <Sub className="caveat-subheading">{CARD_TEXTS.sources}</Sub>
      <ul className="caveat-list caveat-sources">
        {claim.sources.map((source) => (
          <SourceItem key={`${source.publisher}|${source.title}|${source.date}`} source={source} />
        ))}
      </ul>
      <ReviewDate reviewed={claim.reviewed} />
    </div>
  );
}

/**
 * One claim: its statement and verdict as a disclosure button; when expanded, the explanation, the
 * caveats, the sources and the review date. The card and the popup both show claims with it.
 */
export function ClaimView({
  claim,
  expanded,
  onToggle,
  headingLevel = 3,
  variant = 'toggle',
}: ClaimViewProps) {
  const { CARD_TEXTS } = useTexts();
  const bodyId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const Sub = headingLevel === 3 ? 'h4' : 'h5';
  if (variant === 'lead') {
    return (
      <div className={`caveat-claim caveat-claim--lead${expanded ? ' caveat-claim--expanded' : ''}`}>
        <Heading className="caveat-claim__heading caveat-claim__lead-heading">
          <VerdictBadge verdict={claim.verdict} />
          <span className="caveat-claim__statement">{claim.statement}</span>
        </Heading>
        {/* The first lines of why, read again in full in the body: hidden from screen readers. */}
        {!expanded && (
          <p className="caveat-claim__gist" aria-hidden="true">
            {claim.explanation}
          </p>
        )}
        <ClaimBody claim={claim} id={bodyId} hidden={!expanded} Sub={Sub} />
        <button
          type="button"
          className="caveat-link-button caveat-claim__more"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          {expanded ? CARD_TEXTS.less : CARD_TEXTS.more}
        </button>
      </div>
    );
  }
  return (
    <div className={`caveat-claim${expanded ? ' caveat-claim--expanded' : ''}`}>
      <Heading className="caveat-claim__heading">
        <button
          type="button"
          className="caveat-claim__toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          <VerdictBadge verdict={claim.verdict} />
          <span className="caveat-claim__statement">{claim.statement}</span>
        </button>
      </Heading>
      <ClaimBody claim={claim} id={bodyId} hidden={!expanded} Sub={Sub} />
    </div>
  );
}

export interface ClaimListProps {
  claims: readonly Claim[];
  /** Id of the claim open at first; `null` opens none. Defaults to the first claim. */
  initiallyExpandedId?: string | null;
  headingLevel?: 3 | 4;
  /** The card's compact view: every claim starts closed, and a closed one shows one line. */
  compact?: boolean;
  /**
   * With `compact`: the first claim leads, with its statement, the first lines of why and a
   * "More" button that opens the rest in place.
   */
  lead?: boolean;
  /** Called when the lead claim opens or closes (compact only). */
  onLeadToggle?: (expanded: boolean) => void;
}

/** Claims in order, each collapsible on its own; one starts open unless compact. */
export function ClaimList({
  claims,
  initiallyExpandedId,
  headingLevel,
  compact = false,
  lead = false,
  onLeadToggle,
}: ClaimListProps) {
  const leadId = compact && lead ? claims[0]?.id : undefined;
  const firstId = compact ? null : initiallyExpandedId === undefined ? claims[0]?.id : initiallyExpandedId;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(firstId ? [firstId] : []));
  const toggle = (id: string) => {
    const opening = !expanded.has(id);
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    if (id === leadId) onLeadToggle?.(opening);
  };
  return (
    <ul className={`caveat-claims${compact ? ' caveat-claims--compact' : ''}`}>
      {claims.map((claim) => (
        <li key={claim.id}>
          <ClaimView
            claim={claim}
            expanded={expanded.has(claim.id)}
            onToggle={() => toggle(claim.id)}
            headingLevel={headingLevel}
            variant={claim.id === leadId ? 'lead' : 'toggle'}
          />
        </li>
      ))}
    </ul>
  );
}
