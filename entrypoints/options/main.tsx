import { OptionsApp } from '../../lib/views/options/OptionsApp';
import { mount } from '../../lib/views/common/mount';
import { createOptionsServices } from '../../lib/views/options/services-source';
import { extensionTranslators } from '../../lib/shared/platform/translator';

// Choosing a language here (or in another options tab) re-renders the page in place, through the translator cache.
const translators = extensionTranslators();
mount(await translators.current(), <OptionsApp services={createOptionsServices()} />, {
  onTranslatorChanged: translators.onChange,
});
