/**
 * Everything the index knows about one entry, for entries without a known
 * address (DESIGN.md: never invent one). The body's paragraphs are split on
 * blank lines and rendered as text.
 */
import { entryDateText } from '../../core/entries/meta-line';
import type { IndexEntry } from '../../core/index/schema';
import { isPdfAddress, readerPath } from '../../core/pdf/reader-address';
import { themeLabelKey } from '../../core/themes';
import { useT } from './i18n';

export interface EntryDetailProps {
  entry: IndexEntry;
}

function paragraphs(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function EntryDetail({ entry }: EntryDetailProps) {
  const t = useT();
  const body = paragraphs(entry.body);
  return (
    <article class="entry-detail" aria-labelledby="entry-detail-title">
      <h1 id="entry-detail-title">{entry.title}</h1>
      {entry.url ? (
        <p>
          {/* A PDF opens in Regiolens's reader (an extension page, so its path is this page's own origin's). */}
          <a href={isPdfAddress(entry.url) ? readerPath(entry.url) : entry.url} target="_blank" rel="noopener noreferrer">
            {t('popupEntryOpenAddress')}
          </a>
        </p>
      ) : (
        <p class="entry-detail__no-address">{t('popupEntryNoAddress')}</p>
      )}
      <dl class="entry-detail__facts">
        <dt>{t('popupEntryKind')}</dt>
        <dd>{t(`kind_${entry.kind}`)}</dd>
        {entry.event && (
          <>
            <dt>{t('popupEntryEvent')}</dt>
            <dd>{entry.event}</dd>
          </>
        )}
        {entry.publisher && (
          <>
            <dt>{t('popupEntryPublisher')}</dt>
            <dd>{entry.publisher}</dd>
          </>
        )}
        {entry.date && (
          <>
            <dt>{t('popupEntryDate')}</dt>
            <dd>
              <time dateTime={entry.date}>{entryDateText(entry.date, t('localeCode'))}</time>
            </dd>
          </>
        )}
        <dt>{t('popupEntryThemes')}</dt>
        <dd>
          {entry.themes.map((theme) => (
            <span key={theme} class="chip">
              {t(themeLabelKey(theme))}
            </span>
          ))}
        </dd>
        {entry.keywords.length > 0 && (
          <>
            <dt>{t('popupEntryKeywords')}</dt>
            <dd>{entry.keywords.join(', ')}</dd>
          </>
        )}
      </dl>
      <h2>{t('popupEntrySummary')}</h2>
      <p>{entry.summary}</p>
      {body.length > 0 && (
        <>
          <h2>{t('popupEntryDescription')}</h2>
          {body.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </>
      )}
    </article>
  );
}
