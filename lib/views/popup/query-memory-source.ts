/**
 * The popup's memory of its last query: kept in session storage, expiring
 * after a few minutes (the rule is in ./query-memory.ts). Tests pass a fake.
 */
import { sessionValue } from '../../shared/platform/session-store';
import { recallQuery, rememberQuery } from './query-memory';

export interface QueryMemory {
  /** The last query if it was typed recently, else ''. */
  recall(): Promise<string>;
  remember(query: string): Promise<void>;
}

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
