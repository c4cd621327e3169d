/**
 * One index entry as a compact card: title (matched words highlighted), kind,
 * publisher or event, year, where its link goes (the site, so a reader knows
 * before clicking), and why it is shown (matched or shared terms).
 * Used by the popup's results and by suggestion lists in popup and side panel.
 * Everything from the index is rendered as text.
 */
import { entryMetaLine } from '../../core/entries/meta-line';
import type { IndexEntry } from '../../core/index/schema';
import type { MatchRange } from '../../core/search/types';
import { useT } from './i18n';
import { Highlighted } from './Highlighted';

export interface EntryCardProps {
  entry: IndexEntry;
  /** Matched ranges in the title, from a search hit. */
  titleRanges?: readonly MatchRange[] | undefined;
  /** Terms that explain why the entry is shown. */
  terms?: readonly string[] | undefined;
  /** Query words the entry lacks (a search hit's `missingTerms`). */
  missingTerms?: readonly string[] | undefined;
  /** A window of another matched field (summary, body) with its matches, when the title shows none. */
  snippet?: { text: string; ranges: readonly MatchRange[]; clippedStart: boolean; clippedEnd: boolean } | undefined;
  /** Names of the places the entry names, shown as chips. */
  places?: readonly string[] | undefined;
  /** Whether `terms` are search matches or terms the page shares with the entry. */
  termsKind?: 'matched' | 'shared';
  /**
   * When given, the title is a button that opens the entry. Leave it out where
   * the card sits inside an interactive element already (a listbox option).
   */
  onOpen?: ((entry: IndexEntry) => void) | undefined;
}

/** Where the entry's link goes, shown on every card: the site's name without "www.", or none. */
export function linkDomain(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  return new URL(url).hostname.replace(/^www\./, '');
}

/** "naar pbl.nl", or "samenvatting in Regiolens" for an entry without an address. */
function EntryLink({ url }: { url: string | undefined }) {
  const t = useT();
  const domain = linkDomain(url);
  return (
    <span class="entry-card__link" data-link-domain={domain ?? ''}>
      {domain === undefined ? t('entryLinkDetail') : t('entryLinkDomain', domain)}
    </span>
  );
}

/** "Werksessie · VNG-werkconferentie Proef verschil! · 2016" */
export function EntryMeta({ entry }: { entry: IndexEntry }) {
  const t = useT();
  return <span class="entry-card__meta">{entryMetaLine(entry, t)}</span>;
}

export function EntryCard({
  entry,
  titleRanges,
  terms,
  missingTerms,
  snippet,
  places,
  termsKind = 'matched',
  onOpen,
}: EntryCardProps) {
  const t = useT();
  const title = <Highlighted text={entry.title} ranges={titleRanges} />;
  const shownTerms = terms?.filter((term) => term.trim() !== '').slice(0, 6) ?? [];
  return (
    <div class="entry-card" data-entry-id={entry.id}>
      {onOpen ? (
        <button type="button" class="entry-card__title entry-card__open" onClick={() => onOpen(entry)}>
          {title}
          <span class="visually-hidden"> {t(entry.url ? 'popupOpensInNewTab' : 'popupOpensDetail')}</span>
        </button>
      ) : (
        <span class="entry-card__title">{title}</span>
      )}
      <EntryMeta entry={entry} />
      <EntryLink url={entry.url} />
      {snippet && (
        <span class="entry-card__snippet">
          {snippet.clippedStart ? '… ' : ''}
          <Highlighted text={snippet.text} ranges={snippet.ranges} />
          {snippet.clippedEnd ? ' …' : ''}
        </span>
      )}
      {shownTerms.length > 0 && (
        <span class="entry-card__why">
          {t(termsKind === 'shared' ? 'popupSharedTerms' : 'popupMatchedTerms', shownTerms.join(', '))}
        </span>
      )}
      {places && places.length > 0 && (
        <span class="entry-card__places">
          <span class="visually-hidden">{t('places_chips_label')} </span>
          {places.slice(0, 4).map((name) => (
            <span key={name} class="chip">
              {name}
            </span>
          ))}
        </span>
      )}
      {missingTerms && missingTerms.length > 0 && (
        <span class="entry-card__missing">{t('popupMissingTerms', missingTerms.join(', '))}</span>
      )}
    </div>
  );
}
