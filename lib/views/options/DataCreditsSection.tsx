/**
 * Where the reference data about places comes from, credited as its licences
 * ask (CBS: CC BY 4.0; VWS: EUPL-1.2), and which year it holds.
 */
import { useT } from '../common/i18n';

export function DataCreditsSection() {
  const t = useT();
  return (
    <section aria-labelledby="options-data-heading" class="options__section">
      <h2 id="options-data-heading">{t('places_data_heading')}</h2>
      <p>{t('places_data_edition')}</p>
      <p>{t('places_credit')}</p>
      <p>{t('places_data_curated')}</p>
    </section>
  );
}
