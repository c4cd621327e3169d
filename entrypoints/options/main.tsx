import { OptionsApp } from '../../components/options/OptionsApp';
import { mount } from '../../components/shared/mount';
import { viewTranslator } from '../../lib/services/view-translator';

mount(await viewTranslator(), <OptionsApp />);
