import { OptionsApp } from '../../components/options/OptionsApp';
import { mount } from '../../components/shared/mount';
import { browserTranslator } from '../../lib/platform/i18n';

mount(browserTranslator(), <OptionsApp />);
