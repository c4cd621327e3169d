/** Offline distribution: an index file and its signature, checked by the background exactly like an update. */
import { useId, useRef, useState } from 'preact/hooks';
import { INDEX_MAX_BYTES } from '../../core/index/limits';
import { formatBytes } from './format';
import { useT } from '../common/i18n';

export interface IndexFileFormProps {
  busy: boolean;
  onLoad: (index: File, signature: File | null) => void;
}

export function IndexFileForm({ busy, onLoad }: IndexFileFormProps) {
  const t = useT();
  const id = useId();
  const indexInput = useRef<HTMLInputElement>(null);
  const signatureInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const index = indexInput.current?.files?.[0];
    if (!index) {
      setProblem(t('options_index_file_missing'));
      indexInput.current?.focus();
      return;
    }
    if (index.size > INDEX_MAX_BYTES) {
      setProblem(t('options_index_file_too_large', formatBytes(INDEX_MAX_BYTES, t('localeCode'))));
      return;
    }
    setProblem(null);
    onLoad(index, signatureInput.current?.files?.[0] ?? null);
  };

  return (
    <div class="options__group" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('options_index_file_heading')}</h3>
      <p id={`${id}-explain`}>{t('options_index_file_explain')}</p>
      <form onSubmit={submit} noValidate class="options__file-form">
        <div>
          <label for={`${id}-index`}>{t('options_index_file_index')}</label>
          <input
            ref={indexInput}
            id={`${id}-index`}
            type="file"
            accept=".json,application/json"
            aria-invalid={problem !== null}
            aria-describedby={problem !== null ? `${id}-error` : `${id}-explain`}
          />
        </div>
        <div>
          <label for={`${id}-sig`}>{t('options_index_file_sig')}</label>
          <input ref={signatureInput} id={`${id}-sig`} type="file" accept=".sig,text/plain" />
        </div>
        {problem !== null ? (
          <p id={`${id}-error`} role="alert" class="options__field-error">
            {problem}
          </p>
        ) : null}
        <button type="submit" class="button" aria-disabled={busy}>
          {t('options_index_file_load')}
        </button>
      </form>
    </div>
  );
}
