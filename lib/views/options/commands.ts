/**
 * The extension's keyboard commands (declared in wxt.config.ts) and the locale
 * key that names each, so the overview follows the language chosen in options
 * rather than the browser's.
 */
import type { MessageKey } from '../../core/i18n/keys';

const LABELS: Record<string, MessageKey> = {
  _execute_action: 'commandOpenPopup',
  'open-side-panel': 'commandOpenSidePanel',
  'annotate-selection': 'commandAnnotateSelection',
};

export function commandLabelKey(name: string): MessageKey | null {
  return LABELS[name] ?? null;
}
