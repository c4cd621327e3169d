/**
 * The welcome page, opened once when Regiolens is installed (issue 12, item 8) and reachable later
 * from the popup and the options page. A new user learns in one screen what Regiolens does and where
 * it reads, how to keep its button in view (Chromium hides a new extension in the puzzle menu), the
 * shortcuts as this browser actually assigned them (a browser may refuse one), privacy, and a demo
 * page that ships with the extension, so the badge and the side panel can be tried at once.
 */
import { useT } from '../common/i18n';
import type { MessageKey } from '../../core/i18n/keys';
import type { OptionsCommands } from '../options/commands-source';
import { ShortcutsSection } from '../options/ShortcutsSection';
import '../options/options.css';
import './welcome.css';

export interface WelcomeAppProps {
  /** The commands as the browser has them, and how to change them (the options page's source). */
  commands: OptionsCommands;
  /** Opens the bundled demo page in a new tab. */
  onOpenDemo: () => void;
  /** Address of the options page, for a plain link. */
  optionsHref: string;
}

const PIN_STEPS: Record<OptionsCommands['family'], MessageKey[]> = {
  chromium: ['welcome_pin_chromium_1', 'welcome_pin_chromium_2'],
  firefox: ['welcome_pin_firefox_1', 'welcome_pin_firefox_2'],
};

export function WelcomeApp({ commands, onOpenDemo, optionsHref }: WelcomeAppProps) {
  const t = useT();
  return (
    <main class="options welcome">
      <h1>{t('welcome_title')}</h1>
      <p class="welcome__intro">{t('welcome_intro')}</p>

      <section aria-labelledby="welcome-try-heading" class="options__section">
        <h2 id="welcome-try-heading">{t('welcome_try_heading')}</h2>
        <p>{t('welcome_try_text')}</p>
        <button type="button" class="button" onClick={onOpenDemo}>
          {t('welcome_try_open')}
        </button>
      </section>

      <section aria-labelledby="welcome-where-heading" class="options__section">
        <h2 id="welcome-where-heading">{t('welcome_where_heading')}</h2>
        <p>{t('welcome_where_list')}</p>
        <p>{t('welcome_where_read_page')}</p>
        <p>{t('welcome_where_always')}</p>
        <p>{t('welcome_where_badge')}</p>
      </section>

      <section aria-labelledby="welcome-pin-heading" class="options__section">
        <h2 id="welcome-pin-heading">{t('welcome_pin_heading')}</h2>
        <ol>
          {PIN_STEPS[commands.family].map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
      </section>

      <ShortcutsSection commands={commands} />

      <section aria-labelledby="welcome-privacy-heading" class="options__section">
        <h2 id="welcome-privacy-heading">{t('welcome_privacy_heading')}</h2>
        <ul>
          <li>{t('welcome_privacy_1')}</li>
          <li>{t('welcome_privacy_2')}</li>
          <li>{t('welcome_privacy_3')}</li>
        </ul>
      </section>

      <p class="options__section">
        <a href={optionsHref}>{t('welcome_options_link')}</a>
      </p>
    </main>
  );
}
