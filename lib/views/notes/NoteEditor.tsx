/**
 * Writing or editing a note: the body (plain text), tags (comma separated)
 * and links to index entries (LinkPicker: checkboxes, folded away until wanted,
 * the note's links and the page's suggestions first, a box to find others by title).
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { parseTags } from '../sidepanel/notes-list';
import type { IndexLookup } from '../common/index-lookup';
import { useT } from '../common/i18n';
import { LinkPicker } from './LinkPicker';

export interface NoteValues {
  body: string;
  tags: string[];
  links: string[];
}

export interface NoteEditorProps {
  initial?: NoteValues;
  /** Where the linked-material picker's choices come from; without it the editor offers no links. */
  lookup?: IndexLookup | undefined;
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
  lookup,
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
      {lookup && <LinkPicker lookup={lookup} links={links} suggested={suggested} onToggle={toggle} />}
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
