/**
 * Sentences about notes for the options page: counts, storage persistence and
 * import problems, each a locale key with substitutions.
 */
import type { Translate } from '../../core/i18n/translator';
import { IMPORT_MESSAGE_KEYS, type ImportIssue } from '../../core/notes/import-jsonld';
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

/** One import problem in the user's language; item numbers count from 1 for people. */
export function importIssueText(issue: ImportIssue, t: Translate): string {
  const key = IMPORT_MESSAGE_KEYS[issue.code];
  if (issue.code === 'invalid-item')
    return t(key, [issue.item === null ? '?' : issue.item + 1, issue.path ? `${issue.path}: ${issue.message}` : issue.message]);
  return t(key);
}
