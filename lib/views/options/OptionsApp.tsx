/**
 * The options page: language, where Regiolens reads pages, the index, the
 * notes, keyboard shortcuts and the privacy statement. Services arrive as one
 * prop (lib/views/options/services-source.ts), so tests render the page with fakes.
 * A language change only saves the choice: the page's translator cache hears the
 * setting change and the page re-renders in place (mount's LiveI18nProvider), as
 * every other open view does, also when the choice was made in another tab.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings/schema';
import type { OptionsServices } from './services-source';
import type { ManagedOptions } from './settings-source';
import { useT } from '../common/i18n';
import { Announcer, errorDetail } from './Announcer';
import { IndexSection } from './IndexSection';
import { LanguageSection } from './LanguageSection';
import { NotesSection } from './NotesSection';
import { PolicySection } from './PolicySection';
import { PrivacySection } from './PrivacySection';
import { DataCreditsSection } from './DataCreditsSection';
import { ScopeSection } from './ScopeSection';
import { ShortcutsSection } from './ShortcutsSection';
import './options.css';

export function OptionsApp({ services }: { services: OptionsServices }) {
  const t = useT();
  const [settings, setSettings] = useState<Settings | null>(null);
  /** What an administrator set; null until read (the page then shows nothing as locked yet). */
  const [managed, setManaged] = useState<ManagedOptions | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    services.settings.load().then(
      (value) => live && setSettings(value),
      (error: unknown) => live && setLoadError(errorDetail(error)),
    );
    services.settings.managed().then(
      (value) => live && setManaged(value),
      (error: unknown) => console.warn('Regiolens: managed settings unavailable', error),
    );
    const stop = services.settings.subscribe((value) => live && setSettings(value));
    const stopManaged = services.settings.subscribeManaged((value) => live && setManaged(value));
    return () => {
      live = false;
      stop();
      stopManaged();
    };
  }, [services.settings]);

  const save = async (changes: Partial<Settings>) => setSettings(await services.settings.save(changes));

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p>
        <a href="/welcome.html">{t('welcome_again')}</a>
      </p>
      <Announcer
        message={loadError === null ? null : { tone: 'alert', text: t('options_failed', loadError) }}
        detailsLabel={t('options_details')}
      />
      {managed !== null && <PolicySection managed={managed} />}
      {settings !== null ? (
        <>
          <LanguageSection
            value={settings.language}
            onChange={async (language) => {
              await save({ language });
            }}
          />
          <ScopeSection
            scope={services.scope}
            policySites={services.policySites}
            ignoredSites={settings.ignoredSites}
            onSaveIgnoredSites={(ignoredSites) => save({ ignoredSites })}
            allowPrivateWindows={settings.allowPrivateWindows}
            onSavePrivateWindows={(allowPrivateWindows) => save({ allowPrivateWindows })}
            openPdfsInReader={settings.openPdfsInReader}
            onSaveOpenPdfs={(openPdfsInReader) => save({ openPdfsInReader })}
            managedScope={managed?.scope ?? null}
          />
          <IndexSection
            background={services.background}
            events={services.events}
            updateUrl={settings.indexUpdateUrl}
            managed={managed?.updateUrl ?? { kind: 'none' }}
            trustedKeys={managed?.trustedKeys ?? null}
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
      <NotesSection
        notes={services.notes}
        creatorName={settings?.creatorName ?? null}
        onSaveCreatorName={async (creatorName) => {
          await save({ creatorName });
        }}
      />
      <ShortcutsSection commands={services.commands} />
      <DataCreditsSection />
      <PrivacySection />
    </main>
  );
}
