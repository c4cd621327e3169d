/**
 * Writing or editing a note: the body (plain text), tags (comma separated)
 * and links to index entries (checkboxes, folded away until wanted: the note's
 * links and the page's suggestions first, a box to find others by title).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { IndexEntry } from '../../core/index/schema';
import { parseTags } from '../sidepanel/notes-list';
import { useT } from '../common/i18n';
import { linkChoices } from './link-choices';

export interface NoteValues {
  body: string;
  tags: string[];
  links: string[];
}

export interface NoteEditorProps {
  initial?: NoteValues;
  entries: readonly IndexEntry[];
  /** Ids of the entries suggested for the page: offered first in the picker. */
  suggested?: readonly string[];
  /** Accessible name of the form. */
  label: string;
  /** Resolves when stored; the editor stays open (and keeps the text) when it rejects or returns false. */
  onSave: (values: NoteValues) => Promise<boolean>;
  onCancel?: () => void;
  /** Focus the text when the editor opens (editing in place replaces the focused Edit button). */
  focusOnOpen?: boolean;
  /** Whether a note without words may be saved (an annotation: the quoted passage is its content). */
  allowEmpty?: boolean;
}

const NONE: readonly string[] = [];

export function NoteEditor({
  initial,
  entries,
  suggested = NONE,
  label,
  onSave,
  onCancel,
  focusOnOpen,
  allowEmpty = false,
}: NoteEditorProps) {
  const t = useT();
  const id = useId();
  const text = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusOnOpen) text.current?.focus();
    // Only when the editor opens (no dependencies): a later render must not pull focus back.
  }, []);
  const [body, setBody] = useState(initial?.body ?? '');
  const [tags, setTags] = useState((initial?.tags ?? []).join(', '));
  const [links, setLinks] = useState<string[]>(initial?.links ?? []);
  const [linkFilter, setLinkFilter] = useState('');
  // What the note links stays in view whatever the filter: unticking must always be possible.
  const choices = useMemo(
    () => linkChoices(entries, { linked: links, suggested, filter: linkFilter }),
    [entries, links, suggested, linkFilter],
  );
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);
  const toggle = (entryId: string, on: boolean) =>
    setLinks((current) => (on ? [...current, entryId] : current.filter((link) => link !== entryId)));
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!allowEmpty && body.trim() === '') {
      setEmpty(true);
      text.current?.focus();
      return;
    }
    setEmpty(false);
    setBusy(true);
    const sent = { body, tags, links };
    const saved = await onSave({ body, tags: parseTags(tags), links }).catch(() => false);
    setBusy(false);
    if (saved && !initial) {
      // Clear only what was stored: words typed while the save was under way are the next note's.
      setBody((current) => (current === sent.body ? '' : current));
      setTags((current) => (current === sent.tags ? '' : current));
      setLinks((current) => (current === sent.links ? [] : current));
      // Ready for the next note: the focus stays in the editor instead of falling to the page.
      text.current?.focus();
    }
  };
  return (
    <form class="note-editor" aria-label={label} onSubmit={(event) => void submit(event)}>
      <label for={`${id}-body`}>{t('sidepanel_body_label')}</label>
      <textarea
        ref={text}
        id={`${id}-body`}
        rows={3}
        value={body}
        aria-invalid={empty || undefined}
        aria-describedby={empty ? `${id}-empty` : undefined}
        onInput={(event) => {
          setBody(event.currentTarget.value);
          if (event.currentTarget.value.trim() !== '') setEmpty(false);
        }}
      />
      {empty && (
        <p id={`${id}-empty`} class="alert" role="alert">
          {t('sidepanel_note_empty')}
        </p>
      )}
      <label for={`${id}-tags`}>{t('sidepanel_tags_label')}</label>
      <input id={`${id}-tags`} type="text" value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
      {entries.length > 0 && (
        <details class="note-editor__links">
          <summary>{t('sidepanel_links_label', links.length)}</summary>
          <fieldset>
            <legend class="visually-hidden">{t('sidepanel_links_legend')}</legend>
            <label for={`${id}-link-filter`}>{t('sidepanel_links_filter')}</label>
            <input
              id={`${id}-link-filter`}
              type="search"
              value={linkFilter}
              onInput={(event) => setLinkFilter(event.currentTarget.value)}
            />
            {choices.shown.map((entry) => (
              <label key={entry.id} class="note-editor__link">
                <input
                  type="checkbox"
                  checked={links.includes(entry.id)}
                  onChange={(event) => toggle(entry.id, event.currentTarget.checked)}
                />{' '}
                {entry.title}
              </label>
            ))}
            {choices.shown.length === 0 && <p class="muted">{t('sidepanel_links_none')}</p>}
            {choices.hidden > 0 && <p class="muted">{t('sidepanel_links_more')}</p>}
          </fieldset>
        </details>
      )}
      <div class="note-editor__actions">
        <button type="submit" class="button" disabled={busy}>
          {t('sidepanel_save')}
        </button>
        {onCancel && (
          <button type="button" class="button button--secondary" onClick={onCancel}>
            {t('sidepanel_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
