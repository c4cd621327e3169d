/**
 * Asks for a protected document's password. A form in the page, not a modal: the reader has nothing else to
 * show until the document opens, and the way to the original address stays reachable below it. The field
 * takes the focus; a wrong password asks again and says so (announced, tied to the field); Escape cancels.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../common/i18n';

export interface PasswordFormProps {
  retry: boolean;
  onSubmit(password: string): void;
  onCancel(): void;
}

export function PasswordForm({ retry, onSubmit, onCancel }: PasswordFormProps) {
  const t = useT();
  const [password, setPassword] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), [retry]);
  return (
    <form
      class="reader-password"
      aria-labelledby="reader-password-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(password);
      }}
    >
      <h2 id="reader-password-heading">{t('reader_password_heading')}</h2>
      {retry && (
        <p role="alert" id="reader-password-error" class="reader-password__error">
          {t('reader_password_retry')}
        </p>
      )}
      <label for="reader-password">{t('reader_password_label')}</label>
      <input
        id="reader-password"
        ref={field}
        type="password"
        autocomplete="off"
        required
        aria-invalid={retry}
        aria-describedby={retry ? 'reader-password-error' : undefined}
        value={password}
        onInput={(event) => setPassword(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <div class="reader-password__actions">
        <button type="submit" class="button">
          {t('reader_password_open')}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {t('reader_password_cancel')}
        </button>
      </div>
    </form>
  );
}
