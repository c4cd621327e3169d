/**
 * The index: what is active and what came before, the last check, and the
 * actions (check now, back to the previous or the bundled index, load from a
 * file), each a message to the background, which owns the index. Every outcome
 * is announced in plain language; the section refreshes when the index changes
 * in any context (the 'index/changed' event).
 */
import { useCallback, useEffect, useId, useState } from 'preact/hooks';
import type { IndexStatus } from '../../core/index/store';
import type { ManagedUpdateAddress } from '../../core/settings/update-address';
import type { BackgroundClient } from '../../shared/messages/client';
import type { EventSubscriber } from '../../shared/messages/events';
import type { IndexActionResult } from '../../shared/messages/index-messages';
import { outcomeText, outcomeTone } from './index-labels';
import { indexImportRequest } from './index-file';
import { useT } from '../common/i18n';
import { Announcer, errorDetail, type Announcement } from './Announcer';
import { IndexFileForm } from './IndexFileForm';
import { IndexSummaryList } from './IndexSummaryList';
import { LastCheckView } from './LastCheckView';
import { UpdateUrlForm } from './UpdateUrlForm';

/** The publisher keys updates are checked against (see settings-source.ts `ManagedOptions`). */
export interface TrustedKeys {
  count: number;
  fromPolicy: boolean;
}

export interface IndexSectionProps {
  background: BackgroundClient;
  events: EventSubscriber;
  updateUrl: string | null;
  /** The administrator's update address, or that they switched updates off (lib/core/settings/update-address.ts). */
  managed: ManagedUpdateAddress;
  /**
   * Without a trusted key every update and index file is refused, so the section says plainly that
   * updates are off (a release build has none until the publisher builds one in or a policy sets one).
   * Null while unknown.
   */
  trustedKeys: TrustedKeys | null;
  onSaveUpdateUrl: (url: string | null) => Promise<void>;
  onRequestAccess?: (url: string) => Promise<boolean>;
}

export function IndexSection({
  background,
  events,
  updateUrl,
  managed,
  trustedKeys,
  onSaveUpdateUrl,
  onRequestAccess,
}: IndexSectionProps) {
  const t = useT();
  const id = useId();
  const [status, setStatus] = useState<IndexStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Announcement | null>(null);

  const refresh = useCallback(() => {
    background
      .call('index/status', {})
      .then(setStatus, (error: unknown) => setMessage({ tone: 'alert', text: t('options_failed', errorDetail(error)) }));
  }, [background, t]);
  useEffect(() => {
    refresh();
    return events.on('index/changed', refresh);
  }, [events, refresh]);

  const run = async (action: () => Promise<IndexActionResult>) => {
    if (busy) return;
    setBusy(true);
    setMessage({ tone: 'status', text: t('options_busy') });
    try {
      const { outcome, status: next } = await action();
      setStatus(next);
      setMessage({ tone: outcomeTone(outcome.code), text: outcomeText(outcome.code, t), detail: outcome.detail });
    } catch (error) {
      setMessage({ tone: 'alert', text: t('options_failed', errorDetail(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} class="options__section" aria-busy={busy}>
      <h2 id={`${id}-heading`}>{t('options_index_heading')}</h2>
      {trustedKeys?.count === 0 ? (
        <p class="options__notice" data-updates-off="no-keys">
          {t(trustedKeys.fromPolicy ? 'options_index_keys_policy_none' : 'options_index_keys_none')}
        </p>
      ) : null}
      {status === null ? (
        <p class="muted">{t('options_index_loading')}</p>
      ) : (
        <>
          <div class="options__group" role="group" aria-labelledby={`${id}-active`}>
            <h3 id={`${id}-active`}>{t('options_index_active')}</h3>
            <IndexSummaryList summary={status.active} kind="active" />
          </div>
          <div class="options__group" role="group" aria-labelledby={`${id}-previous`}>
            <h3 id={`${id}-previous`}>{t('options_index_previous')}</h3>
            {status.previous === null ? (
              <p class="muted">{t('options_index_no_previous')}</p>
            ) : (
              <IndexSummaryList summary={status.previous} kind="previous" />
            )}
          </div>
          <LastCheckView check={status.lastCheck} headingId={`${id}-check`} />
        </>
      )}
      <div class="options__actions" role="group" aria-label={t('options_index_actions')}>
        <button
          type="button"
          class="button"
          aria-disabled={busy}
          onClick={() => void run(() => background.call('index/check-now', {}))}
        >
          {t('options_index_check_now')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          // Without a previous index there is nothing to go back to: say so by disabling, not by a refusal after the click.
          disabled={status?.previous === null}
          aria-disabled={busy}
          onClick={() => void run(() => background.call('index/rollback', {}))}
        >
          {t('options_index_rollback')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          aria-disabled={busy}
          onClick={() => void run(() => background.call('index/reset', {}))}
        >
          {t('options_index_reset')}
        </button>
      </div>
      <Announcer message={message} detailsLabel={t('options_details')} />
      <UpdateUrlForm value={updateUrl} managed={managed} onSave={onSaveUpdateUrl} onRequestAccess={onRequestAccess} />
      <IndexFileForm
        busy={busy}
        onLoad={(file, signature) =>
          void run(async () => background.call('index/import-file', await indexImportRequest(file, signature)))
        }
      />
    </section>
  );
}
