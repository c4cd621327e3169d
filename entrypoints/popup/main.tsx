import { PopupApp } from '../../components/popup/PopupApp';
import { mount } from '../../components/shared/mount';
import { viewTranslator } from '../../lib/services/view-translator';
import { openSidePanel } from '../../lib/platform/side-panel';
import { createTabSource } from '../../lib/services/tab-source';
import { pinnedTabId } from '../../lib/views/pinned-tab';

mount(
  await viewTranslator(),
  <PopupApp
    tabs={createTabSource(pinnedTabId(location.search))}
    onOpenSidePanel={() => void openSidePanel().then(() => window.close())}
  />,
);
