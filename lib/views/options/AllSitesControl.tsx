/**
 * The opt-in "recognise on every site": asks the browser for the optional
 * `<all_urls>` permission from the click itself (browsers refuse the prompt
 * otherwise) and gives it back on request. The background registers the
 * content script when the permission arrives (lib/background/scope-feature.ts).
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { OptionsScope } from './scope-source';
import { useT } from '../common/i18n';
import { Announcer, errorDetail, type Announcement } from './Announcer';

export function AllSitesControl({ scope }: { scope: OptionsScope }) {
  const t = useT();
  const id = useId();
  const [granted, setGranted] = useState<boolean | null>(null);
  const [message, setMessage] = useState<Announcement | null>(null);

  useEffect(() => {
    let live = true;
    scope.hasAllSites().then(
      (value) => live && setGranted(value),
      (error: unknown) => live && setMessage({ tone: 'alert', text: t('options_failed', errorDetail(error)) }),
    );
    const stop = scope.subscribe((value) => live && setGranted(value));
    return () => {
      live = false;
      stop();
    };
  }, [scope, t]);

  const request = () => {
    // The request is the first thing the click does; an await before it would lose the user gesture.
    scope.requestAllSites().then(
      (ok) => {
        setGranted(ok);
        setMessage(
          ok ? { tone: 'status', text: t('options_scope_all_granted') } : { tone: 'alert', text: t('options_scope_all_denied') },
        );
      },
      (error: unknown) => setMessage({ tone: 'alert', text: t('options_failed', errorDetail(error)) }),
    );
  };
  const revoke = () => {
    scope.revokeAllSites().then(
      (gone) => {
        setGranted(!gone);
        setMessage(
          gone ? { tone: 'status', text: t('options_scope_all_revoked') } : { tone: 'alert', text: t('options_failed', '') },
        );
      },
      (error: unknown) => setMessage({ tone: 'alert', text: t('options_failed', errorDetail(error)) }),
    );
  };

  return (
    <div class="options__group" aria-labelledby={`${id}-heading`} role="group">
      <h3 id={`${id}-heading`}>{t('options_scope_all_heading')}</h3>
      <p>{t('options_scope_all_explain')}</p>
      {granted === null ? null : (
        <p data-all-sites={granted ? 'on' : 'off'}>
          <strong>{granted ? t('options_scope_all_on') : t('options_scope_all_off')}</strong>
        </p>
      )}
      {granted === true ? (
        <button type="button" class="button button--secondary" onClick={revoke}>
          {t('options_scope_all_revoke')}
        </button>
      ) : (
        <button type="button" class="button" onClick={request} disabled={granted === null}>
          {t('options_scope_all_grant')}
        </button>
      )}
      <Announcer message={message} detailsLabel={t('options_details')} />
    </div>
  );
}
