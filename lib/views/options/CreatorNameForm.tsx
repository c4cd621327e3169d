/**
 * "Your name (optional)": the name exports give as the creator of the user's
 * notes (lib/core/notes/creator.ts). Empty by default, and empty again when
 * cleared: Regiolens names nobody unless asked to. Saved with its button, so
 * half-typed names are not stored key by key.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { CREATOR_NAME_MAX, cleanCreatorName } from '../../core/settings/schema';
import { useT } from '../common/i18n';
import { Announcer, errorDetail, type Announcement } from './Announcer';

export interface CreatorNameFormProps {
  /** The saved name ('' when none). */
  value: string;
  onSave: (name: string) => Promise<void>;
}

export function CreatorNameForm({ value, onSave }: CreatorNameFormProps) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [message, setMessage] = useState<Announcement | null>(null);
  useEffect(() => setDraft(value), [value]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const name = cleanCreatorName(draft);
    try {
      await onSave(name);
      setDraft(name);
      setMessage({ tone: 'status', text: t(name === '' ? 'options_creator_cleared' : 'options_creator_saved') });
    } catch (error) {
      setMessage({ tone: 'alert', text: t('options_failed', errorDetail(error)) });
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate class="options__file-form">
      <div>
        <label for={`${id}-name`}>{t('options_creator_label')}</label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="name"
          maxLength={CREATOR_NAME_MAX * 2}
          value={draft}
          aria-describedby={`${id}-hint`}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <p id={`${id}-hint`} class="muted">
          {t('options_creator_hint')}
        </p>
      </div>
      <button type="submit" class="button button--secondary">
        {t('options_creator_save')}
      </button>
      <Announcer message={message} detailsLabel={t('options_details')} />
    </form>
  );
}
