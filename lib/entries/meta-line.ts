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
