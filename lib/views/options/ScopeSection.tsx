/**
 * Where Regiolens reads pages: the policy-site list, the toolbar button, every site, skipped sites,
 * private windows. Under an administrator's recognition scope the section says so and is locked:
 * where the scope leaves the user's own sites out, the controls to add them are not offered.
 */
import { useId, useState } from 'preact/hooks';
import { userMayAddSites, type RecognitionScope } from '../../core/settings/recognition-scope';
import { Announcer, errorDetail, type Announcement } from './Announcer';
import type { OptionsScope } from './scope-source';
import { useT } from '../common/i18n';
import { AllSitesControl } from './AllSitesControl';
import { IgnoredSites } from './IgnoredSites';
import { SCOPE_LABELS } from './PolicySection';
import { SitesReadAlways } from './SitesReadAlways';

export interface ScopeSectionProps {
  scope: OptionsScope;
  policySites: readonly string[];
  ignoredSites: readonly string[];
  onSaveIgnoredSites: (sites: string[]) => Promise<void>;
  allowPrivateWindows: boolean;
  onSavePrivateWindows: (allow: boolean) => Promise<void>;
  /** The administrator's recognition scope, or null when the policy sets none. */
  managedScope?: RecognitionScope | null;
}

export function ScopeSection({
  scope,
  policySites,
  ignoredSites,
  onSaveIgnoredSites,
  allowPrivateWindows,
  onSavePrivateWindows,
  managedScope = null,
}: ScopeSectionProps) {
  const t = useT();
  const id = useId();
  const [privateMessage, setPrivateMessage] = useState<Announcement | null>(null);
  /** Saves the choice; when that fails the box goes back to what is stored, and the user hears why. */
  const savePrivateWindows = async (box: HTMLInputElement) => {
    const wanted = box.checked;
    try {
      await onSavePrivateWindows(wanted);
      setPrivateMessage(null);
    } catch (error) {
      box.checked = !wanted;
      setPrivateMessage({ tone: 'alert', text: t('options_failed', errorDetail(error)) });
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} class="options__section">
      <h2 id={`${id}-heading`}>{t('options_scope_heading')}</h2>
      {managedScope === null ? (
        <p>{t('options_scope_default')}</p>
      ) : (
        <p class="options__managed" data-managed-scope={managedScope}>
          {t('options_scope_managed', t(SCOPE_LABELS[managedScope]))}
        </p>
      )}
      <details class="options__policy-sites">
        <summary>{t('options_scope_sites_summary', policySites.length)}</summary>
        <ul class="options__columns">
          {policySites.map((domain) => (
            <li key={domain}>{domain}</li>
          ))}
        </ul>
      </details>
      <p>{t('options_scope_button')}</p>
      {userMayAddSites(managedScope ?? 'policy-and-user-sites') && (
        <>
          <SitesReadAlways scope={scope} />
          <AllSitesControl scope={scope} />
        </>
      )}
      <IgnoredSites sites={ignoredSites} onSave={onSaveIgnoredSites} />
      <div class="options__group" role="group" aria-labelledby={`${id}-private`}>
        <h3 id={`${id}-private`}>{t('options_private_heading')}</h3>
        <p id={`${id}-private-text`}>{t('options_private_text')}</p>
        <label class="options__check">
          <input
            type="checkbox"
            checked={allowPrivateWindows}
            aria-describedby={`${id}-private-text`}
            onChange={(event) => void savePrivateWindows(event.currentTarget)}
          />{' '}
          {t('options_private_allow')}
        </label>
        <Announcer message={privateMessage} detailsLabel={t('options_details')} />
      </div>
    </section>
  );
}
