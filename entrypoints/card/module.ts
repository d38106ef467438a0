/** What card.js offers the content script: a way to make the card view. */
import type { LoadedCardView } from '../../page/lazy-card-view';
import { ShadowCardView, type ShadowCardViewOptions } from './card-view';

export type CardViewOptions = ShadowCardViewOptions;

export interface CardModule {
  createCardView(options: CardViewOptions): LoadedCardView;
}

export function createCardModule(): CardModule {
  return { createCardView: (options) => new ShadowCardView(options) };
}
