/**
 * One note: its quoted passage, body, tags and linked entries, with actions.
 * Everything from the note is rendered as text (bodies may come from imports).
 */
import type { IndexEntry } from '../../core/index/schema';
import type { Note } from '../../core/notes/types';
import { readerPathAtPage } from '../../core/pdf/reader-address';
import { useT } from '../common/i18n';
import { EDIT_ACTION } from './use-note-focus';

export type AnchorStatus = 'anchored' | 'orphan' | 'unknown';

export interface NoteItemProps {
  note: Note;
  status?: AnchorStatus;
  entry: (id: string) => IndexEntry | undefined;
  /** Show which page the note is on (the all-notes view). */
  showPage?: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onShow?: () => void;
  onReattach?: () => void;
  onOpenEntry?: (entry: IndexEntry) => void;
}

/** Where the note's link leads: the page itself, or for a PDF the reader at the note's page. */
function addressOf(note: Note): string {
  return note.pdf ? readerPathAtPage(note.url, note.selectors?.page) : note.url;
}

function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

export function NoteItem({ note, status, entry, showPage, onEdit, onDelete, onShow, onReattach, onOpenEntry }: NoteItemProps) {
  const t = useT();
  const orphan = status === 'orphan' && note.selectors !== undefined;
  const label = note.body.trim() ? note.body.slice(0, 60) : (note.selectors?.quote.exact.slice(0, 60) ?? note.title);
  return (
    <article class={`note${orphan ? ' note--orphan' : ''}`} data-note-id={note.id} data-status={status} aria-label={label}>
      {showPage && (
        <p class="note__page">
          <a href={addressOf(note)} target="_blank" rel="noopener noreferrer">
            {note.title || note.url}
          </a>
          {note.selectors?.page !== undefined && <span class="muted"> · {t('notes_pdf_page', note.selectors.page)}</span>}
        </p>
      )}
      {note.selectors ? (
        <blockquote class="note__quote">{note.selectors.quote.exact}</blockquote>
      ) : (
        <p class="note__kind muted">{t('sidepanel_page_note')}</p>
      )}
      {orphan && (
        <p class="note__orphan" data-orphan="true">
          <strong>{t('sidepanel_orphan_badge')}</strong> {t('notes_orphan')}
        </p>
      )}
      {note.body && <p class="note__body">{note.body}</p>}
      {note.tags.length > 0 && (
        <ul class="note__tags" aria-label={t('sidepanel_tags_heading')}>
          {note.tags.map((tag) => (
            <li key={tag} class="chip">
              {tag}
            </li>
          ))}
        </ul>
      )}
      {note.links.length > 0 && (
        <ul class="note__links" aria-label={t('sidepanel_links_heading')}>
          {note.links.map((id) => {
            const linked = entry(id);
            return (
              <li key={id}>
                {linked && onOpenEntry ? (
                  <button type="button" class="link-button" onClick={() => onOpenEntry(linked)}>
                    {linked.title}
                  </button>
                ) : (
                  (linked?.title ?? id)
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p class="note__meta muted">{t('sidepanel_modified', formatDate(note.modified, t('localeCode')))}</p>
      <div class="note__actions">
        {onShow && note.selectors && !orphan && (
          <button type="button" class="button button--secondary" onClick={onShow}>
            {t('sidepanel_show_in_page')}
          </button>
        )}
        {orphan && onReattach && (
          <button type="button" class="button" onClick={onReattach}>
            {t('sidepanel_reattach')}
          </button>
        )}
        <button type="button" class="button button--secondary" data-note-action={EDIT_ACTION} onClick={onEdit}>
          {t('sidepanel_edit')}
        </button>
        <button type="button" class="button button--danger" onClick={onDelete}>
          {t('sidepanel_delete')}
        </button>
      </div>
    </article>
  );
}
