/**
 * The `rl` keyword in the address bar: suggestions from the same search as the
 * popup, over the active index; choosing one opens the entry (its address, or
 * its detail page) where the user asked. The search index is built on first
 * use and rebuilt after the active index changes.
 */
import { entryMetaLine } from '../core/entries/meta-line';
import type { IndexEntry, IndexFile } from '../core/index/schema';
import type { EventSubscriber } from '../shared/messages/events';
import {
  omniboxFormat,
  onOmniboxEntered,
  onOmniboxInput,
  openWithDisposition,
  setOmniboxDefault,
  type OmniboxDisposition,
  type OmniboxSuggestion,
} from '../shared/platform/omnibox';
import { entryTarget } from '../core/entries/entry-page';
import { searchEntries, NO_FILTERS } from '../core/entries/entry-results';
import { entryIdFromOmnibox, escapeOmniboxXml, omniboxContent, omniboxDescription, oneLine } from '../core/entries/omnibox-text';
import { createSearchIndex } from '../core/search/create-search-index';
import { INDEX_ENTRY_SEARCH } from '../core/search/index-entry-search';
import { createLatestQuery } from '../core/search/latest-query';
import type { SearchIndex } from '../core/search/types';
import { extensionUrl } from '../shared/platform/runtime';
import type { Translators } from '../shared/platform/translator';
import { whileRunning, type BackgroundFeature } from './feature';

/** Chrome shows at most about six rows; more is wasted work. */
const OMNIBOX_LIMIT = 6;

interface Searchable {
  entries: readonly IndexEntry[];
  search: SearchIndex<IndexEntry>;
}

export interface OmniboxDeps {
  activeIndex: () => Promise<IndexFile>;
  translators: Translators;
  /** 'index/changed' drops the search index, so the next keystroke searches the new one. */
  events: EventSubscriber;
}

export function createOmniboxFeature({ activeIndex, translators, events }: OmniboxDeps): BackgroundFeature {
  let searchable: Promise<Searchable> | undefined;
  const index = () =>
    (searchable ??= activeIndex().then(({ entries }) => ({ entries, search: createSearchIndex(entries, INDEX_ENTRY_SEARCH) })));
  const latest = createLatestQuery();
  const fail = (what: string) => (error: unknown) => console.error(`Regiolens: omnibox ${what} failed`, error);

  const suggestFor = (text: string, suggest: (suggestions: OmniboxSuggestion[]) => void) => {
    const ticket = latest.begin();
    const format = omniboxFormat();
    void Promise.all([index(), translators.current()])
      .then(([{ entries, search }, translate]) => {
        if (!ticket.current) return;
        const results = searchEntries(search, entries, text, NO_FILTERS, OMNIBOX_LIMIT);
        const plain = oneLine(text, 100);
        void setOmniboxDefault(
          format === 'xml' ? escapeOmniboxXml(translate('popupOmniboxDefault', plain)) : translate('popupOmniboxDefault', plain),
        ).catch(fail('default suggestion'));
        suggest(
          results.map(({ entry, titleRanges }) => ({
            content: omniboxContent(entry),
            description: omniboxDescription(entry.title, titleRanges, entryMetaLine(entry, translate), format),
          })),
        );
      })
      .catch(fail('search'));
  };

  const open = async (text: string, disposition: OmniboxDisposition) => {
    const { entries, search } = await index();
    const id = entryIdFromOmnibox(text);
    const chosen =
      (id !== null ? entries.find((entry) => entry.id === id) : undefined) ??
      searchEntries(search, entries, text, NO_FILTERS, 1)[0]?.entry;
    if (!chosen) return;
    await openWithDisposition(entryTarget(chosen, extensionUrl), disposition);
  };

  return {
    start(signal) {
      whileRunning(
        signal,
        () => latest.cancel(),
        events.on('index/changed', () => (searchable = undefined)),
        onOmniboxInput(suggestFor),
        onOmniboxEntered((text, disposition) => void open(text, disposition).catch(fail('open'))),
      );
    },
  };
}
