/**
 * What the side panel asks of the active index, through the background: only
 * what it shows (cards by id, the material naming a place, the picker's
 * choices), never the index itself. Questions over more ids or places than one
 * message may carry are split into batches and the answers joined in order.
 * Components get this as a prop (an interface), so tests hand them the real
 * one over the test background.
 */
import type { IndexEntry } from '../../core/index/schema';
import type { LinkChoiceRequest } from '../../core/entries/link-choices';
import { LIMITS } from '../../core/notes/limits';
import type { BackgroundClient } from '../../shared/messages/client';
import type { EventSubscriber } from '../../shared/messages/events';
import {
  MAX_ENTRY_ID_LENGTH,
  MAX_IDS_PER_CALL,
  MAX_LINK_FILTER_LENGTH,
  MAX_PLACES_PER_CALL,
  type LinkChoicesAnswer,
  type PlaceMaterial,
} from '../../shared/messages/search-messages';

export interface IndexLookup {
  /** The entries with these ids (without body), in that order; ids the index lacks are left out. */
  cards(ids: readonly string[]): Promise<IndexEntry[]>;
  /** For each place name, the first entries naming it and how many do. */
  material(names: readonly string[]): Promise<PlaceMaterial[]>;
  /** The "Gekoppeld materiaal" picker's choices for one filter. */
  linkChoices(request: Omit<LinkChoiceRequest, 'max'>): Promise<LinkChoicesAnswer>;
  /** Calls `listener` whenever another index became active (an update, a rollback, an import). */
  onChange(listener: () => void): () => void;
}

/** `items` in slices of at most `size`. */
function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}

export function createIndexLookup(background: BackgroundClient, events: EventSubscriber): IndexLookup {
  return {
    async cards(ids) {
      // An id longer than any entry's (a link written by another tool) names nothing: it is not asked.
      const asked = [...new Set(ids)].filter((id) => id.length <= MAX_ENTRY_ID_LENGTH);
      const answers = await Promise.all(
        batches(asked, MAX_IDS_PER_CALL).map((part) => background.call('search/cards', { ids: part })),
      );
      const byId = new Map(answers.flatMap((answer) => answer.entries).map((entry) => [entry.id, entry]));
      return ids.map((id) => byId.get(id)).filter((entry): entry is IndexEntry => entry !== undefined);
    },
    async material(names) {
      const answers = await Promise.all(
        batches(names, MAX_PLACES_PER_CALL).map((part) => background.call('search/by-place', { names: [...part] })),
      );
      return answers.flatMap((answer) => answer.places);
    },
    // Cut to what the message takes: no entry has a longer id, a note no more links, a title no longer words.
    linkChoices: ({ linked, suggested, filter }) =>
      background.call('search/link-choices', {
        linked: linked.filter((id) => id.length <= MAX_ENTRY_ID_LENGTH).slice(0, LIMITS.links),
        suggested: suggested.filter((id) => id.length <= MAX_ENTRY_ID_LENGTH).slice(0, MAX_IDS_PER_CALL),
        filter: filter.slice(0, MAX_LINK_FILTER_LENGTH),
      }),
    onChange: (listener) => events.on('index/changed', listener),
  };
}
