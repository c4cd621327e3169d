/**
 * The extension's keyboard commands (declared in wxt.config.ts) and the locale
 * key that names each, so the overview follows the language chosen in options
 * rather than the browser's.
 */
import type { MessageKey } from '../i18n/keys';

export interface CommandInfo {
  name: string;
  /** The description as the browser reports it (already localised by the browser). */
  description: string;
  /** The current shortcut, e.g. "Alt+Shift+R"; empty when the user removed it or it clashed. */
  shortcut: string;
}

const LABELS: Record<string, MessageKey> = {
  _execute_action: 'commandOpenPopup',
  'open-side-panel': 'commandOpenSidePanel',
  'annotate-selection': 'commandAnnotateSelection',
};

export function commandLabelKey(name: string): MessageKey | null {
  return LABELS[name] ?? null;
}
