/**
 * An entry as a card or a list shows it: everything but the body, which can be
 * 20,000 characters and is read only on the entry's own page. What the
 * background sends to the popup and the side panel is cut to this.
 */
import type { IndexEntry } from '../index/schema';

export function withoutBody(entry: IndexEntry): IndexEntry {
  if (entry.body === undefined) return entry;
  const { body: _body, ...rest } = entry;
  return rest;
}
