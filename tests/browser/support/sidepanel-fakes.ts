/** In-memory fakes of the side panel's sources, with the store's real note logic (create, revisions, conflicts). */
import type { IndexEntry } from '../../../lib/core/index/schema';
import { applyChanges, createNote } from '../../../lib/core/notes/create';
import { NotesConflictError, NotesError } from '../../../lib/core/notes/errors';
import type { Note } from '../../../lib/core/notes/types';
import type { TabState } from '../../../lib/core/tab-state';
import type { EntrySource } from '../../../lib/views/common/entry-source';
import type { NotesSource, PageBridge, PersistenceState } from '../../../lib/views/notes/notes-source';
import type { TabSource } from '../../../lib/views/common/tab-source';
import { normalisePageUrl } from '../../../lib/core/notes/url';
import type { PageProblem, PageSelection, PendingAnnotation } from '../../../lib/core/notes/types';

export const PAGE_URL = 'https://www.vng.nl/demo/grip';

export function fakeTabs(state: TabState): TabSource & { push(next: TabState): void } {
  const listeners = new Set<(state: TabState) => void>();
  let current = state;
  return {
    current: async () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    analyseActive: async () => current,
    push(next) {
      current = next;
      for (const listener of listeners) listener(next);
    },
  };
}

export interface FakeNotes extends NotesSource {
  notes: Map<string, Note>;
  /** Makes the next update fail as if another view had written first. */
  conflictNext: boolean;
  persistence: PersistenceState;
}

export function fakeNotes(initial: Note[] = []): FakeNotes {
  const listeners = new Set<(ids: readonly string[]) => void>();
  const notes = new Map(initial.map((note) => [note.id, note]));
  const changed = (ids: string[]) => queueMicrotask(() => listeners.forEach((listener) => listener(ids)));
  const source: FakeNotes = {
    notes,
    conflictNext: false,
    persistence: 'granted',
    notesForPage: async (url) =>
      [...notes.values()].filter((note) => note.url === normalisePageUrl(url)).sort((a, b) => (a.modified < b.modified ? 1 : -1)),
    allNotes: async () => [...notes.values()],
    async addNote(draft) {
      const note = createNote(draft);
      notes.set(note.id, note);
      changed([note.id]);
      return note;
    },
    async updateNote(id, revision, changes) {
      const current = notes.get(id);
      if (!current) throw new NotesError('not-found', 'gone');
      if (source.conflictNext || current.revision !== revision) {
        source.conflictNext = false;
        throw new NotesConflictError(current, revision);
      }
      const next = applyChanges(current, changes);
      notes.set(id, next);
      changed([id]);
      return next;
    },
    async deleteNote(id) {
      const note = notes.get(id);
      notes.delete(id);
      changed([id]);
      return note;
    },
    async restoreNote(note) {
      if (notes.has(note.id)) throw new NotesError('exists', 'taken');
      notes.set(note.id, note);
      changed([note.id]);
      return note;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    requestPersistence: async () => source.persistence,
  };
  return source;
}

export interface FakePage extends PageBridge {
  orphans: Set<string>;
  selectionAnswer: PageSelection | null | PageProblem;
  highlighted: string[][];
  scrolled: string[];
  pendingAnnotation: PendingAnnotation | undefined;
}

export function fakePage(): FakePage {
  const page: FakePage = {
    orphans: new Set(),
    selectionAnswer: null,
    highlighted: [],
    scrolled: [],
    pendingAnnotation: undefined,
    async highlight(_tabId, notes) {
      page.highlighted.push(notes.map((note) => note.id));
      return notes.map((note) =>
        page.orphans.has(note.id)
          ? { id: note.id, status: 'orphan' as const }
          : { id: note.id, status: 'anchored' as const, method: 'quote' as const },
      );
    },
    async scrollTo(_tabId, id) {
      page.scrolled.push(id);
      return true;
    },
    selection: async () => page.selectionAnswer,
    pending: async () => page.pendingAnnotation,
    onPending: () => () => undefined,
    async clearPending() {
      page.pendingAnnotation = undefined;
    },
  };
  return page;
}

export const ENTRIES: IndexEntry[] = [
  {
    id: 'ws-democratie',
    title: 'Hoe democratisch is de regio?',
    kind: 'werksessie',
    themes: ['ws-democratie'],
    keywords: ['democratische legitimiteit'],
    summary: 'Werksessie over democratische legitimiteit.',
  },
  {
    id: 'pub-rob-ambacht',
    title: 'Niet alleen ambt, ook een ambacht',
    kind: 'advies',
    themes: ['ws-schakelen'],
    keywords: ['ambacht'],
    summary: 'ROB-advies.',
  },
];

export interface FakeEntries extends EntrySource {
  /** Ids of the entries the panel opened (through its onOpenEntry prop). */
  opened: string[];
  open(entry: IndexEntry): void;
  /** How often the panel loaded the index. */
  loads: number;
  /** Makes another index active, as an update or rollback would, and tells the subscribers. */
  activate(entries: readonly IndexEntry[]): void;
}

/** The active index, as lib/views/common/entry-source.ts gives it: load, plus word when another index becomes active. */
export function fakeEntries(initial: readonly IndexEntry[] = ENTRIES): FakeEntries {
  const listeners = new Set<() => void>();
  let current = initial;
  const fake: FakeEntries = {
    opened: [],
    loads: 0,
    open: (entry) => fake.opened.push(entry.id),
    async load() {
      fake.loads += 1;
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    activate(entries) {
      current = entries;
      listeners.forEach((listener) => listener());
    },
  };
  return fake;
}

export function analysedState(extra: Partial<TabState> = {}): TabState {
  return {
    tabId: 7,
    status: 'analysed',
    url: PAGE_URL,
    title: 'Grip op regionale samenwerking',
    analysedAt: 1,
    recognition: {
      regional: true,
      verdict: 'yes',
      score: 0.8,
      themes: [{ id: 'ws-democratie', score: 0.6 }],
      why: [{ label: 'gemeenschappelijke regeling', count: 3, weight: 0.5 }],
      suggestions: [{ id: 'ws-democratie', score: 0.7, themes: ['ws-democratie'], shared: ['democratische legitimiteit'] }],
    },
    ...extra,
  };
}

export function pageNote(
  body: string,
  extra: Partial<Parameters<typeof createNote>[0]> = {},
  now = '2024-05-01T10:00:00Z',
): Note {
  return createNote({ url: PAGE_URL, title: 'Grip op regionale samenwerking', body, ...extra }, { now: new Date(now) });
}
