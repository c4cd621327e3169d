/**
 * The `rl` keyword in the address bar: suggestions from the same search as the
 * popup, over the active index; choosing one opens the entry (its address, or
 * its detail page) where the user asked; Enter on text that matches nothing opens
 * the search page with that text. The search is the background's one
 * (entry-search-feature.ts), built once per active index and shared with the popup.
 */
import { entryMetaLine } from '../core/entries/meta-line';
import {
  omniboxFormat,
  onOmniboxEntered,
  onOmniboxInput,
  openWithDisposition,
  setOmniboxDefault,
  type OmniboxDisposition,
  type OmniboxSuggestion,
} from '../shared/platform/omnibox';
import { entryTarget, searchPagePath } from '../core/entries/entry-page';
import { searchEntries, NO_FILTERS } from '../core/entries/entry-results';
import { entryIdFromOmnibox, escapeOmniboxXml, omniboxContent, omniboxDescription, oneLine } from '../core/entries/omnibox-text';
import { createLatestQuery } from '../core/search/latest-query';
import { extensionUrl } from '../shared/platform/runtime';
import type { Translators } from '../shared/platform/translator';
import type { EntrySearch } from './entry-search-feature';
import { whileRunning, type BackgroundFeature } from './feature';

/** Chrome shows at most about six rows; more is wasted work. */
const OMNIBOX_LIMIT = 6;

export interface OmniboxDeps {
  /** The background's search over the active index (it follows index changes itself). */
  search: EntrySearch;
  translators: Translators;
}

export function createOmniboxFeature({ search: shared, translators }: OmniboxDeps): BackgroundFeature {
  const index = () => shared.ready();
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
        // With nothing found the default row says what Enter does then, rather than promising a search.
        const line = translate(results.length === 0 ? 'popupOmniboxNoMatch' : 'popupOmniboxDefault', plain);
        void setOmniboxDefault(format === 'xml' ? escapeOmniboxXml(line) : line).catch(fail('default suggestion'));
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
    // Nothing matches: Enter must not be a dead key. The search page (the popup in a tab) shows the query,
    // says that nothing was found and how to search otherwise, and takes a new query at once.
    const target = chosen ? entryTarget(chosen, extensionUrl) : extensionUrl(searchPagePath(text));
    await openWithDisposition(target, disposition);
  };

  return {
    start(signal) {
      whileRunning(
        signal,
        () => latest.cancel(),
        onOmniboxInput(suggestFor),
        onOmniboxEntered((text, disposition) => void open(text, disposition).catch(fail('open'))),
      );
    },
  };
}
