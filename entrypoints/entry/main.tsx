import { EntryApp } from '../../lib/views/entry/EntryApp';
import { mount } from '../../lib/views/common/mount';
import { entryIdFromSearch } from '../../lib/core/entries/entry-page';
import { createEntrySource } from '../../lib/views/common/entry-source';
import { viewTranslator } from '../../lib/shared/platform/translator';

mount(await viewTranslator(), <EntryApp entryId={entryIdFromSearch(location.search)} entries={createEntrySource()} />);
