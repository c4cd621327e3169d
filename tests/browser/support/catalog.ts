/**
 * The shipped catalogues for component tests, merged exactly as the build
 * merges them (lib/core/i18n/catalog.ts), from the per-area files in locales/.
 */
import { mergeCatalogs, type Catalog, type Locale } from '../../../lib/core/i18n/catalog';
import { createTranslator, type Translate } from '../../../lib/core/i18n/translator';

const files = import.meta.glob<Catalog>('../../../locales/*/*.json', { eager: true, import: 'default' });

function catalogFor(locale: Locale): Catalog {
  const parts = Object.entries(files)
    .filter(([path]) => path.includes(`/locales/${locale}/`))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, catalog]) => ({ name: path, catalog }));
  return mergeCatalogs(parts);
}

export const dutchCatalog = catalogFor('nl');
export const englishCatalog = catalogFor('en');

export function translator(locale: Locale = 'nl'): Translate {
  return createTranslator(locale === 'nl' ? dutchCatalog : englishCatalog);
}
