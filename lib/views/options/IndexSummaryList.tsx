/** Version, date, source, size and activation time of one index, as a description list. */
import type { IndexSummary } from '../../core/index/store';
import { formatDate, formatDateTime } from './format';
import { sourceLabel } from './index-labels';
import { useT } from '../common/i18n';

export function IndexSummaryList({ summary, kind }: { summary: IndexSummary; kind: 'active' | 'previous' }) {
  const t = useT();
  const locale = t('localeCode');
  return (
    <dl class="options__facts" data-index={kind}>
      <dt>{t('options_index_version')}</dt>
      <dd data-field="version">{summary.version}</dd>
      <dt>{t('options_index_created')}</dt>
      <dd>{formatDate(summary.created, locale)}</dd>
      <dt>{t('options_index_source')}</dt>
      <dd data-field="source">{sourceLabel(summary.source, t)}</dd>
      <dt>{t('options_index_entries')}</dt>
      <dd data-field="entries">{summary.entryCount}</dd>
      {summary.activatedAt !== null ? (
        <>
          <dt>{t('options_index_activated')}</dt>
          <dd>{formatDateTime(summary.activatedAt, locale)}</dd>
        </>
      ) : null}
    </dl>
  );
}
