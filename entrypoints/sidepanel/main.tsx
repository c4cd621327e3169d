import { mount } from '../../components/shared/mount';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { viewTranslator } from '../../lib/services/view-translator';
import { createTabSource } from '../../lib/services/tab-source';
import { createEntriesSource, createNotesSource, createPageBridge } from '../../lib/services/notes-source';
import { pinnedTabId } from '../../lib/views/pinned-tab';

mount(
  await viewTranslator(),
  <SidePanelApp
    tabs={createTabSource(pinnedTabId(location.search))}
    notes={createNotesSource()}
    page={createPageBridge()}
    entries={createEntriesSource()}
  />,
);
