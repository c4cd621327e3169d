import { OptionsApp } from '../../lib/views/options/OptionsApp';
import { mount } from '../../lib/views/common/mount';
import { createOptionsServices } from '../../lib/views/options/services-source';
import { viewTranslator } from '../../lib/shared/platform/translator';

mount(await viewTranslator(), <OptionsApp services={createOptionsServices()} />);
