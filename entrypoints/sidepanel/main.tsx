import { mount } from '../../components/shared/mount';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { createEntrySource } from '../../lib/services/entry-source';
import { createNotesSource, createPageBridge } from '../../lib/services/notes-source';
import { openEntry } from '../../lib/services/open-entry';
import { createTabSource } from '../../lib/services/tab-source';
import { onViewTranslatorChanged, viewTranslator } from '../../lib/services/view-translator';
import { pinnedTabId } from '../../lib/tabs/pinned-tab';

mount(
  await viewTranslator(),
  <SidePanelApp
    tabs={createTabSource(pinnedTabId(location.search))}
    notes={createNotesSource()}
    page={createPageBridge()}
    entries={createEntrySource()}
    onOpenEntry={(entry) =>
      void openEntry(entry).catch((error: unknown) => console.warn('Regiolens: the entry did not open', error))
    }
  />,
  { onTranslatorChanged: onViewTranslatorChanged },
);
