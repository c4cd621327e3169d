/** Asks for a protected document's password; a wrong one asks again and says so. */
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
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(password);
      }}
    >
      <h2>{t('reader_password_heading')}</h2>
      {retry && <p role="alert">{t('reader_password_retry')}</p>}
      <label for="reader-password">{t('reader_password_label')}</label>
      <input
        id="reader-password"
        ref={field}
        type="password"
        autocomplete="off"
        value={password}
        onInput={(event) => setPassword(event.currentTarget.value)}
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
