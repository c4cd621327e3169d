/** The popup's last query in session storage, expiring after a few minutes (lib/popup/query-memory.ts). */
import { sessionValue } from '../platform/session-store';
import { recallQuery, rememberQuery } from '../popup/query-memory';
import type { QueryMemory } from '../views/popup-query-memory';

export function createQueryMemory(now: () => number = Date.now): QueryMemory {
  const value = sessionValue('popup:last-query');
  return {
    async recall() {
      return recallQuery(await value.get(), now());
    },
    async remember(query) {
      await value.set(rememberQuery(query, now()));
    },
  };
}
