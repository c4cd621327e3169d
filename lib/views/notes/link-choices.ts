/**
 * Which index entries the "Gekoppeld materiaal" picker offers, in which order:
 * what the note links already, then the page's suggestions, then the rest of
 * the index; a typed filter keeps the entries whose title holds every word of
 * it (folded: no case, no diacritics). At most `max` are offered, so a picker
 * over 10,000 entries stays short; the note's own links are always shown.
 */
import type { IndexEntry } from '../../core/index/schema';
import { words } from '../../core/text/normalise';

/** Entries offered at most (besides the note's own links): enough to choose from, short enough to read. */
export const MAX_LINK_CHOICES = 20;

export interface LinkChoices {
  shown: IndexEntry[];
  /** Entries that match but are not shown (type more to find them). */
  hidden: number;
}

export function linkChoices(
  entries: readonly IndexEntry[],
  {
    linked,
    suggested,
    filter,
    max = MAX_LINK_CHOICES,
  }: { linked: readonly string[]; suggested: readonly string[]; filter: string; max?: number },
): LinkChoices {
  const wanted = words(filter);
  const matches = (entry: IndexEntry) => {
    const title = words(entry.title).join(' ');
    return wanted.every((word) => title.includes(word));
  };
  /** Suggestions in their own order first, then the index's order. */
  const rank = (entry: IndexEntry) => {
    const at = suggested.indexOf(entry.id);
    return at >= 0 ? at : suggested.length;
  };
  const own = entries.filter((entry) => linked.includes(entry.id));
  const others = entries
    .filter((entry) => !linked.includes(entry.id) && matches(entry))
    .map((entry, order) => ({ entry, order, rank: rank(entry) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ entry }) => entry);
  return { shown: [...own, ...others.slice(0, max)], hidden: Math.max(0, others.length - max) };
}
