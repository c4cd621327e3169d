/**
 * Everything an administrator set by policy, in one place at the top of the
 * options page, each value marked as set by the organisation: the user sees why
 * a field elsewhere on the page is read-only or missing, and a helpdesk can read
 * the values off the screen. Shown only when a policy sets anything.
 */
import { useId } from 'preact/hooks';
import type { RecognitionScope } from '../../core/settings/recognition-scope';
import type { ManagedUpdateAddress } from '../../core/settings/update-address';
import type { MessageKey } from '../../core/i18n/keys';
import { useT } from '../common/i18n';
import type { ManagedOptions } from './settings-source';

/** The words for each scope (also used by the scope section). */
export const SCOPE_LABELS: Record<RecognitionScope, MessageKey> = {
  'policy-and-user-sites': 'options_policy_scope_policy_and_user_sites',
  'policy-sites': 'options_policy_scope_policy_sites',
  'on-request': 'options_policy_scope_on_request',
};

/** True when the policy sets at least one value. */
export function hasPolicy(managed: ManagedOptions): boolean {
  return (
    managed.updateUrl.kind !== 'none' ||
    managed.trustedKeys.fromPolicy ||
    managed.updateIntervalHours !== null ||
    managed.scope !== null
  );
}

function addressText(address: ManagedUpdateAddress, t: ReturnType<typeof useT>): string {
  return address.kind === 'address' ? address.url : t('options_policy_url_off');
}

function keysText(count: number, t: ReturnType<typeof useT>): string {
  if (count === 0) return t('options_policy_keys_none');
  return count === 1 ? t('options_policy_keys_one') : t('options_policy_keys_many', count);
}

export function PolicySection({ managed }: { managed: ManagedOptions }) {
  const t = useT();
  const id = useId();
  if (!hasPolicy(managed)) return null;
  const { updateUrl, trustedKeys, updateIntervalHours, scope } = managed;
  return (
    <section aria-labelledby={`${id}-heading`} class="options__section" data-policy>
      <h2 id={`${id}-heading`}>{t('options_policy_heading')}</h2>
      <p>{t('options_policy_intro')}</p>
      <dl class="options__facts">
        {scope !== null && (
          <>
            <dt>{t('options_policy_scope_label')}</dt>
            <dd data-managed="recognitionScope">{t(SCOPE_LABELS[scope])}</dd>
          </>
        )}
        {updateUrl.kind !== 'none' && (
          <>
            <dt>{t('options_policy_url_label')}</dt>
            <dd data-managed="indexUpdateUrl">{addressText(updateUrl, t)}</dd>
          </>
        )}
        {trustedKeys.fromPolicy && (
          <>
            <dt>{t('options_policy_keys_label')}</dt>
            <dd data-managed="trustedPublisherKeys">{keysText(trustedKeys.count, t)}</dd>
          </>
        )}
        {updateIntervalHours !== null && (
          <>
            <dt>{t('options_policy_interval_label')}</dt>
            <dd data-managed="updateIntervalHours">
              {updateIntervalHours === 1
                ? t('options_policy_interval_one')
                : t('options_policy_interval_many', updateIntervalHours)}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
