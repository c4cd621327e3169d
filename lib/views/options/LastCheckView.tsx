/** The last update check and its outcome in plain language, with the technical detail collapsed under it. */
import type { LastCheck } from '../../core/index/store';
import { formatDateTime } from './format';
import { outcomeText, outcomeTone } from './index-labels';
import { useT } from '../common/i18n';

export function LastCheckView({ check, headingId }: { check: LastCheck | null; headingId: string }) {
  const t = useT();
  return (
    <div class="options__group" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('options_index_last_check')}</h3>
      {check === null ? (
        <p class="muted">{t('options_index_never_checked')}</p>
      ) : (
        <>
          <dl class="options__facts">
            <dt>{t('options_index_checked_at')}</dt>
            <dd>{formatDateTime(check.at, t('localeCode'))}</dd>
            <dt>{t('options_index_outcome')}</dt>
            <dd data-last-outcome={check.outcome} data-tone={outcomeTone(check.outcome)}>
              {outcomeText(check.outcome, t)}
            </dd>
          </dl>
          {check.detail ? (
            <details class="options__detail">
              <summary>{t('options_details')}</summary>
              <p class="muted">{check.detail}</p>
            </details>
          ) : null}
        </>
      )}
    </div>
  );
}
