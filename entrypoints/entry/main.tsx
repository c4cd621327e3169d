import { EntryApp } from '../../components/entry/EntryApp';
import { mount } from '../../components/shared/mount';
import { entryIdFromSearch } from '../../lib/popup/entry-page';
import { createEntrySource } from '../../lib/services/entry-source';
import { viewTranslator } from '../../lib/services/view-translator';

mount(await viewTranslator(), <EntryApp entryId={entryIdFromSearch(location.search)} entries={createEntrySource()} />);
