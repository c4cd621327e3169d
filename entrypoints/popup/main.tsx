import { PopupApp } from '../../lib/views/popup/PopupApp';
import { mount } from '../../lib/views/common/mount';
import { openSidePanel } from '../../lib/shared/platform/side-panel';
import { openEntry } from '../../lib/shared/platform/open-entry';
import { events } from '../../lib/shared/platform/events';
import { backgroundClient } from '../../lib/shared/platform/messaging';
import { createQueryMemory } from '../../lib/views/popup/query-memory-source';
import { extensionTabSource } from '../../lib/views/common/tab-source';
import { extensionSiteAccess } from '../../lib/views/common/site-access';
import { extensionTranslators } from '../../lib/shared/platform/translator';
import { currentWindowId } from '../../lib/shared/platform/tabs';
import { pinnedTabId } from '../../lib/views/common/pinned-tab';
import { searchQueryFromSearch } from '../../lib/core/entries/entry-page';
import { isToolbarPopup } from '../../lib/shared/platform/popup-window';
import { withEarlyQuestions } from '../../lib/shared/messages/early-client';
import { popupFirstQuestions } from '../../lib/views/popup/use-entry-search';

// Before anything is drawn: the toolbar popup's width must not follow its window (popup.css).
if (isToolbarPopup()) document.documentElement.classList.add('toolbar-popup');

const pinned = pinnedTabId(location.search);
// The search page: the popup in a tab, opened from the address bar with the text that found nothing.
const initialQuery = searchQueryFromSearch(location.search);
// Asked before anything is awaited: the background wakes and answers while the translator loads and
// the view mounts; the view's own first questions take these answers (issue 12, "At scale").
const background = withEarlyQuestions(backgroundClient, popupFirstQuestions(initialQuery));
// The window id is known before any click: the side panel must open inside the click's user gesture.
const translators = extensionTranslators();
const [t, windowId] = await Promise.all([translators.current(), currentWindowId()]);
// A pinned popup is a tab (tests, a detached window): opening an entry must not close it.
const closeAfter = () => {
  if (pinned === null && initialQuery === '') window.close();
};

mount(
  t,
  <PopupApp
    tabs={extensionTabSource(pinned)}
    background={background}
    events={events}
    memory={createQueryMemory()}
    siteAccess={extensionSiteAccess()}
    onOpen={(entry) =>
      void openEntry(entry).then(closeAfter, (error: unknown) => console.error('Regiolens: could not open the entry', error))
    }
    onOpenSidePanel={() =>
      void openSidePanel(windowId).then(closeAfter, (error: unknown) =>
        console.error('Regiolens: could not open the side panel', error),
      )
    }
    onClose={() => window.close()}
    initialQuery={initialQuery}
    onOpenedInReader={closeAfter}
  />,
  { onTranslatorChanged: translators.onChange },
);
