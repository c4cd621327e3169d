import { PopupApp } from '../../components/popup/PopupApp';
import { mount } from '../../components/shared/mount';
import { openSidePanel } from '../../lib/platform/side-panel';
import { openEntry } from '../../lib/services/open-entry';
import { createEntrySource } from '../../lib/services/entry-source';
import { createQueryMemory } from '../../lib/services/popup-query-memory';
import { createTabSource } from '../../lib/services/tab-source';
import { viewTranslator } from '../../lib/services/view-translator';
import { currentWindowId } from '../../lib/platform/tabs';
import { pinnedTabId } from '../../lib/tabs/pinned-tab';

const pinned = pinnedTabId(location.search);
// The window id is known before any click: the side panel must open inside the click's user gesture.
const [t, windowId] = await Promise.all([viewTranslator(), currentWindowId()]);
// A pinned popup is a tab (tests, a detached window): opening an entry must not close it.
const closeAfter = () => {
  if (pinned === null) window.close();
};

mount(
  t,
  <PopupApp
    tabs={createTabSource(pinned)}
    entries={createEntrySource()}
    memory={createQueryMemory()}
    onOpen={(entry) =>
      void openEntry(entry).then(closeAfter, (error: unknown) => console.error('Regiolens: could not open the entry', error))
    }
    onOpenSidePanel={() =>
      void openSidePanel(windowId).then(closeAfter, (error: unknown) =>
        console.error('Regiolens: could not open the side panel', error),
      )
    }
    onClose={() => window.close()}
  />,
);
