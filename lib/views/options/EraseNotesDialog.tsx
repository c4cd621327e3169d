/**
 * The confirmation before erasing every note: a modal <dialog> (the browser
 * keeps focus inside and Escape cancels) that asks to type a word, so a
 * stray Enter cannot erase. Focus starts in the field and returns to the
 * button that opened the dialog when it closes.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useT } from '../common/i18n';

export interface EraseNotesDialogProps {
  open: boolean;
  count: number;
  onConfirm: () => void;
  onClose: () => void;
}

export function EraseNotesDialog({ open, count, onConfirm, onClose }: EraseNotesDialogProps) {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const word = t('options_notes_erase_word');

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setTyped('');
      setMismatch(false);
      element.showModal();
      field.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const submit = (event: Event) => {
    event.preventDefault();
    // Exactly as asked ("Typ precies WISSEN"): a confirmation that accepts other spellings asks for less than it says.
    if (typed.trim() !== word) {
      setMismatch(true);
      field.current?.focus();
      return;
    }
    onConfirm();
  };

  return (
    <dialog
      ref={dialog}
      class="options__dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{t('options_notes_erase_title')}</h2>
        <p id={`${id}-text`}>{t('options_notes_erase_text', count)}</p>
        <label for={`${id}-word`}>{t('options_notes_erase_type', word)}</label>
        <input
          ref={field}
          id={`${id}-word`}
          type="text"
          autoComplete="off"
          spellcheck={false}
          value={typed}
          aria-invalid={mismatch}
          aria-describedby={mismatch ? `${id}-error` : undefined}
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
        {mismatch ? (
          <p id={`${id}-error`} role="alert" class="options__field-error">
            {t('options_notes_erase_mismatch', word)}
          </p>
        ) : null}
        <div class="options__actions">
          <button type="submit" class="button button--danger">
            {t('options_notes_erase_confirm')}
          </button>
          <button type="button" class="button button--secondary" onClick={onClose}>
            {t('options_notes_cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
