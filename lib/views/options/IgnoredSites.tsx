/** The user's list of sites Regiolens never reads; the background checks it on every page report. */
import { useId, useRef, useState } from 'preact/hooks';
import { addIgnoredSite, MAX_IGNORED_SITES, removeIgnoredSite } from './ignored-sites';
import { useT } from '../common/i18n';
import { Announcer, errorDetail, type Announcement } from './Announcer';

export interface IgnoredSitesProps {
  sites: readonly string[];
  onSave: (sites: string[]) => Promise<void>;
}

export function IgnoredSites({ sites, onSave }: IgnoredSitesProps) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [message, setMessage] = useState<Announcement | null>(null);

  const save = async (next: string[], done: Announcement) => {
    try {
      await onSave(next);
      setMessage(done);
      return true;
    } catch (error) {
      setMessage({ tone: 'alert', text: t('options_failed', errorDetail(error)) });
      return false;
    }
  };

  const add = async (event: Event) => {
    event.preventDefault();
    const result = addIgnoredSite(sites, draft);
    if (!result.ok) {
      const text =
        result.reason === 'invalid'
          ? t('options_ignored_invalid')
          : result.reason === 'duplicate'
            ? t('options_ignored_duplicate', result.site)
            : result.reason === 'covered'
              ? t('options_ignored_covered', [result.site, result.by])
              : t('options_ignored_full', MAX_IGNORED_SITES);
      setInvalid(text);
      setMessage(null);
      input.current?.focus();
      return;
    }
    setInvalid(null);
    if (await save(result.sites, { tone: 'status', text: t('options_ignored_added', result.site) })) setDraft('');
  };

  const remove = async (site: string) => {
    await save(removeIgnoredSite(sites, site), { tone: 'status', text: t('options_ignored_removed', site) });
    // The removed row's button is gone: keep keyboard focus in the form instead of losing it to the page.
    input.current?.focus();
  };

  return (
    <div class="options__group" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('options_ignored_heading')}</h3>
      <p id={`${id}-explain`}>{t('options_ignored_explain')}</p>
      <form class="options__inline-form" onSubmit={(event) => void add(event)} noValidate>
        <label for={`${id}-input`}>{t('options_ignored_label')}</label>
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={draft}
          aria-invalid={invalid !== null}
          aria-describedby={invalid !== null ? `${id}-error` : `${id}-explain`}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t('options_ignored_add')}
        </button>
      </form>
      {invalid !== null ? (
        <p id={`${id}-error`} class="options__field-error" role="alert">
          {invalid}
        </p>
      ) : null}
      {sites.length === 0 ? (
        <p class="muted">{t('options_ignored_empty')}</p>
      ) : (
        <ul class="options__sites" aria-label={t('options_ignored_list')}>
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>{' '}
              <button type="button" class="button button--secondary" onClick={() => void remove(site)}>
                {t('options_ignored_remove', site)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Announcer message={message} detailsLabel={t('options_details')} />
    </div>
  );
}
