/**
 * The notes of the page in the current tab: write a page note, annotate the
 * selected passage (button here, or the context menu / keyboard command via
 * the pending annotation), see the passages highlighted in the page, jump to
 * them, and re-attach notes whose passage is gone.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { IndexEntry } from '../../core/index/schema';
import type { IndexLookup } from '../common/index-lookup';
import { useEntryCards } from '../common/use-index-entries';
import type { Note } from '../../core/notes/types';
import { anchorsOf } from '../../core/notes/page-anchors';
import type { TabState } from '../../core/tab-state';
import type { NotesSource, PageBridge } from './notes-source';
import { useLatestLoad } from './use-latest-load';
import { placesForNote } from '../../core/places/place-key';
import { useT } from '../common/i18n';
import { NoteEditor } from './NoteEditor';
import { NoteList } from './NoteList';
import { NotesHeading, NOTES_HEADING_ID } from './NotesHeading';
import { NotesNoticeBar } from './NoticeBar';
import { useNotice } from './use-notice';
import type { AnchorStatus } from './NoteItem';
import type { AnchorOutcome, PageSelection, PendingAnnotation, ReaderIdentity } from '../../core/notes/types';

export interface PageNotesProps {
  state: TabState;
  source: NotesSource;
  page: PageBridge;
  /** The active index, through the background: the notes' linked titles and the picker's choices. */
  lookup: IndexLookup;
  onOpenEntry?: (entry: IndexEntry) => void;
}

type SelectionProblem = 'no-selection' | 'restricted' | 'unavailable';

const PROBLEM_KEYS = {
  'no-selection': 'sidepanel_no_selection',
  restricted: 'sidepanel_notes_restricted',
  unavailable: 'sidepanel_page_unreachable',
} as const;

export function PageNotes({ state, source, page, lookup, onOpenEntry }: PageNotesProps) {
  const t = useT();
  const notices = useNotice();
  const { setNotice, run } = notices;
  const [notes, setNotes] = useState<Note[]>([]);
  const [outcomes, setOutcomes] = useState<Map<string, AnchorOutcome['status']>>(new Map());
  const [selection, setSelection] = useState<PageSelection | null>(null);
  const [problem, setProblem] = useState<SelectionProblem | null>(null);
  const [pdf, setPdf] = useState<ReaderIdentity | null>(null);
  const url = pdf?.url ?? state.url;
  const suggestions = state.recognition?.suggestions;
  const suggestedIds = useMemo(() => (suggestions ?? []).map((suggestion) => suggestion.id), [suggestions]);
  const tabId = state.tabId;
  const linkedIds = useMemo(() => [...new Set(notes.flatMap((note) => note.links))], [notes]);
  const linked = useEntryCards(lookup, linkedIds);

  // A PDF reader tab names its document: its notes are found (and written) by address and fingerprint.
  useEffect(() => {
    let live = true;
    setPdf(null);
    void page.document?.(tabId).then((identity) => live && setPdf(identity));
    return () => {
      live = false;
    };
  }, [page, tabId, state.url]);

  const readPage = useCallback(
    async () => (url ? run(() => (pdf ? source.notesForDocument(url, pdf.fingerprint) : source.notesForPage(url))) : undefined),
    [url, pdf, source, run],
  );
  const load = useLatestLoad(readPage, setNotes);

  useEffect(() => {
    setNotes([]);
    setOutcomes(new Map());
    void load();
    return source.subscribe(() => void load());
  }, [load, source]);

  // Highlight after every change of the list, and when the tab (re)loads its page.
  useEffect(() => {
    if (state.status !== 'analysed') return;
    let live = true;
    void page.highlight(tabId, anchorsOf(notes)).then((answer) => {
      if (live && answer) setOutcomes(new Map(answer.map((outcome) => [outcome.id, outcome.status])));
    });
    return () => {
      live = false;
    };
  }, [notes, page, tabId, state.status, state.analysedAt]);

  // A selection handed over by the context menu or the keyboard command.
  useEffect(() => {
    const take = (pending: PendingAnnotation | undefined) => {
      if (!pending || pending.tabId !== tabId) return;
      if (pending.status === 'selection') {
        setSelection(pending.selection);
        setProblem(null);
      } else setProblem(pending.status);
      void page.clearPending();
    };
    const stop = page.onPending(take);
    void page.pending().then(take);
    return stop;
  }, [page, tabId]);

  const annotateSelection = async () => {
    const answer = await page.selection(tabId);
    if (answer === null || typeof answer === 'string') {
      setProblem(answer ?? 'no-selection');
      return;
    }
    setProblem(null);
    setSelection(answer);
  };

  const reattach = async (note: Note) => {
    const answer = await page.selection(tabId);
    if (answer === null || typeof answer === 'string') {
      setProblem(answer ?? 'no-selection');
      return;
    }
    setProblem(null);
    const saved = await run(() => source.updateNote(note.id, note.revision, { selectors: answer.selectors }));
    if (saved) setNotice({ kind: 'info', key: 'sidepanel_reattached' });
  };

  const statusOf = (note: Note): AnchorStatus => (note.selectors ? (outcomes.get(note.id) ?? 'unknown') : 'anchored');
  const orphans = notes.filter((note) => statusOf(note) === 'orphan').length;

  return (
    <section class="page-notes" aria-labelledby={NOTES_HEADING_ID}>
      <NotesHeading />
      <NotesNoticeBar notices={notices} reload={() => void load()} restore={(note) => source.restoreNote(note)} />
      <div class="page-notes__new">
        <h3>{t(selection ? 'sidepanel_annotation_heading' : 'sidepanel_new_note')}</h3>
        {selection && (
          <figure class="page-notes__selection">
            <figcaption>{t('sidepanel_selected_passage')}</figcaption>
            <blockquote class="note__quote">{selection.exact}</blockquote>
            <button type="button" class="button button--secondary" onClick={() => setSelection(null)}>
              {t('sidepanel_drop_passage')}
            </button>
          </figure>
        )}
        <button type="button" class="button button--secondary" onClick={() => void annotateSelection()}>
          {t('sidepanel_annotate')}
        </button>
        {problem && (
          <p class="alert" role="alert" data-problem={problem}>
            {t(PROBLEM_KEYS[problem])}
          </p>
        )}
        <NoteEditor
          label={t(selection ? 'sidepanel_annotation_heading' : 'sidepanel_new_note')}
          lookup={lookup}
          suggested={suggestedIds}
          allowEmpty={selection !== null}
          onSave={async (values) => {
            if (!url) return false;
            const added = await run(() =>
              source.addNote({
                url,
                title: state.title ?? '',
                ...values,
                places: placesForNote(state.recognition?.places),
                ...(selection ? { selectors: selection.selectors } : {}),
                ...(pdf ? { pdf: { fingerprint: pdf.fingerprint } } : {}),
              }),
            );
            if (!added) return false;
            setSelection(null);
            setNotice({ kind: 'info', key: 'sidepanel_saved' });
            return true;
          }}
        />
      </div>
      {orphans > 0 && (
        <p class="muted" role="status">
          {orphans === 1 ? t('sidepanel_orphans_count_one') : t('sidepanel_orphans_count_many', orphans)}
        </p>
      )}
      {notes.length === 0 ? (
        <p class="muted">{t('sidepanel_notes_empty')}</p>
      ) : (
        <NoteList
          notes={notes}
          source={source}
          linked={linked}
          lookup={lookup}
          label={t('sidepanel_notes_heading')}
          statusOf={statusOf}
          onShow={(note) =>
            void page
              .scrollTo(tabId, note.id)
              .then((found) => !found && setNotice({ kind: 'info', key: 'sidepanel_not_in_page' }))
          }
          onReattach={(note) => void reattach(note)}
          onOpenEntry={onOpenEntry}
          run={run}
          setNotice={setNotice}
          focusHandOver={notices.focusHandOver}
        />
      )}
    </section>
  );
}
