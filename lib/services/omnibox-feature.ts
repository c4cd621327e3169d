/**
 * The `rl` keyword in the address bar: suggestions from the same search as the
 * popup, over the active index; choosing one opens the entry (its address, or
 * its detail page) where the user asked. The search index is built on first
 * use and rebuilt after the active index changes.
 */
import { entryMetaLine } from '../entries/meta-line';
import type { IndexEntry, IndexFile } from '../index/schema';
import type { Translate } from '../i18n/translator';
import { onBroadcast } from '../platform/broadcast';
import {
  omniboxFormat,
  onOmniboxEntered,
  onOmniboxInput,
  openWithDisposition,
  setOmniboxDefault,
  type OmniboxDisposition,
} from '../platform/omnibox';
import { onSettingsChanged } from '../platform/settings';
import { entryTarget } from '../popup/entry-page';
import { searchEntries, NO_FILTERS } from '../popup/entry-results';
import { entryIdFromOmnibox, escapeOmniboxXml, omniboxContent, omniboxDescription, oneLine } from '../popup/omnibox-text';
import { createSearchIndex } from '../search/create-search-index';
import { INDEX_ENTRY_SEARCH } from '../search/index-entry-search';
import { createLatestQuery } from '../search/latest-query';
import type { SearchIndex } from '../search/types';
import { extensionUrl } from './open-entry';
import { viewTranslator } from './view-translator';

/** Chrome shows at most about six rows; more is wasted work. */
const OMNIBOX_LIMIT = 6;

interface Searchable {
  entries: readonly IndexEntry[];
  search: SearchIndex<IndexEntry>;
}

export function startOmnibox(activeIndex: () => Promise<IndexFile>): () => void {
  let searchable: Promise<Searchable> | undefined;
  let translator: Promise<Translate> | undefined;
  const index = () =>
    (searchable ??= activeIndex().then(({ entries }) => ({ entries, search: createSearchIndex(entries, INDEX_ENTRY_SEARCH) })));
  const t = () => (translator ??= viewTranslator());
  const latest = createLatestQuery();
  const format = omniboxFormat();
  const fail = (what: string) => (error: unknown) => console.error(`Regiolens: omnibox ${what} failed`, error);

  const stopIndex = onBroadcast('regiolens-index', () => (searchable = undefined));
  const stopSettings = onSettingsChanged(() => (translator = undefined));

  const stopInput = onOmniboxInput((text, suggest) => {
    const ticket = latest.begin();
    void Promise.all([index(), t()])
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
  });

  const open = async (text: string, disposition: OmniboxDisposition) => {
    const { entries, search } = await index();
    const id = entryIdFromOmnibox(text);
    const chosen =
      (id !== null ? entries.find((entry) => entry.id === id) : undefined) ??
      searchEntries(search, entries, text, NO_FILTERS, 1)[0]?.entry;
    if (!chosen) return;
    await openWithDisposition(entryTarget(chosen, extensionUrl), disposition);
  };
  const stopEntered = onOmniboxEntered((text, disposition) => void open(text, disposition).catch(fail('open')));

  return () => {
    latest.cancel();
    stopIndex();
    stopSettings();
    stopInput();
    stopEntered();
  };
}
