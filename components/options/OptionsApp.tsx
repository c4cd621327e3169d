/** The options page: what Regiolens does with your data, and its settings. */
import { useT } from '../shared/i18n';

export function OptionsApp() {
  const t = useT();
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="options-privacy-heading">
        <h2 id="options-privacy-heading">{t('optionsPrivacyHeading')}</h2>
        <p>{t('optionsPrivacyText')}</p>
      </section>
    </main>
  );
}
