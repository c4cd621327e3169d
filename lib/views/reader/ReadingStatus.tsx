/**
 * What the reader says about recognition: that it is reading, how much it read
 * (a long document is read up to the bound, and the bound is said), the
 * verdict, or that the document has no text to read (never "not regional").
 */
import { MAX_PDF_PAGES_READ } from '../../core/pdf/pdf-text';
import { useT } from '../common/i18n';
import type { ReadingOutcome } from './reader-recognition';

export function ReadingStatus({ reading }: { reading: ReadingOutcome | 'reading' | 'failed' }) {
  const t = useT();
  if (reading === 'reading' || reading === 'failed')
    return (
      <p class="reader-status muted" role="status">
        {t(reading === 'reading' ? 'reader_reading' : 'reader_recognition_failed')}
      </p>
    );
  const { pageCount, pagesRead, truncated, empty } = reading.reading;
  if (empty)
    return (
      <p class="reader-status" role="status" data-verdict="no-text">
        {t('reader_no_text')}
      </p>
    );
  const recognition = reading.state?.recognition;
  let amount: string;
  if (truncated) amount = t('reader_read_bounded', [pagesRead, pageCount, MAX_PDF_PAGES_READ]);
  else amount = pageCount === 1 ? t('reader_read_all_one') : t('reader_read_all_many', pageCount);
  return (
    <p class="reader-status" role="status" data-verdict={recognition?.verdict ?? 'unknown'}>
      {recognition ? `${t('reader_verdict', t(`verdict_${recognition.verdict}`))} · ` : ''}
      {reading.state === null ? `${t('reader_recognition_failed')} ` : ''}
      {amount}
    </p>
  );
}
