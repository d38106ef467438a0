import { defineBackground } from 'wxt/utils/define-background';
import { startBadgeUpdates } from '../platform/badge.ts';
import { startCommandForwarding } from '../platform/commands.ts';
import { startSelectionLookup } from '../platform/context-menu.ts';

export default defineBackground(() => {
  startBadgeUpdates();
  startCommandForwarding();
  startSelectionLookup();
});
