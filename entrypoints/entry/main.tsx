import { EntryApp } from '../../lib/views/entry/EntryApp';
import { mount } from '../../lib/views/common/mount';
import { entryIdFromSearch } from '../../lib/core/entries/entry-page';
import { events } from '../../lib/shared/platform/events';
import { backgroundClient } from '../../lib/shared/platform/messaging';
import { extensionTranslators } from '../../lib/shared/platform/translator';

const translators = extensionTranslators();
mount(
  await translators.current(),
  <EntryApp entryId={entryIdFromSearch(location.search)} background={backgroundClient} events={events} />,
  { onTranslatorChanged: translators.onChange },
);
