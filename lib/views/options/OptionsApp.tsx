/**
 * The options page: language, where Regiolens reads pages, the index, the
 * notes, keyboard shortcuts and the privacy statement. Services arrive as one
 * prop (lib/views/options/services-source.ts), so tests render the page with fakes.
 * A language change swaps the page's translator in place, no reload needed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../core/i18n/translator';
import type { LanguageChoice, Settings } from '../../core/settings/schema';
import type { OptionsServices } from './services-source';
import { I18nProvider, useT } from '../common/i18n';
import { Announcer, errorDetail } from './Announcer';
import { IndexSection } from './IndexSection';
import { LanguageSection } from './LanguageSection';
import { NotesSection } from './NotesSection';
import { PrivacySection } from './PrivacySection';
import { ScopeSection } from './ScopeSection';
import { ShortcutsSection } from './ShortcutsSection';
import './options.css';

export function OptionsApp({ services }: { services: OptionsServices }) {
  const initial = useT();
  const [t, setT] = useState<Translate>(() => initial);
  const [choice, setChoice] = useState<LanguageChoice | null>(null);

  useEffect(() => {
    if (choice === null) return;
    let live = true;
    services.settings.translatorFor(choice).then(
      (next) => {
        if (!live) return;
        setT(() => next);
        document.documentElement.lang = next('localeCode');
      },
      (error: unknown) => console.warn('Regiolens: could not switch language', error),
    );
    return () => {
      live = false;
    };
  }, [choice, services.settings]);

  return (
    <I18nProvider t={t}>
      <OptionsPage services={services} onLanguage={setChoice} />
    </I18nProvider>
  );
}

function OptionsPage({ services, onLanguage }: { services: OptionsServices; onLanguage: (choice: LanguageChoice) => void }) {
  const t = useT();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [managedUrl, setManagedUrl] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    services.settings.load().then(
      (value) => live && setSettings(value),
      (error: unknown) => live && setLoadError(errorDetail(error)),
    );
    services.settings.managed().then(
      (value) => live && setManagedUrl(value.indexUpdateUrl),
      (error: unknown) => console.warn('Regiolens: managed settings unavailable', error),
    );
    const stop = services.settings.subscribe((value) => {
      if (!live) return;
      setSettings((previous) => {
        // Another options tab changed the language: follow it.
        if (previous && previous.language !== value.language) onLanguage(value.language);
        return value;
      });
    });
    return () => {
      live = false;
      stop();
    };
  }, [services.settings, onLanguage]);

  const save = async (changes: Partial<Settings>) => setSettings(await services.settings.save(changes));

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <Announcer
        message={loadError === null ? null : { tone: 'alert', text: t('options_failed', loadError) }}
        detailsLabel={t('options_details')}
      />
      {settings !== null ? (
        <>
          <LanguageSection
            value={settings.language}
            onChange={async (language) => {
              await save({ language });
              onLanguage(language);
            }}
          />
          <ScopeSection
            scope={services.scope}
            policySites={services.policySites}
            ignoredSites={settings.ignoredSites}
            onSaveIgnoredSites={(ignoredSites) => save({ ignoredSites })}
            allowPrivateWindows={settings.allowPrivateWindows}
            onSavePrivateWindows={(allowPrivateWindows) => save({ allowPrivateWindows })}
          />
          <IndexSection
            index={services.index}
            updateUrl={settings.indexUpdateUrl}
            managedUrl={managedUrl}
            onSaveUpdateUrl={async (indexUpdateUrl) => {
              const previous = settings.indexUpdateUrl;
              await save({ indexUpdateUrl });
              if (previous !== null && previous !== indexUpdateUrl) {
                await services.settings
                  .releaseSourceAccess(previous, indexUpdateUrl)
                  .catch((error: unknown) =>
                    console.warn('Regiolens: access to the old update server was not given back', error),
                  );
              }
            }}
            onRequestAccess={(url) => services.settings.requestSourceAccess(url)}
          />
        </>
      ) : null}
      <NotesSection notes={services.notes} />
      <ShortcutsSection commands={services.commands} />
      <PrivacySection />
    </main>
  );
}
