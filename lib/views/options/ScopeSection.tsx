/**
 * Where Regiolens reads pages: the policy-site list, the toolbar button, every site, skipped sites,
 * private windows. Under an administrator's recognition scope the section says so and is locked:
 * where the scope leaves the user's own sites out, the controls to add them are not offered.
 */
import { useId } from 'preact/hooks';
import { userMayAddSites, type RecognitionScope } from '../../core/settings/recognition-scope';
import type { OptionsScope } from './scope-source';
import { useT } from '../common/i18n';
import { AllSitesControl } from './AllSitesControl';
import { IgnoredSites } from './IgnoredSites';
import { SCOPE_LABELS } from './PolicySection';
import { SettingCheckbox } from './SettingCheckbox';
import { SitesReadAlways } from './SitesReadAlways';

export interface ScopeSectionProps {
  scope: OptionsScope;
  policySites: readonly string[];
  ignoredSites: readonly string[];
  onSaveIgnoredSites: (sites: string[]) => Promise<void>;
  allowPrivateWindows: boolean;
  onSavePrivateWindows: (allow: boolean) => Promise<void>;
  /** PDFs on the policy sites open in Regiolens's reader (off by default). */
  openPdfsInReader: boolean;
  onSaveOpenPdfs: (open: boolean) => Promise<void>;
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
  openPdfsInReader,
  onSaveOpenPdfs,
  managedScope = null,
}: ScopeSectionProps) {
  const t = useT();
  const id = useId();
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
      <SettingCheckbox
        heading="options_private_heading"
        text="options_private_text"
        label="options_private_allow"
        checked={allowPrivateWindows}
        onSave={onSavePrivateWindows}
      />
      {/* Off by default: the user asked for the browser's viewer until they choose; no surprise redirects. */}
      <SettingCheckbox
        heading="options_pdf_heading"
        text="options_pdf_text"
        label="options_pdf_allow"
        checked={openPdfsInReader}
        onSave={onSaveOpenPdfs}
      />
    </section>
  );
}
