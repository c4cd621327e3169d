/**
 * The recogniser's suggestions for a page as a list of entry cards, each with
 * the terms page and entry share. Shared by the popup (empty query) and the
 * side panel. Suggestions whose entry is not in the active index are skipped
 * (the index may have changed since the page was recognised).
 */
import type { ComponentChildren } from 'preact';
import type { IndexEntry } from '../../core/index/schema';
import type { Suggestion } from '../../core/recognise/types';
import { EntryCard } from './EntryCard';

export type EntryLookup = ReadonlyMap<string, IndexEntry> | ((id: string) => IndexEntry | undefined);

export interface SuggestionListProps {
  suggestions: readonly Suggestion[];
  /** The active index's entries by id (a Map, or a function). */
  entries: EntryLookup;
  /** Called when the user opens an entry (the service `openEntry` in the extension). */
  onOpen: (entry: IndexEntry) => void;
  /** At most this many (default 5). */
  max?: number;
  /** Rendered when no suggestion resolves to an entry; nothing when left out. */
  empty?: ComponentChildren;
  /** Accessible name of the list, when the surrounding heading does not name it. */
  label?: string;
}

export function resolveEntry(entries: EntryLookup, id: string): IndexEntry | undefined {
  return typeof entries === 'function' ? entries(id) : entries.get(id);
}

export function SuggestionList({ suggestions, entries, onOpen, max = 5, empty, label }: SuggestionListProps) {
  const shown = suggestions
    .map((suggestion) => ({ suggestion, entry: resolveEntry(entries, suggestion.id) }))
    .filter((item): item is { suggestion: Suggestion; entry: IndexEntry } => item.entry !== undefined)
    .slice(0, max);
  if (shown.length === 0) return <>{empty ?? null}</>;
  return (
    <ul class="entry-list suggestion-list" aria-label={label}>
      {shown.map(({ suggestion, entry }) => (
        <li key={entry.id} class="entry-list__item">
          <EntryCard entry={entry} terms={suggestion.shared} termsKind="shared" onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}
