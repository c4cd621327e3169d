/**
 * Reloading a list whenever the store says it changed: several reloads can be
 * under way at once (two views writing, a burst of changes), and IndexedDB may
 * answer them in any order. Only the newest read may set the list, or a read
 * that started before a write could put back a list without that note.
 */
import { useCallback, useRef } from 'preact/hooks';

export function useLatestLoad<T>(read: () => Promise<T | undefined>, apply: (value: T) => void): () => Promise<void> {
  const latest = useRef(0);
  return useCallback(async () => {
    const ticket = ++latest.current;
    const found = await read();
    if (found !== undefined && ticket === latest.current) apply(found);
  }, [read, apply]);
}
