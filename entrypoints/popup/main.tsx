import { PopupApp } from '../../components/popup/PopupApp';
import { mount } from '../../components/shared/mount';
import { browserTranslator } from '../../lib/platform/i18n';
import { openSidePanel } from '../../lib/platform/side-panel';
import { createTabSource } from '../../lib/services/tab-source';

mount(
  browserTranslator(),
  <PopupApp tabs={createTabSource()} onOpenSidePanel={() => void openSidePanel().then(() => window.close())} />,
);
