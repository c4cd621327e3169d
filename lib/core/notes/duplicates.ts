/**
 * When two notes are "the same" for import: the same id, or the same page,
 * passage and text (a note exported, erased and written again by hand gets a
 * new id but is still a duplicate).
 */
import type { Note } from './types';

export function noteFingerprint(note: Note): string {
  const quote = note.selectors?.quote;
  const position = note.selectors?.position;
  return JSON.stringify([
    note.url,
    quote?.exact ?? null,
    quote?.prefix ?? null,
    quote?.suffix ?? null,
    position?.start ?? null,
    position?.end ?? null,
    note.body,
  ]);
}

export interface ImportPlan {
  /** Notes to add, in file order. */
  add: Note[];
  skipped: number;
}

/** Splits incoming notes into new ones and duplicates (of stored notes or of earlier items in the same file). */
export function planImport(existing: Iterable<Note>, incoming: readonly Note[]): ImportPlan {
  const ids = new Set<string>();
  const fingerprints = new Set<string>();
  for (const note of existing) {
    ids.add(note.id);
    fingerprints.add(noteFingerprint(note));
  }
  const add: Note[] = [];
  let skipped = 0;
  for (const note of incoming) {
    const fingerprint = noteFingerprint(note);
    if (ids.has(note.id) || fingerprints.has(fingerprint)) {
      skipped += 1;
      continue;
    }
    ids.add(note.id);
    fingerprints.add(fingerprint);
    add.push(note);
  }
  return { add, skipped };
}
