/**
 * Which index entries the "Gekoppeld materiaal" picker offers, in which order:
 * what the note links already, then the page's suggestions, then the rest of
 * the index; a typed filter keeps the entries whose title holds every word of
 * it (folded: no case, no diacritics). At most `max` are offered, so a picker
 * over 10,000 entries stays short; the note's own links are always shown.
 *
 * The background answers the picker (`search/link-choices`), so the side panel
 * never holds the index: `linkChooser` folds the titles once per active index
 * and then answers each keystroke with one pass over them.
 */
import type { IndexEntry } from '../index/schema';
import { words } from '../text/normalise';

/** Entries offered at most (besides the note's own links): enough to choose from, short enough to read. */
export const MAX_LINK_CHOICES = 20;

export interface LinkChoices<E = IndexEntry> {
  shown: E[];
  /** Entries that match but are not shown (type more to find them). */
  hidden: number;
}

export interface LinkChoiceRequest {
  linked: readonly string[];
  suggested: readonly string[];
  filter: string;
  max?: number;
}

/** The picker over one index: titles folded once, then `choose` per question. */
export function linkChooser<E extends Pick<IndexEntry, 'id' | 'title'>>(
  entries: readonly E[],
): (request: LinkChoiceRequest) => LinkChoices<E> {
  const titles = entries.map((entry) => words(entry.title).join(' '));
  return ({ linked, suggested, filter, max = MAX_LINK_CHOICES }) => {
    const wanted = words(filter);
    const own = new Set(linked);
    /** Suggestions in their own order first, then the index's order. */
    const rankOf = new Map(suggested.map((id, at) => [id, at] as const).reverse());
    const shownOwn: E[] = [];
    const others: Array<{ entry: E; order: number; rank: number }> = [];
    entries.forEach((entry, order) => {
      if (own.has(entry.id)) shownOwn.push(entry);
      else if (wanted.every((word) => titles[order]?.includes(word)))
        others.push({ entry, order, rank: rankOf.get(entry.id) ?? suggested.length });
    });
    others.sort((a, b) => a.rank - b.rank || a.order - b.order);
    return {
      shown: [...shownOwn, ...others.slice(0, max).map(({ entry }) => entry)],
      hidden: Math.max(0, others.length - max),
    };
  };
}

/** One question over `entries` (folds every title: for many questions over one index use `linkChooser`). */
export function linkChoices<E extends Pick<IndexEntry, 'id' | 'title'>>(
  entries: readonly E[],
  request: LinkChoiceRequest,
): LinkChoices<E> {
  return linkChooser(entries)(request);
}
