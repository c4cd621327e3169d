/**
 * What an import did: counts, then item by item what was not imported (with
 * the reason) and what was imported with remarks (what was not kept). When the
 * file itself was refused, its problems instead.
 */
import type { ImportReport } from '../../core/notes/import-jsonld';
import { importIssueText, noticeText, skippedItemText } from './notes-labels';
import { useT } from '../common/i18n';

export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  const remarked = new Set(report.notices.map((notice) => notice.item)).size;
  return (
    <div class="options__report" data-import-report>
      <dl class="options__facts">
        <dt>{t('options_notes_import_added')}</dt>
        <dd data-field="added">{report.added}</dd>
        <dt>{t('options_notes_import_skipped')}</dt>
        <dd data-field="skipped">{report.skipped}</dd>
        <dt>{t('options_notes_import_not_imported')}</dt>
        <dd data-field="refused">{report.refused.length}</dd>
        <dt>{t('options_notes_import_remarks')}</dt>
        <dd data-field="remarks">{remarked}</dd>
        {report.errors.length > 0 ? (
          <>
            <dt>{t('options_notes_import_errors')}</dt>
            <dd data-field="errors">{report.errors.length}</dd>
          </>
        ) : null}
      </dl>
      {report.errors.length > 0 ? (
        <ul class="options__problems" data-list="errors">
          {report.errors.map((issue, position) => (
            <li key={position}>{importIssueText(issue, t)}</li>
          ))}
        </ul>
      ) : null}
      {report.elsewhere ? <p data-elsewhere>{t('notes_import_elsewhere', report.elsewhere)}</p> : null}
      {report.refused.length > 0 ? (
        <>
          <p>{t('options_notes_import_skipped_heading')}</p>
          <ul class="options__problems" data-list="refused">
            {report.refused.map((skipped) => (
              <li key={skipped.item}>{skippedItemText(skipped, t)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {report.notices.length > 0 ? (
        <>
          <p>{t('options_notes_import_remarks_heading')}</p>
          <ul class="options__problems" data-list="notices">
            {report.notices.map((notice, position) => (
              <li key={position}>{noticeText(notice, t)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
