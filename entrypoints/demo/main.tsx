import { DemoApp } from '../../lib/views/welcome/DemoBanner';
import { mount } from '../../lib/views/common/mount';
import { extractPage } from '../../lib/page/extract-page';
import { backgroundClient } from '../../lib/shared/platform/messaging';
import { extensionTranslators } from '../../lib/shared/platform/translator';
import '../../lib/views/welcome/welcome.css';

// Read before anything is rendered, with the content script's own extraction: the demo shows what a page would.
const page = extractPage();
const translators = extensionTranslators();
mount(await translators.current(), <DemoApp report={() => backgroundClient.call('demo/snapshot', page)} />, {
  onTranslatorChanged: translators.onChange,
});
// mount names the tab "Regiolens"; the demo keeps its article's title, as a real page would.
document.title = page.title;
