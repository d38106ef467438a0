import { useContext, useId, useState } from 'react';
import type { Claim, Source } from '../data/schema.ts';
import { isReviewStale, todayIso } from '../lib/freshness.ts';
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
}

/**
 * One claim: its statement and verdict as a disclosure button; when expanded, the explanation, the
 * caveats, the sources and the review date. The card and the popup both show claims with it.
 */
export function ClaimView({ claim, expanded, onToggle, headingLevel = 3 }: ClaimViewProps) {
  const { CARD_TEXTS } = useTexts();
  const bodyId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const Sub = headingLevel === 3 ? 'h4' : 'h5';
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
      <div id={bodyId} className="caveat-claim__body" hidden={!expanded}>
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
    </div>
  );
}

export interface ClaimListProps {
  claims: readonly Claim[];
  /** Id of the claim open at first; `null` opens none. Defaults to the first claim. */
  initiallyExpandedId?: string | null;
  headingLevel?: 3 | 4;
}

/** Claims in order, each collapsible on its own; one starts open. */
export function ClaimList({ claims, initiallyExpandedId, headingLevel }: ClaimListProps) {
  const firstId = initiallyExpandedId === undefined ? claims[0]?.id : initiallyExpandedId;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(firstId ? [firstId] : []));
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <ul className="caveat-claims">
      {claims.map((claim) => (
        <li key={claim.id}>
          <ClaimView
            claim={claim}
            expanded={expanded.has(claim.id)}
            onToggle={() => toggle(claim.id)}
            headingLevel={headingLevel}
          />
        </li>
      ))}
    </ul>
  );
}
