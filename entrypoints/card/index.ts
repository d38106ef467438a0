/**
 * card.js: the card's code, loaded into the content script's world on first need
 * (platform/card-module.ts). It registers the function that makes the card view.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_FILE, registerModule } from '../../platform/card-module';
import { type CardModule, createCardModule } from './module';

export default defineUnlistedScript(() => {
  const module: CardModule = createCardModule();
  registerModule(CARD_FILE, module);
});
