import { mount } from '../../components/shared/mount';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { browserTranslator } from '../../lib/platform/i18n';
import { createTabSource } from '../../lib/services/tab-source';

mount(browserTranslator(), <SidePanelApp tabs={createTabSource()} />);
