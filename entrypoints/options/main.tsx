import { OptionsApp } from '../../components/options/OptionsApp';
import { mount } from '../../components/shared/mount';
import { createOptionsServices } from '../../lib/services/options-services';
import { viewTranslator } from '../../lib/services/view-translator';

mount(await viewTranslator(), <OptionsApp services={createOptionsServices()} />);
