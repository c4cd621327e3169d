/** The detail page of one index entry (`entry.html?id=<id>`), opened for entries without an address. */
import { useEffect, useState } from 'preact/hooks';
import type { IndexEntry } from '../../lib/index/schema';
import type { EntrySource } from '../../lib/views/entry-source';
import { EntryDetail } from '../shared/EntryDetail';
import { useT } from '../shared/i18n';
import './entry.css';

export interface EntryAppProps {
  entryId: string | null;
  entries: EntrySource;
}

type Found =
  { status: 'loading' } | { status: 'found'; entry: IndexEntry } | { status: 'missing' } | { status: 'failed'; message: string };

export function EntryApp({ entryId, entries }: EntryAppProps) {
  const t = useT();
  const [found, setFound] = useState<Found>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void entries.load().then(
        (all) => {
          if (!live) return;
          const entry = all.find((candidate) => candidate.id === entryId);
          setFound(entry ? { status: 'found', entry } : { status: 'missing' });
        },
        (error: unknown) =>
          live && setFound({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    refresh();
    const stop = entries.subscribe(refresh);
    return () => {
      live = false;
      stop();
    };
  }, [entries, entryId]);

  useEffect(() => {
    if (found.status === 'found') document.title = `${found.entry.title} · ${t('extName')}`;
  }, [found, t]);

  return (
    <main class="entry-page">
      {found.status === 'loading' && (
        <p role="status" class="muted">
          {t('loading')}
        </p>
      )}
      {found.status === 'found' && <EntryDetail entry={found.entry} />}
      {found.status === 'missing' && (
        <>
          <h1>{t('extName')}</h1>
          <p role="alert">{t('popupEntryNotFound')}</p>
        </>
      )}
      {found.status === 'failed' && (
        <>
          <h1>{t('extName')}</h1>
          <p role="alert">{t('popupIndexError', found.message)}</p>
        </>
      )}
    </main>
  );
}
