/**
 * How the claims being shown decide whether to say their facts may have changed: the reader's
 * threshold (`staleAfterMonths` in the settings) and today's date. The card and the popup provide
 * it from the settings; without a provider, the default threshold and the real date apply.
 */
import { createContext } from 'react';
import { DEFAULT_STALE_AFTER_MONTHS } from '../lib/settings/index.ts';

export interface Freshness {
  staleAfterMonths: number;
  /** `YYYY-MM-DD`; the reader's date today when omitted (tests give one). */
  today?: string;
}

export const FreshnessContext = createContext<Freshness>({ staleAfterMonths: DEFAULT_STALE_AFTER_MONTHS });
