/** The translator a view starts with: the language chosen in options, else the browser's. */
import { translatorForChoice } from '../platform/i18n';
import { loadSettings } from '../platform/settings';
import type { Translate } from '../i18n/translator';

export async function viewTranslator(): Promise<Translate> {
  const settings = await loadSettings();
  return translatorForChoice(settings.language);
}
