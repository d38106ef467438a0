/**
 * mentions.js: the finding of mentions, loaded into the content script's world when the page's text
 * first shows a name (platform/card-module.ts). It registers the function that starts it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { MENTIONS_FILE, registerModule } from '../../platform/card-module';
import { createMentionsModule } from './module';

export default defineUnlistedScript(() => {
  registerModule(MENTIONS_FILE, createMentionsModule());
});
