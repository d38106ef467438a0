import { defineBackground } from 'wxt/utils/define-background';
import { startBadgeUpdates } from '../platform/badge.ts';

export default defineBackground(() => {
  startBadgeUpdates();
});
