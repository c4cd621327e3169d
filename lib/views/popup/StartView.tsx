/**
 * What the popup shows before anything is typed: the current tab's verdict,
 * the entries suggested for it, and the seven werksessies as a way in.
 */
import type { IndexEntry } from '../../core/index/schema';
import type { TabState } from '../../core/tab-state';
import { EntryCard } from '../common/EntryCard';
import { useT } from '../common/i18n';
import { SuggestionList } from '../common/SuggestionList';
import { VerdictSummary } from '../common/VerdictSummary';
import type { SiteAccess } from '../common/site-access';

export interface StartViewProps {
  state: TabState | undefined;
  byId: ReadonlyMap<string, IndexEntry>;
  werksessies: readonly IndexEntry[];
  onAnalyse: () => void;
  /** Offers "always read this site" where Regiolens does not read the site by itself. */
  siteAccess?: SiteAccess | undefined;
  onOpen: (entry: IndexEntry) => void;
  /** Opens the side panel, where the page's notes are (offered when the page has notes). */
  onOpenSidePanel?: (() => void) | undefined;
  /** Opens the tab's PDF in the reader (offered on a tab showing one in the browser's viewer). */
  onOpenInReader?: ((tabId: number) => void) | undefined;
}

export function StartView({
  state,
  byId,
  werksessies,
  onAnalyse,
  siteAccess,
  onOpen,
  onOpenSidePanel,
  onOpenInReader,
}: StartViewProps) {
  const t = useT();
  const suggestions = state?.recognition?.suggestions ?? [];
  return (
    <div class="popup-start">
      <section aria-labelledby="popup-verdict-heading">
        <h2 id="popup-verdict-heading">{t('popupThisPage')}</h2>
        <VerdictSummary
          state={state}
          onAnalyse={onAnalyse}
          maxReasons={3}
          {...(siteAccess ? { siteAccess } : {})}
          {...(onOpenInReader ? { onOpenInReader } : {})}
        />
        <PageNotesCount count={state?.noteCount ?? 0} onOpenSidePanel={onOpenSidePanel} />
      </section>
      {state?.status === 'analysed' && (
        <section aria-labelledby="popup-suggestions-heading">
          <h2 id="popup-suggestions-heading">{t('popupSuggestionsHeading')}</h2>
          <SuggestionList
            suggestions={suggestions}
            entries={byId}
            onOpen={onOpen}
            max={3}
            empty={<p class="muted">{t('popupNoSuggestions')}</p>}
          />
        </section>
      )}
      {werksessies.length > 0 && (
        <section aria-labelledby="popup-werksessies-heading">
          <h2 id="popup-werksessies-heading">{t('popupWerksessiesHeading')}</h2>
          <ul class="entry-list popup-werksessies">
            {werksessies.map((entry) => (
              <li key={entry.id} class="entry-list__item">
                <EntryCard entry={entry} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** "You have N notes on this page", with the way to them; nothing when there are none. */
function PageNotesCount({ count, onOpenSidePanel }: { count: number; onOpenSidePanel?: (() => void) | undefined }) {
  const t = useT();
  if (count === 0) return null;
  return (
    <p class="popup-page-notes" data-page-notes={count}>
      {count === 1 ? t('popupPageNotes_one') : t('popupPageNotes_many', count)}{' '}
      {onOpenSidePanel && (
        <button type="button" class="button button--secondary" onClick={onOpenSidePanel}>
          {t('popupPageNotesOpen')}
        </button>
      )}
    </p>
  );
}
