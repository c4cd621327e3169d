import { EntryApp } from '../../lib/views/entry/EntryApp';
import { mount } from '../../lib/views/common/mount';
import { entryIdFromSearch } from '../../lib/core/entries/entry-page';
import { createEntrySource } from '../../lib/views/common/entry-source';
import { extensionTranslators } from '../../lib/shared/platform/translator';

const translators = extensionTranslators();
mount(await translators.current(), <EntryApp entryId={entryIdFromSearch(location.search)} entries={createEntrySource()} />, {
  onTranslatorChanged: translators.onChange,
});
