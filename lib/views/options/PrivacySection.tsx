/** What Regiolens does with your data, in one paragraph. */
import { useT } from '../common/i18n';

export function PrivacySection() {
  const t = useT();
  return (
    <section aria-labelledby="options-privacy-heading" class="options__section">
      <h2 id="options-privacy-heading">{t('optionsPrivacyHeading')}</h2>
      <p>{t('optionsPrivacyText')}</p>
    </section>
  );
}
