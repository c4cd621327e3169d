/**
 * The update address: https, or http only for this machine (the same rule the
 * updater applies, lib/core/index/http-policy.ts), refused with the reason before
 * it is saved. An address preset by an administrator is shown read-only; when the
 * administrator switched network updates off (an empty policy address), the page
 * says so and offers no field, since any address typed here would not be used.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { checkSourceUrl } from '../../core/index/http-policy';
import { outcomeMessageKey } from '../../core/index/outcomes';
import type { ManagedUpdateAddress } from '../../core/settings/update-address';
import { useT } from '../common/i18n';
import { Announcer, errorDetail, type Announcement } from './Announcer';

export interface UpdateUrlFormProps {
  /** The user's saved address. */
  value: string | null;
  /** What an administrator set (managed storage): with an address the field is read-only; 'off' leaves no field. */
  managed: ManagedUpdateAddress;
  onSave: (url: string | null) => Promise<void>;
  /** Asks for access to the server (from the click); false means the server must allow cross-origin requests itself. */
  onRequestAccess?: (url: string) => Promise<boolean>;
}

export function UpdateUrlForm({ value, managed, onSave, onRequestAccess }: UpdateUrlFormProps) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [refusal, setRefusal] = useState<{ text: string; detail: string } | null>(null);
  const [message, setMessage] = useState<Announcement | null>(null);
  useEffect(() => setDraft(value ?? ''), [value]);

  const heading = <h3 id={`${id}-heading`}>{t('options_index_url_heading')}</h3>;
  if (managed.kind === 'off') {
    return (
      <div class="options__group" role="group" aria-labelledby={`${id}-heading`}>
        {heading}
        <p class="muted" data-managed-url="off">
          {t('options_index_url_managed_off')}
        </p>
      </div>
    );
  }
  if (managed.kind === 'address') {
    return (
      <div class="options__group" role="group" aria-labelledby={`${id}-heading`}>
        {heading}
        <label for={`${id}-input`}>{t('options_index_url_label')}</label>
        <input
          id={`${id}-input`}
          class="options__url"
          type="text"
          readOnly
          value={managed.url}
          aria-describedby={`${id}-managed`}
        />
        <p id={`${id}-managed`} class="muted" data-managed-url>
          {t('options_index_url_managed')}
        </p>
      </div>
    );
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    const text = draft.trim();
    let next: string | null = null;
    if (text !== '') {
      const verdict = checkSourceUrl(text);
      if (!verdict.ok) {
        setRefusal({ text: t(outcomeMessageKey(verdict.code)), detail: verdict.message });
        setMessage(null);
        return;
      }
      next = verdict.url.href;
    }
    setRefusal(null);
    // Asked before the first await, while the click still counts as the user's gesture.
    const access =
      next !== null && onRequestAccess
        ? onRequestAccess(next).catch((error: unknown) => {
            console.warn('Regiolens: access to the update server could not be asked for', error);
            return false;
          })
        : Promise.resolve(true);
    try {
      await onSave(next);
      const granted = await access;
      const saved = next === null ? t('options_index_url_cleared') : t('options_index_url_saved');
      setMessage({ tone: 'status', text: granted ? saved : `${saved} ${t('options_index_url_no_access')}` });
    } catch (error) {
      setMessage({ tone: 'alert', text: t('options_failed', errorDetail(error)) });
    }
  };

  return (
    <div class="options__group" role="group" aria-labelledby={`${id}-heading`}>
      {heading}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <label for={`${id}-input`}>{t('options_index_url_label')}</label>
        <input
          id={`${id}-input`}
          class="options__url"
          type="text"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          placeholder="https://"
          value={draft}
          aria-invalid={refusal !== null}
          aria-describedby={refusal !== null ? `${id}-error ${id}-hint` : `${id}-hint`}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <p id={`${id}-hint`} class="muted">
          {t('options_index_url_hint')}
        </p>
        {refusal !== null ? (
          <div id={`${id}-error`} role="alert" class="alert options__field-error">
            <p class="options__message">{refusal.text}</p>
            <p class="muted">
              {t('options_index_url_invalid_hint')} {refusal.detail}
            </p>
          </div>
        ) : null}
        <button type="submit" class="button">
          {t('options_index_url_save')}
        </button>
      </form>
      <Announcer message={message} detailsLabel={t('options_details')} />
    </div>
  );
}
