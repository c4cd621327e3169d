/**
 * Opening an index entry from any view (popup, side panel, omnibox): its
 * address in a new tab, or the extension's detail page when it has none.
 */
import type { IndexEntry } from '../../core/index/schema';
import { extensionUrl } from './runtime';
import { openInNewTab } from './tabs';
import { entryTarget } from '../../core/entries/entry-page';

/** Opens the entry in a new tab: its url, or entry.html?id=<id> when the index knows no address. */
export async function openEntry(entry: IndexEntry): Promise<void> {
  await openInNewTab(entryTarget(entry, extensionUrl));
}
