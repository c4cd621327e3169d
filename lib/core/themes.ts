/**
 * The seven themes of Regiolens. Each is one werksessie of the VNG working
 * conference "Proef verschil!" (8 December 2016, Utrecht). These IDs are a
 * contract (see DESIGN.md): index entries, recognition results and suggestions
 * all speak in them, so they never change.
 */
export const THEME_IDS = [
  'ws-samenwerking',
  'ws-ecosystemen',
  'ws-schakelen',
  'ws-democratie',
  'ws-raad-staten',
  'ws-sharing',
  'ws-den-haag',
] as const;

export type ThemeId = (typeof THEME_IDS)[number];

export function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && (THEME_IDS as readonly string[]).includes(value);
}

/** The locale message key holding each theme's short human label. */
export const THEME_LABEL_KEYS = {
  'ws-samenwerking': 'theme_samenwerking',
  'ws-ecosystemen': 'theme_ecosystemen',
  'ws-schakelen': 'theme_schakelen',
  'ws-democratie': 'theme_democratie',
  'ws-raad-staten': 'theme_raad_staten',
  'ws-sharing': 'theme_sharing',
  'ws-den-haag': 'theme_den_haag',
} as const satisfies Record<ThemeId, string>;

export function themeLabelKey(id: ThemeId): (typeof THEME_LABEL_KEYS)[ThemeId] {
  return THEME_LABEL_KEYS[id];
}
