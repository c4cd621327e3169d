/** Shared helpers for the notes database tests: a fresh database name per test, and cleanup. */
import { deleteDB } from 'idb';
import { onTestFinished } from 'vitest';
import { openNotesDb, type NotesDb, type OpenNotesDbOptions } from '../../../lib/shared/stores/notes-db';

let counter = 0;

export function freshName(): string {
  counter += 1;
  return `regiolens-notes-test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** Opens a database for one test; it is closed and deleted when the test ends. */
export async function openTestDb(options: OpenNotesDbOptions = {}): Promise<NotesDb> {
  const name = options.name ?? freshName();
  const db = await openNotesDb({ channel: null, ...options, name });
  onTestFinished(async () => {
    db.close();
    await deleteDB(name);
  });
  return db;
}

export const page = (n: number) => `https://www.example.nl/beleid/pagina-${n}`;
