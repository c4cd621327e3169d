import { mount } from '../../lib/views/common/mount';
import { SidePanelApp } from '../../lib/views/sidepanel/SidePanelApp';
import { events } from '../../lib/shared/platform/events';
import { backgroundClient } from '../../lib/shared/platform/messaging';
import { createNotesSource, createPageBridge } from '../../lib/views/notes/notes-source';
import { openEntry } from '../../lib/shared/platform/open-entry';
import { extensionTabSource } from '../../lib/views/common/tab-source';
import { extensionSiteAccess } from '../../lib/views/common/site-access';
import { extensionTranslators } from '../../lib/shared/platform/translator';
import { pinnedTabId } from '../../lib/views/common/pinned-tab';

const translators = extensionTranslators();
mount(
  await translators.current(),
  <SidePanelApp
    tabs={extensionTabSource(pinnedTabId(location.search))}
    notes={createNotesSource()}
    page={createPageBridge()}
    background={backgroundClient}
    events={events}
    siteAccess={extensionSiteAccess()}
    onOpenEntry={(entry) =>
      void openEntry(entry).catch((error: unknown) => console.warn('Regiolens: the entry did not open', error))
    }
  />,
  { onTranslatorChanged: translators.onChange },
);
