import { WelcomeApp } from '../../lib/views/welcome/WelcomeApp';
import { mount } from '../../lib/views/common/mount';
import { createOptionsCommands } from '../../lib/views/options/commands-source';
import { extensionUrl } from '../../lib/shared/platform/runtime';
import { openInNewTab } from '../../lib/shared/platform/tabs';
import { extensionTranslators } from '../../lib/shared/platform/translator';

const translators = extensionTranslators();
mount(
  await translators.current(),
  <WelcomeApp
    commands={createOptionsCommands()}
    optionsHref={extensionUrl('/options.html')}
    onOpenDemo={() =>
      void openInNewTab(extensionUrl('/demo.html')).catch((error: unknown) =>
        console.error('Regiolens: could not open the demo page', error),
      )
    }
  />,
  { onTranslatorChanged: translators.onChange },
);
