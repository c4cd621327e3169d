/**
 * The sites the user chose to always read ("Altijd lezen op …" in the popup or
 * side panel): each an optional permission for one site, listed here so the
 * user can see and withdraw them. The list follows the browser, so a grant
 * withdrawn in its own settings disappears here too.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { OptionsScope } from './scope-source';
import { useT } from '../common/i18n';
import { Announcer, errorDetail, type Announcement } from './Announcer';

export function SitesReadAlways({ scope }: { scope: OptionsScope }) {
  const t = useT();
  const id = useId();
  const [sites, setSites] = useState<string[] | null>(null);
  const [message, setMessage] = useState<Announcement | null>(null);

  useEffect(() => {
    let live = true;
    scope.sitesReadAlways().then(
      (value) => live && setSites(value),
      (error: unknown) => live && setMessage({ tone: 'alert', text: t('options_failed', errorDetail(error)) }),
    );
    const stop = scope.subscribeSites((value) => live && setSites(value));
    return () => {
      live = false;
      stop();
    };
  }, [scope, t]);

  const stop = (site: string) => {
    scope.stopReading(site).then(
      (gone) => {
        if (gone) setSites((current) => (current ?? []).filter((other) => other !== site));
        setMessage(
          gone
            ? { tone: 'status', text: t('options_sites_read_removed', site) }
            : { tone: 'alert', text: t('options_failed', '') },
        );
      },
      (error: unknown) => setMessage({ tone: 'alert', text: t('options_failed', errorDetail(error)) }),
    );
  };

  return (
    <div class="options__group" aria-labelledby={`${id}-heading`} role="group">
      <h3 id={`${id}-heading`}>{t('options_sites_read_heading')}</h3>
      <p>{t('options_sites_read_explain')}</p>
      {sites !== null && sites.length === 0 && <p class="muted">{t('options_sites_read_none')}</p>}
      {sites !== null && sites.length > 0 && (
        <ul class="options__site-list" aria-labelledby={`${id}-heading`}>
          {sites.map((site) => (
            <li key={site}>
              <span class="options__site-name">{site}</span>{' '}
              <button
                type="button"
                class="button button--secondary"
                aria-label={t('options_sites_read_remove_named', site)}
                onClick={() => stop(site)}
              >
                {t('options_sites_read_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Announcer message={message} detailsLabel={t('options_details')} />
    </div>
  );
}
