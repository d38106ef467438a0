import type { Verdict } from '../data/schema.ts';
import { useTexts } from './texts.ts';

/** The verdict in words, tinted by verdict. The colour repeats the word; it never replaces it. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { VERDICT_LABELS, CARD_TEXTS } = useTexts();
  return (
    <span className={`caveat-verdict caveat-verdict--${verdict}`}>
      <span className="caveat-visually-hidden">{CARD_TEXTS.verdictPrefix} </span>
      {VERDICT_LABELS[verdict]}
    </span>
  );
}
