/** React glue for the options page: the topic-pack subscriptions as state, kept live. */
import { useEffect, useState } from 'react';
import { type PackSubscription, readStoredSubscriptions } from '../lib/packs/index.ts';
import { packSubscriptionsItem } from './packs.ts';

/** The stored subscriptions; `null` until storage has answered. */
export function usePackSubscriptions(): readonly PackSubscription[] | null {
  const [subscriptions, setSubscriptions] = useState<readonly PackSubscription[] | null>(null);
  useEffect(() => {
    let live = true;
    const unwatch = packSubscriptionsItem.watch((value) => setSubscriptions(readStoredSubscriptions(value)));
    void packSubscriptionsItem.getValue().then((value) => {
      if (live) setSubscriptions((current) => current ?? readStoredSubscriptions(value));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return subscriptions;
}
