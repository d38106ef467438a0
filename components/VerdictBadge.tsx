import type { Verdict } from '../data/schema.ts';
import { CARD_TEXTS, VERDICT_LABELS } from './texts.ts';

/** The verdict in words, tinted by verdict. The colour repeats the word; it never replaces it. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`caveat-verdict caveat-verdict--${verdict}`}>
      <span className="caveat-visually-hidden">{CARD_TEXTS.verdictPrefix} </span>
      {VERDICT_LABELS[verdict]}
    </span>
  );
}
