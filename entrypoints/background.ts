import { defineBackground } from 'wxt/utils/define-background';
import { startBadgeUpdates } from '../platform/badge.ts';
import { startCommandForwarding } from '../platform/commands.ts';

export default defineBackground(() => {
  startBadgeUpdates();
  startCommandForwarding();
});
