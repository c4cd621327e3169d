/**
 * Remembering the popup's last query for a short while: reopening the popup a
 * minute later continues the search, reopening it next hour starts fresh. The
 * record is kept in session storage (never on disk); this file decides only
 * what to keep and when it has expired, so it is tested without a browser.
 */

/** How long a query is remembered after it was last typed. */
export const QUERY_MEMORY_MS = 5 * 60 * 1000;
/** Longer input is not worth remembering (the search itself cuts queries at 256). */
const MAX_REMEMBERED = 256;

export interface RememberedQuery {
  query: string;
  /** Epoch milliseconds of the last change. */
  savedAt: number;
}

export function rememberQuery(query: string, now: number): RememberedQuery {
  return { query: query.slice(0, MAX_REMEMBERED), savedAt: now };
}

/** The remembered query, or '' when there is none, it expired, it is from the future, or the record is malformed. */
export function recallQuery(stored: unknown, now: number, ttl = QUERY_MEMORY_MS): string {
  if (typeof stored !== 'object' || stored === null) return '';
  const { query, savedAt } = stored as Partial<RememberedQuery>;
  if (typeof query !== 'string' || typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return '';
  const age = now - savedAt;
  if (age < 0 || age > ttl) return '';
  return query.slice(0, MAX_REMEMBERED);
}
