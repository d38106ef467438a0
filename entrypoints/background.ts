import { defineBackground } from 'wxt/utils/define-background';
import { startBadgeUpdates } from '../platform/badge.ts';
import { startCommandForwarding } from '../platform/commands.ts';
import { startSelectionLookup } from '../platform/context-menu.ts';
import { startPackSubscriptions } from '../platform/packs.ts';
import { startRepeatFinder } from '../platform/repeat-finder.ts';
import { startSettingsWriter } from '../platform/settings.ts';

export default defineBackground(() => {
  startBadgeUpdates();
  startCommandForwarding();
  startSelectionLookup();
  // Verdict marks: which mentions' sentences repeat a rated claim.
  startRepeatFinder();
  // The one writer of the settings: every page sends its changes here.
  startSettingsWriter();
  // The one writer of topic-pack subscriptions, and their scheduled checks.
  startPackSubscriptions();
});
