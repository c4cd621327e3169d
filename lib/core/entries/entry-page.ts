/**
 * Where an index entry opens: its own address when the index knows one, else
 * the extension's detail page (`entry.html?id=<id>`). DESIGN.md forbids
 * inventing addresses, so an entry without `url` never becomes a web link.
 */
import type { IndexEntry } from '../index/schema';
import { isPdfAddress, readerPath } from '../pdf/reader-address';

/** Path of the extension's detail page for one entry (relative to the extension root). */
export function entryPagePath(id: string): string {
  return `/entry.html?id=${encodeURIComponent(id)}`;
}

/** The entry id a detail page was opened for, or null when the query string holds none that could be one. */
export function entryIdFromSearch(search: string): string | null {
  const id = new URLSearchParams(search).get('id');
  return id !== null && /^[a-z0-9][a-z0-9-]{1,79}$/.test(id) ? id : null;
}

/**
 * The entry's address, or the detail page's path resolved by `extensionUrl`. An entry that points to a PDF
 * opens in Regiolens's reader, where it is recognised and can be searched (issue 13, "getting there").
 */
export function entryTarget(entry: Pick<IndexEntry, 'id' | 'url'>, extensionUrl: (path: string) => string): string {
  if (entry.url !== undefined && isPdfAddress(entry.url)) return extensionUrl(readerPath(entry.url));
  return entry.url ?? extensionUrl(entryPagePath(entry.id));
}

/** The longest query a search page takes from its address (the omnibox's line is shorter still). */
const MAX_SEARCH_QUERY = 200;

/** Path of the search page (the popup, opened in a tab) showing the results for `query`. */
export function searchPagePath(query: string): string {
  return `/popup.html?${new URLSearchParams({ q: query.slice(0, MAX_SEARCH_QUERY) }).toString()}`;
}

/** The query a search page was opened with, or '' when none (a search page address is any page's to make). */
export function searchQueryFromSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').slice(0, MAX_SEARCH_QUERY);
}
