import { defineBackground } from 'wxt/utils/define-background';
import { startBadgeUpdates } from '../platform/badge.ts';
import { startCommandForwarding } from '../platform/commands.ts';
import { startSelectionLookup } from '../platform/context-menu.ts';
import { startPackSubscriptions } from '../platform/packs.ts';
import { startSettingsWriter } from '../platform/settings.ts';

export default defineBackground(() => {
  startBadgeUpdates();
  startCommandForwarding();
  startSelectionLookup();
  // The one writer of the settings: every page sends its changes here.
  startSettingsWriter();
  // The one writer of topic-pack subscriptions, and their scheduled checks.
  startPackSubscriptions();
});
