/**
 * "Always read this site" in one step, where the user sees that Regiolens
 * does not read a site by itself: one button that asks the browser for that
 * site (an optional permission, revocable in the options page). Nothing shows
 * on a site Regiolens reads already, for an address that is no site, or where an
 * administrator's recognition scope leaves the user's own sites out.
 */
import { useEffect, useState } from 'preact/hooks';
import { siteOfHost } from '../../core/sites';
import { useT } from './i18n';
import type { SiteAccess } from './site-access';

type Step = 'checking' | 'hidden' | 'offer' | 'granted' | 'refused';

function siteOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? siteOfHost(parsed.hostname) : undefined;
}

export function AlwaysReadSite({ url, access }: { url: string; access: SiteAccess }) {
  const t = useT();
  const site = siteOf(url);
  const [step, setStep] = useState<Step>('checking');
  useEffect(() => {
    if (site === undefined) return;
    let live = true;
    Promise.all([access.readsByItself(url), access.mayAddSites?.() ?? true]).then(
      ([reads, may]) => live && setStep(reads || !may ? 'hidden' : 'offer'),
      (error: unknown) => {
        console.warn('Regiolens: could not tell whether this site is read', error);
        if (live) setStep('hidden');
      },
    );
    return () => {
      live = false;
    };
  }, [access, url, site]);
  if (site === undefined || step === 'checking' || step === 'hidden') return null;
  const ask = () => {
    // No await before the request: the browser must still see the click.
    access.alwaysRead(site).then(
      (granted) => setStep(granted ? 'granted' : 'refused'),
      (error: unknown) => {
        console.warn('Regiolens: the permission request failed', error);
        setStep('refused');
      },
    );
  };
  return (
    <div class="always-read" data-always-read={step}>
      {step !== 'granted' && (
        <button type="button" class="button button--secondary" onClick={ask}>
          {t('verdictAlwaysRead', site)}
        </button>
      )}
      <p class="muted" role="status">
        {step === 'granted' ? t('verdictAlwaysReadGranted', site) : step === 'refused' ? t('verdictAlwaysReadRefused', site) : ''}
      </p>
    </div>
  );
}
