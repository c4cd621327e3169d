/** What an import did: added, skipped, errors; and when it refused the file, every problem listed (as text). */
import type { ImportReport } from '../../core/notes/import-jsonld';
import { importIssueText } from './notes-labels';
import { useT } from '../common/i18n';

export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  return (
    <div class="options__report" data-import-report>
      <dl class="options__facts">
        <dt>{t('options_notes_import_added')}</dt>
        <dd data-field="added">{report.added}</dd>
        <dt>{t('options_notes_import_skipped')}</dt>
        <dd data-field="skipped">{report.skipped}</dd>
        <dt>{t('options_notes_import_errors')}</dt>
        <dd data-field="errors">{report.errors.length}</dd>
      </dl>
      {report.errors.length > 0 ? (
        <ul class="options__problems">
          {report.errors.map((issue, position) => (
            <li key={position}>{importIssueText(issue, t)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
