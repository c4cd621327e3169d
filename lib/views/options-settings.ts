/**
 * What the options page needs from settings: the user's own (read, change,
 * follow changes made elsewhere) and what an administrator preset. Implemented
 * in lib/services/options-settings.ts; component tests pass fakes.
 */
import type { Translate } from '../i18n/translator';
import type { LanguageChoice, Settings } from '../settings/schema';

export interface ManagedOptions {
  /** The update address an administrator preset; it wins over the user's. */
  indexUpdateUrl: string | null;
}

export interface OptionsSettings {
  load(): Promise<Settings>;
  save(changes: Partial<Settings>): Promise<Settings>;
  subscribe(listener: (settings: Settings) => void): () => void;
  managed(): Promise<ManagedOptions>;
  /**
   * Asks for access to an update server that is not on the policy-site list (call it from the click,
   * before any await). True when access is there or not needed (policy site, this machine).
   */
  requestSourceAccess(url: string): Promise<boolean>;
  /** Gives back the access asked for an update server that is no longer used (nothing for policy sites or this machine). */
  releaseSourceAccess(previous: string, next: string | null): Promise<void>;
  /** The translator for a language choice, so the page can switch language without a reload. */
  translatorFor(choice: LanguageChoice): Promise<Translate>;
}
