/**
 * Locale catalogues in the browser's `messages.json` format. The strings live in
 * small per-area files under `locales/<lang>/`; the build merges them into
 * `_locales/<lang>/messages.json` (see wxt.config.ts) and tests merge them the
 * same way, so one function decides what the extension ships.
 */
export interface CatalogMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogMessage>;

/** The languages Regiolens ships. Dutch is the default (`default_locale`). */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export class CatalogError extends Error {}

/** Merges area files into one catalogue; a key defined twice is an error, not a silent override. */
export function mergeCatalogs(parts: Array<{ name: string; catalog: Catalog }>): Catalog {
  const merged: Catalog = {};
  const origin = new Map<string, string>();
  for (const { name, catalog } of parts) {
    for (const [key, value] of Object.entries(catalog)) {
      const previous = origin.get(key);
      if (previous !== undefined) throw new CatalogError(`message "${key}" is defined in both ${previous} and ${name}`);
      if (!/^[A-Za-z0-9_]+$/.test(key))
        throw new CatalogError(`message key "${key}" in ${name} may only hold A-Z, a-z, 0-9 and _`);
      origin.set(key, name);
      merged[key] = value;
    }
  }
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
