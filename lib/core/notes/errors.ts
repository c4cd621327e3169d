/**
 * Failures a notes view must explain to the user. Each carries a stable code
 * and the locale key (locales/<lang>/notes.json) of its message, so views show
 * localised text without parsing error messages.
 */
import type { Note } from './types';

export type NotesErrorCode = 'invalid' | 'not-found' | 'conflict' | 'quota' | 'exists' | 'storage';

const MESSAGE_KEYS = {
  invalid: 'notes_error_invalid',
  'not-found': 'notes_error_not_found',
  conflict: 'notes_error_conflict',
  quota: 'notes_error_quota',
  exists: 'notes_error_exists',
  storage: 'notes_error_storage',
} as const satisfies Record<NotesErrorCode, string>;

export class NotesError extends Error {
  readonly messageKey: (typeof MESSAGE_KEYS)[NotesErrorCode];
  constructor(
    readonly code: NotesErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'NotesError';
    this.messageKey = MESSAGE_KEYS[code];
  }
}

/** The note changed since the editor loaded it; `current` is what is stored now. */
export class NotesConflictError extends NotesError {
  constructor(
    readonly current: Note,
    readonly expectedRevision: number,
  ) {
    super('conflict', `note ${current.id} is at revision ${current.revision}, not ${expectedRevision}: it was changed elsewhere`);
    this.name = 'NotesConflictError';
  }
}

/** The browser refused to store more (QuotaExceededError); the write was rolled back. */
export class NotesQuotaError extends NotesError {
  constructor(cause: unknown) {
    super('quota', 'the browser has no room to store more notes; nothing was changed', { cause });
    this.name = 'NotesQuotaError';
  }
}
