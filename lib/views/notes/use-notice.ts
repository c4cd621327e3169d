/**
 * What a notes view tells the user after an action: a deleted note (with
 * undo), a storage error (with reload on conflict), or a short confirmation.
 * Every action runs through `run`, so no failure goes unexplained.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/keys';
import { NotesError } from '../../core/notes/errors';
import type { Note } from '../../core/notes/types';

export type Notice =
  { kind: 'deleted'; note: Note } | { kind: 'error'; key: MessageKey; conflict: boolean } | { kind: 'info'; key: MessageKey };

export function errorNotice(error: unknown): Notice {
  if (error instanceof NotesError) return { kind: 'error', key: error.messageKey, conflict: error.code === 'conflict' };
  console.warn('Regiolens: a notes action failed', error);
  return { kind: 'error', key: 'notes_error_storage', conflict: false };
}

export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  /** A note whose Edit button should get the focus once the list shows it (after undo); see use-note-focus.ts. */
  const focusHandOver = useRef<string | null>(null);
  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      setNotice(errorNotice(error));
      return undefined;
    }
  }, []);
  return { notice, setNotice, run, focusHandOver };
}
