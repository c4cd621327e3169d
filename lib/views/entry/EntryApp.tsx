/** The detail page of one index entry (`entry.html?id=<id>`), opened for entries without an address. */
import { useEffect, useMemo } from 'preact/hooks';
import type { IndexEntry } from '../../core/index/schema';
import type { BackgroundClient } from '../../shared/messages/client';
import type { EventSubscriber } from '../../shared/messages/events';
import { EntryDetail } from '../common/EntryDetail';
import { useT } from '../common/i18n';
import { useEntriesById, type IndexEntriesLoad } from '../common/use-index-entries';
import './entry.css';

export interface EntryAppProps {
  entryId: string | null;
  background: BackgroundClient;
  events: EventSubscriber;
}

type Found =
  { status: 'loading' } | { status: 'found'; entry: IndexEntry } | { status: 'missing' } | { status: 'failed'; message: string };

/** The entry with `entryId` in what the hook loaded (it reloads, newest load winning, when the index changes). */
function findEntry(load: IndexEntriesLoad, entryId: string | null): Found {
  if (load.status !== 'ready') return load;
  const entry = load.entries.find((candidate) => candidate.id === entryId);
  return entry ? { status: 'found', entry } : { status: 'missing' };
}

export function EntryApp({ entryId, background, events }: EntryAppProps) {
  const t = useT();
  // Only this entry crosses from the background, never the whole index (issue 12, at scale).
  const load = useEntriesById(background, events, entryId === null ? [] : [entryId]);
  const found = useMemo(() => findEntry(load, entryId), [load, entryId]);

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
