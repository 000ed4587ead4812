import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Dexie's liveQuery as a Preact hook: the component re-renders whenever the rows it read change,
 * including writes made by the background worker (Dexie relays them across the extension's pages).
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error('Tastebud live query failed', e) });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
