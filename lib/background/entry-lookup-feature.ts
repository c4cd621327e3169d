/**
 * The side panel's questions about the active index, answered in the
 * background so the panel never loads the index itself (at 10,000 entries that
 * was 7.7 million characters copied across runtime messaging per opening):
 * cards by id (suggestions, a note's linked entries), the material naming the
 * page's places, and the "Gekoppeld materiaal" picker's choices per filter.
 *
 * What these need of an index (entries by id, folded titles, folded place
 * texts) is made once per active index, at first need, and dropped on
 * 'index/changed'. No search index is built for them.
 */
import { withoutBody } from '../core/entries/without-body';
import { linkChooser, type LinkChoiceRequest, type LinkChoices } from '../core/entries/link-choices';
import type { IndexEntry, IndexFile } from '../core/index/schema';
import { materialLookup } from '../core/places/place-material';
import type { EventSubscriber } from '../shared/messages/events';
import {
  MAX_MATERIAL_PER_PLACE,
  type EntriesById,
  type LinkChoicesAnswer,
  type MaterialByPlace,
} from '../shared/messages/search-messages';
import { whileRunning, type BackgroundFeature } from './feature';

export interface EntryLookupDeps {
  activeIndex: () => Promise<IndexFile>;
  /** 'index/changed' drops what was made of the previous index. */
  events: EventSubscriber;
}

/** One active index, ready for the panel's questions; each part is made when first asked. */
interface LookupIndex {
  version: number;
  byId: ReadonlyMap<string, IndexEntry>;
  size: number;
  naming(name: string): IndexEntry[];
  choose(request: LinkChoiceRequest): LinkChoices;
}

function lookupIndex(index: IndexFile): LookupIndex {
  const { entries } = index;
  let naming: ((name: string) => IndexEntry[]) | undefined;
  let choose: ((request: LinkChoiceRequest) => LinkChoices) | undefined;
  return {
    version: index.version,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    size: entries.length,
    naming: (name) => (naming ??= materialLookup(entries))(name),
    choose: (request) => (choose ??= linkChooser(entries))(request),
  };
}

export function createEntryLookupFeature({ activeIndex, events }: EntryLookupDeps): BackgroundFeature {
  let loaded: Promise<LookupIndex> | undefined;
  const ready = (): Promise<LookupIndex> => {
    const loading = (loaded ??= activeIndex().then(lookupIndex));
    // A failed load is not kept: the next question tries again.
    loading.catch(() => {
      if (loaded === loading) loaded = undefined;
    });
    return loading;
  };

  return {
    handlers: {
      'search/cards': async ({ ids }): Promise<EntriesById> => {
        const { version, byId } = await ready();
        const entries = ids.map((id) => byId.get(id)).filter((entry): entry is IndexEntry => entry !== undefined);
        return { version, entries: entries.map(withoutBody) };
      },
      'search/by-place': async ({ names }): Promise<MaterialByPlace> => {
        const index = await ready();
        const places = names.map((name) => {
          const naming = index.naming(name);
          return { name, total: naming.length, entries: naming.slice(0, MAX_MATERIAL_PER_PLACE).map(withoutBody) };
        });
        return { version: index.version, places };
      },
      'search/link-choices': async (request): Promise<LinkChoicesAnswer> => {
        const index = await ready();
        const { shown, hidden } = index.choose(request);
        return { version: index.version, size: index.size, shown: shown.map(({ id, title }) => ({ id, title })), hidden };
      },
    },
    start(signal) {
      whileRunning(
        signal,
        events.on('index/changed', () => (loaded = undefined)),
      );
    },
  };
}
