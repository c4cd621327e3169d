/**
 * Reads the per-area locale files (`locales/<lang>/<area>.json`) and merges them
 * into the browser's one `messages.json` per language. Used by the build
 * (wxt.config.ts) and by the tests, so both see the same catalogue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, mergeCatalogs, type Catalog, type Locale } from '../../lib/core/i18n/catalog';

export const LOCALES_DIR = new URL('../../locales/', import.meta.url).pathname;

export function loadCatalog(locale: Locale, dir = LOCALES_DIR): Catalog {
  const folder = join(dir, locale);
  const parts = readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ name: `${locale}/${file}`, catalog: JSON.parse(readFileSync(join(folder, file), 'utf8')) as Catalog }));
  return mergeCatalogs(parts);
}

export function loadAllCatalogs(dir = LOCALES_DIR): Record<Locale, Catalog> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, loadCatalog(locale, dir)])) as Record<Locale, Catalog>;
}
