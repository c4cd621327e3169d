/**
 * The side panel's surroundings in component tests: the real background
 * (./background.ts) for the tab and the index, the real notes store
 * (lib/shared/stores/notes-db.ts, a fresh IndexedDB database per test) behind
 * the real NotesSource, and a fake of the one thing that is neither: the page in
 * the tab (its content script's highlights and selection, and the hand-over of a
 * pending annotation).
 */
import { deleteDB } from 'idb';
import { onTestFinished } from 'vitest';
import {
  createNotesSource,
  type NotesSource,
  type PageBridge,
  type PersistenceState,
} from '../../../lib/views/notes/notes-source';
import type { SidePanelAppProps } from '../../../lib/views/sidepanel/SidePanelApp';
import type { IndexEntry } from '../../../lib/core/index/schema';
import { createNote } from '../../../lib/core/notes/create';
import type { Note } from '../../../lib/core/notes/types';
import type { TabState } from '../../../lib/core/tab-state';
import { broadcastTransport, createEventBus, type EventSubscriber } from '../../../lib/shared/messages/events';
import { openNotesDb, type NotesDb } from '../../../lib/shared/stores/notes-db';
import type { PageProblem, PageSelection, PendingAnnotation } from '../../../lib/core/notes/types';
import { testBackground, type TestBackground } from './background';
import { freshName } from './db-helpers';

export const PAGE_URL = 'https://www.vng.nl/demo/grip';

export interface NotesSetup {
  notes?: readonly Note[];
  /** What the browser answers when asked to keep our storage. */
  persistence?: PersistenceState;
  /** Word of a change arrives this many ms after the write (as a busy browser can deliver it). */
  changeDelay?: number;
}

export interface TestNotes {
  /** The NotesSource the panel gets, over `db`. */
  notes: NotesSource;
  /** The real database behind it, to look at what was stored. */
  db: NotesDb;
  /**
   * Another window's connection to the same database. It announces nothing, so the panel does
   * not reload: what it writes makes the panel's next save a real revision conflict.
   */
  otherWindow(): Promise<NotesDb>;
}

/** A fresh notes database (deleted when the test ends) holding `notes`, and the real NotesSource over it. */
export async function notesSource(setup: NotesSetup = {}): Promise<TestNotes> {
  const name = freshName();
  const channel = `${name}-changes`;
  const db = await openNotesDb({ name, channel });
  const others: NotesDb[] = [];
  onTestFinished(async () => {
    for (const connection of [...others, db]) connection.close();
    await deleteDB(name);
  });
  const initial = setup.notes ?? [];
  if (initial.length > 0) {
    const report = await db.importNotes(initial);
    if (report.added !== initial.length) throw new Error(`only ${report.added} of ${initial.length} notes were stored`);
  }
  const bus = createEventBus(broadcastTransport({ 'notes/changed': channel }));
  const delay = setup.changeDelay ?? 0;
  const events: EventSubscriber =
    delay === 0 ? bus : { on: (event, listener) => bus.on(event, (payload) => void setTimeout(() => listener(payload), delay)) };
  const notes = createNotesSource({ open: async () => db, events, persistence: async () => setup.persistence ?? 'granted' });
  return {
    notes,
    db,
    async otherWindow() {
      const other = await openNotesDb({ name, channel: null });
      others.push(other);
      return other;
    },
  };
}

export interface FakePage extends PageBridge {
  orphans: Set<string>;
  selectionAnswer: PageSelection | null | PageProblem;
  highlighted: string[][];
  scrolled: string[];
  /** Words the panel asked the page to show, and whether the page "has" them. */
  shown: string[];
  pageText: string;
  pendingAnnotation: PendingAnnotation | undefined;
}

export function fakePage(): FakePage {
  const page: FakePage = {
    orphans: new Set(),
    selectionAnswer: null,
    highlighted: [],
    scrolled: [],
    shown: [],
    pageText: '',
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
    async showText(_tabId, text) {
      page.shown.push(text);
      return page.pageText.includes(text);
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

export interface PanelSetup extends NotesSetup {
  state?: TabState;
  /** The bundled index's entries. */
  entries?: readonly IndexEntry[];
  page?: FakePage;
}

export interface TestPanel extends TestNotes {
  background: TestBackground;
  page: FakePage;
  /** Ids of the entries the panel opened (through its onOpenEntry prop). */
  opened: string[];
  props: SidePanelAppProps;
}

/** Everything a SidePanelApp gets, with the tab's state seeded in the real background. */
export async function sidePanel(setup: PanelSetup = {}): Promise<TestPanel> {
  const state = setup.state ?? analysedState();
  const background = testBackground({ entries: setup.entries ?? ENTRIES, activeTab: state.tabId });
  if (state.tabId >= 0) background.seedTab(state);
  const notes = await notesSource(setup);
  const page = setup.page ?? fakePage();
  const opened: string[] = [];
  return {
    ...notes,
    background,
    page,
    opened,
    props: {
      tabs: background.tabSource(),
      notes: notes.notes,
      page,
      background: background.client,
      events: background.events,
      onOpenEntry: (entry) => void opened.push(entry.id),
    },
  };
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
