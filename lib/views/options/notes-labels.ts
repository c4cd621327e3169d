/**
 * Sentences about notes for the options page: counts, storage persistence and
 * the import report (file problems, skipped items, notices), each a locale key
 * with substitutions.
 */
import type { Translate } from '../../core/i18n/translator';
import type { MessageKey } from '../../core/i18n/keys';
import {
  IMPORT_MESSAGE_KEYS,
  NOTICE_MESSAGE_KEYS,
  SKIP_MESSAGE_KEYS,
  type ImportIssue,
  type ImportReport,
  type ItemNotice,
  type SkippedItem,
} from '../../core/notes/import-jsonld';
import type { PersistenceState } from '../notes/notes-source';

export function notesCountText(count: number, t: Translate): string {
  if (count === 0) return t('options_notes_count_none');
  if (count === 1) return t('options_notes_count_one');
  return t('options_notes_count_many', count);
}

export function persistenceText(state: PersistenceState, t: Translate): string {
  switch (state) {
    case 'persisted':
    case 'granted':
    case 'exempt':
      return t('options_notes_persist_persisted');
    case 'denied':
      return t('options_notes_persist_denied');
    case 'unsupported':
      return t('options_notes_persist_unsupported');
  }
}

/** A file-level import problem in the user's language (the whole file was refused). */
export function importIssueText(issue: ImportIssue, t: Translate): string {
  return issue.code === 'page-elsewhere' ? t(IMPORT_MESSAGE_KEYS[issue.code], issue.message) : t(IMPORT_MESSAGE_KEYS[issue.code]);
}

/** Adds the field names or value a sentence is about, when there are any. */
function withDetail(sentence: string, detail: string): string {
  return detail ? `${sentence} (${detail})` : sentence;
}

/** Why one annotation was not imported; item numbers count from 1 for people. */
export function skippedItemText(skipped: SkippedItem, t: Translate): string {
  return withDetail(t(SKIP_MESSAGE_KEYS[skipped.reason], skipped.item + 1), skipped.detail);
}

/** What an imported annotation lost or kept differently; the sentence names the detail itself. */
export function noticeText(notice: ItemNotice, t: Translate): string {
  return t(NOTICE_MESSAGE_KEYS[notice.code], [notice.item + 1, notice.detail]);
}

function counted(count: number, one: MessageKey, many: MessageKey, t: Translate): string {
  return count === 1 ? t(one) : t(many, count);
}

/** "3 notes imported, 1 not imported, 2 imported with remarks (see below)": the import in one sentence. */
export function importSummaryText(report: ImportReport, t: Translate): string {
  const parts = [
    report.added === 0
      ? t('notes_import_added_none')
      : counted(report.added, 'notes_import_added_one', 'notes_import_added_many', t),
  ];
  if (report.skipped > 0) parts.push(counted(report.skipped, 'notes_import_duplicates_one', 'notes_import_duplicates_many', t));
  if (report.refused.length > 0)
    parts.push(counted(report.refused.length, 'notes_import_refused_one', 'notes_import_refused_many', t));
  const remarked = new Set(report.notices.map((notice) => notice.item)).size;
  if (remarked > 0) parts.push(counted(remarked, 'notes_import_remarks_one', 'notes_import_remarks_many', t));
  return `${parts.join(', ')}.`;
}
