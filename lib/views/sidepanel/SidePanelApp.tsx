/**
 * The side panel: follows the current tab and shows Regiolens' view of it
 * (verdict, reasons, suggestions) and its notes; a second view lists all notes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { IndexEntry } from '../../core/index/schema';
import { pageStatus } from './page-status';
import type { TabState } from '../../core/tab-state';
import type { BackgroundClient } from '../../shared/messages/client';
import type { EventSubscriber } from '../../shared/messages/events';
import type { NotesSource, PageBridge, PersistenceState } from '../notes/notes-source';
import type { TabSource } from '../common/tab-source';
import type { SiteAccess } from '../common/site-access';
import { AllNotes } from '../notes/AllNotes';
import { NotesHeading, NOTES_HEADING_ID } from '../notes/NotesHeading';
import { PageNotes } from '../notes/PageNotes';
import { useT } from '../common/i18n';
import { SuggestionList } from '../common/SuggestionList';
import { createIndexLookup, type IndexLookup } from '../common/index-lookup';
import { useEntryCards } from '../common/use-index-entries';
import { useTabState } from '../common/use-tab-state';
import { VerdictSummary } from '../common/VerdictSummary';
import { PlacesSection } from './PlacesSection';
import '../notes/notes.css';

export interface SidePanelAppProps {
  tabs: TabSource;
  notes: NotesSource;
  page: PageBridge;
  /** The background: what the panel shows of the active index comes from it (asked again on every 'index/changed'). */
  background: BackgroundClient;
  events: EventSubscriber;
  /** "Always read this site"; optional so tests can leave it out. */
  siteAccess?: SiteAccess | undefined;
  /** Opens an entry (its address, or the extension's detail page). */
  onOpenEntry: (entry: IndexEntry) => void;
}

type View = 'page' | 'all';

export function SidePanelApp({ tabs, notes, page, background, events, siteAccess, onOpenEntry }: SidePanelAppProps) {
  const t = useT();
  const [state, setState] = useTabState(tabs);
  const [view, setView] = useState<View>('page');
  // Only what the panel shows crosses from the background, never the whole index.
  const lookup = useMemo(() => createIndexLookup(background, events), [background, events]);
  const suggestions = state?.status === 'analysed' ? state.recognition?.suggestions : undefined;
  const suggestedIds = useMemo(() => (suggestions ?? []).map((suggestion) => suggestion.id), [suggestions]);
  // Until they load (or when they cannot), suggestions resolve to nothing.
  const cards = useEntryCards(lookup, suggestedIds);
  const [persistence, setPersistence] = useState<PersistenceState | null>(null);

  useEffect(() => {
    let live = true;
    notes.requestPersistence().then(
      (answer) => live && setPersistence(answer),
      (error: unknown) => console.warn('Regiolens: persistent storage could not be requested', error),
    );
    return () => {
      live = false;
    };
  }, [notes]);

  const open = onOpenEntry;
  const tabButton = (which: View, label: string) => (
    <button type="button" class="sidepanel__switch" aria-pressed={view === which} onClick={() => setView(which)}>
      {label}
    </button>
  );

  return (
    <main class="sidepanel">
      <h1>{t('extName')}</h1>
      <nav class="sidepanel__views" aria-label={t('sidepanel_views')}>
        {tabButton('page', t('sidepanel_tab_page'))}
        {tabButton('all', t('sidepanel_tab_all'))}
        {view === 'page' && state && <JumpToNotes />}
      </nav>
      <PageAnnouncement state={state} />
      {persistence === 'denied' && (
        <p class="alert" role="alert" data-persistence="denied">
          {t('sidepanel_persist_denied')}
        </p>
      )}
      {view === 'all' ? (
        <AllNotes source={notes} lookup={lookup} onOpenEntry={open} />
      ) : (
        <>
          <section aria-labelledby="sidepanel-verdict-heading">
            <h2 id="sidepanel-verdict-heading">{state?.title ?? t('sidepanelThisPage')}</h2>
            <VerdictSummary
              state={state}
              onAnalyse={() =>
                void tabs.analyseActive().then(setState, () => setState({ tabId: state?.tabId ?? -1, status: 'not-allowed' }))
              }
              afterFailedRead="verdictNeedsToolbar"
              {...(siteAccess ? { siteAccess } : {})}
              maxReasons={8}
              onShowReason={state ? (reason) => page.showText(state.tabId, reason.find ?? reason.label) : undefined}
              onOpenInReader={(tabId) =>
                void background
                  .call('tab/open-reader', { tabId })
                  .catch((error: unknown) => console.warn('Regiolens: the reader did not open', error))
              }
            />
          </section>
          {state?.status === 'analysed' && state.recognition && (
            <section aria-labelledby="sidepanel-suggestions-heading">
              <h2 id="sidepanel-suggestions-heading">{t('sidepanel_suggestions')}</h2>
              <SuggestionList
                suggestions={state.recognition.suggestions}
                entries={cards}
                onOpen={open}
                empty={<p class="muted">{t('sidepanel_no_suggestions')}</p>}
              />
            </section>
          )}
          {state?.status === 'analysed' && state.recognition?.places && (
            <PlacesSection places={state.recognition.places} lookup={lookup} onOpenEntry={open} />
          )}
          {state && <PageNotesOrReason state={state} notes={notes} page={page} lookup={lookup} onOpen={open} />}
        </>
      )}
    </main>
  );
}

/**
 * On a "yes" page the reasons and suggestions push the notes far down a narrow panel (about 1,400 px
 * at 320 px): this link at the top takes the reader, keyboard or mouse, straight to them. It moves
 * the focus to the notes heading (which takes focus for this) rather than only scrolling, so the next
 * Tab lands in the notes.
 */
function JumpToNotes() {
  const t = useT();
  return (
    <a
      class="sidepanel__jump"
      href={`#${NOTES_HEADING_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(NOTES_HEADING_ID)?.focus();
      }}
    >
      {t('sidepanel_jump_notes')}
    </a>
  );
}

/**
 * The panel's one live region for the page: a short status (page and verdict)
 * when the followed page or its verdict changes. The verdict section itself is
 * not live, so a tab switch does not read out the heading and every reason.
 * Always rendered (and outside either view), so screen readers register it
 * before its text changes.
 */
function PageAnnouncement({ state }: { state: TabState | undefined }) {
  const t = useT();
  const status = pageStatus(state);
  return (
    <p class="visually-hidden" role="status" data-page-status>
      {status && t('sidepanel_page_status', [status.title ?? t('sidepanelThisPage'), t(status.verdict)])}
    </p>
  );
}

function PageNotesOrReason({
  state,
  notes,
  page,
  lookup,
  onOpen,
}: {
  state: NonNullable<ReturnType<typeof useTabState>[0]>;
  notes: NotesSource;
  page: PageBridge;
  lookup: IndexLookup;
  onOpen: (entry: IndexEntry) => void;
}) {
  const t = useT();
  if (state.status === 'restricted' || state.tabId < 0 || !state.url) {
    const key =
      state.status === 'restricted'
        ? 'sidepanel_notes_restricted'
        : state.tabId < 0
          ? 'sidepanel_tab_closed'
          : 'sidepanel_notes_unavailable';
    return (
      <section aria-labelledby={NOTES_HEADING_ID}>
        <NotesHeading />
        <p class="muted" data-notes-unavailable={key}>
          {t(key)}
        </p>
      </section>
    );
  }
  return (
    <PageNotes
      key={`${state.tabId} ${state.url}`}
      state={state}
      source={notes}
      page={page}
      lookup={lookup}
      onOpenEntry={onOpen}
    />
  );
}
