/**
 * The one-line description of an index entry, "Werksessie · VNG-werkconferentie
 * Proef verschil! · 2016": kind, publisher (or event) and year. Shared by the
 * entry cards and the omnibox so both describe an entry the same way.
 */
import type { Translate } from '../i18n/translator';
import type { IndexEntry } from '../index/schema';

export function entryMetaLine(entry: IndexEntry, t: Translate): string {
  const parts = [t(`kind_${entry.kind}`), entry.publisher ?? entry.event, entry.date?.slice(0, 4)];
  return parts.filter((part): part is string => Boolean(part)).join(t('metaSeparator'));
}

/**
 * An entry's date as a reader writes it: "8 december 2016", "juni 2015" or "2016" (the index keeps
 * YYYY, YYYY-MM or YYYY-MM-DD). Formatted in UTC so the day never shifts with the time zone.
 */
export function entryDateText(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || Number.isNaN(year)) return date;
  if (!month) return String(year);
  const value = new Date(Date.UTC(year, month - 1, day || 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(value);
}
