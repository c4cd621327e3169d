/**
 * A list of notes with editing in place and delete (undo is offered by the
 * view's NoticeBar). Shared by "this page" and "all notes".
 */
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { IndexEntry } from '../../core/index/schema';
import type { Note } from '../../core/notes/types';
import type { NotesSource } from './notes-source';
import type { IndexLookup } from '../common/index-lookup';
import { useT } from '../common/i18n';
import { NoteEditor } from './NoteEditor';
import { NoteItem, type AnchorStatus } from './NoteItem';
import { useNoteFocus } from './use-note-focus';
import type { Notice } from './use-notice';

export interface NoteListProps {
  notes: readonly Note[];
  source: NotesSource;
  /** The notes' linked entries by id (titles to show; an id not in it is shown as the id). */
  linked: ReadonlyMap<string, IndexEntry>;
  /** For the editor's linked-material picker. */
  lookup: IndexLookup;
  /** Accessible name of the list. */
  label: string;
  statusOf?: (note: Note) => AnchorStatus;
  showPage?: boolean;
  onShow?: (note: Note) => void;
  onReattach?: (note: Note) => void;
  onOpenEntry?: (entry: IndexEntry) => void;
  run: <T>(work: () => Promise<T>) => Promise<T | undefined>;
  setNotice: (notice: Notice | null) => void;
  /** Set by the notice bar after undo: the restored note to focus once listed (useNotice's focusHandOver). */
  focusHandOver?: RefObject<string | null>;
}

export function NoteList(props: NoteListProps) {
  const {
    notes,
    source,
    linked,
    lookup,
    label,
    statusOf,
    showPage,
    onShow,
    onReattach,
    onOpenEntry,
    run,
    setNotice,
    focusHandOver,
  } = props;
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const focusNote = useNoteFocus(list, focusHandOver);
  /** Closing the editor (save or cancel) returns focus to the note's Edit button. */
  const close = (noteId: string) => {
    setEditing(null);
    focusNote(noteId);
  };
  const remove = async (note: Note) => {
    const deleted = await run(() => source.deleteNote(note.id));
    if (deleted) setNotice({ kind: 'deleted', note: deleted });
  };
  return (
    <ul ref={list} class="note-list" aria-label={label}>
      {notes.map((note) => (
        <li key={note.id}>
          {editing === note.id ? (
            <NoteEditor
              label={t('sidepanel_edit_note')}
              lookup={lookup}
              initial={{ body: note.body, tags: note.tags, links: note.links }}
              focusOnOpen
              allowEmpty={note.selectors !== undefined}
              onCancel={() => close(note.id)}
              onSave={async (values) => {
                const saved = await run(() => source.updateNote(note.id, note.revision, values));
                if (saved) {
                  close(note.id);
                  setNotice({ kind: 'info', key: 'sidepanel_saved' });
                }
                return saved !== undefined;
              }}
            />
          ) : (
            <NoteItem
              note={note}
              status={statusOf?.(note)}
              entry={(id) => linked.get(id)}
              showPage={showPage}
              onEdit={() => setEditing(note.id)}
              onDelete={() => void remove(note)}
              onShow={onShow && (() => onShow(note))}
              onReattach={onReattach && (() => onReattach(note))}
              onOpenEntry={onOpenEntry}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
