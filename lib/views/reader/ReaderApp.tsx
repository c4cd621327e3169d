/**
 * The PDF reader (`reader.html?url=<address>`): gets access to the document's
 * server when it has none (asked here, in context, with a click), fetches the
 * document, asks for a password when it has one, and shows it, or says in plain
 * words why it cannot. Nothing of the document leaves the browser.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/keys';
import { useT } from '../common/i18n';
import { OpenError, openPdf, startPdfWorker, type PdfDocument } from './pdf-engine';
import { PasswordForm } from './PasswordForm';
import { FetchError, type ReaderSource } from './reader-source';
import { ReaderView, type ReaderViewProps } from './ReaderView';
import { pageOfFragment, readerAddress, type ReaderAddress } from '../../core/pdf/reader-address';
import './reader.css';

export interface ReaderAppProps {
  /** The page's query string (`?url=…`). */
  search: string;
  /** The page's fragment: `#page=N` opens the document at that page (RFC 3778). */
  hash?: string;
  source: ReaderSource;
  /** Reads an opened document for recognition (the entrypoint passes the extension's). */
  recognise?: ReaderViewProps['recognise'];
  /** Notes on the document (the entrypoint passes the extension's). */
  notes?: ReaderViewProps['notes'];
}

type Phase =
  | { kind: 'checking' }
  | { kind: 'needs-access'; denied: boolean; switchOff?: boolean }
  | { kind: 'loading' }
  | { kind: 'password'; retry: boolean; answer: (password: string | null) => void }
  | { kind: 'failed'; message: MessageKey; detail?: string | number }
  | { kind: 'ready'; doc: PdfDocument };

function failureOf(error: unknown): { message: MessageKey; detail?: string | number } {
  if (error instanceof FetchError) {
    if (error.failure.kind === 'http') return { message: 'reader_error_http', detail: error.failure.status };
    return { message: error.failure.kind === 'too-large' ? 'reader_error_too_large' : 'reader_error_network' };
  }
  if (error instanceof OpenError) {
    const messages = {
      'not-pdf': 'reader_error_not_pdf',
      damaged: 'reader_error_damaged',
      cancelled: 'reader_error_cancelled',
    } as const;
    return { message: messages[error.reason] };
  }
  console.error('Regiolens: the reader failed', error);
  return { message: 'reader_error_damaged' };
}

export function ReaderApp({ search, hash = '', source, recognise, notes }: ReaderAppProps) {
  const t = useT();
  const address = readerAddress(search);
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  const docRef = useRef<PdfDocument | null>(null);

  const load = useCallback(
    async (target: ReaderAddress & { kind: 'ok' }, signal: AbortSignal) => {
      setPhase({ kind: 'loading' });
      startPdfWorker();
      try {
        const bytes = await source.fetchPdf(target.url, signal);
        const doc = await openPdf(
          bytes,
          (retry) => new Promise((resolve) => setPhase({ kind: 'password', retry, answer: resolve })),
        );
        if (signal.aborted) return void doc.loadingTask.destroy();
        docRef.current = doc;
        setPhase({ kind: 'ready', doc });
      } catch (error) {
        if (!signal.aborted) setPhase({ kind: 'failed', ...failureOf(error) });
      }
    },
    [source],
  );

  useEffect(() => {
    if (address.kind !== 'ok') return;
    const controller = new AbortController();
    void source.hasAccess(address.url).then((allowed) => {
      if (controller.signal.aborted) return;
      if (allowed) return void load(address, controller.signal);
      // A local file needs the browser's switch first (only the user can turn it on), then our permission.
      if (!address.local) return setPhase({ kind: 'needs-access', denied: false });
      if (source.localFiles === 'never') return setPhase({ kind: 'needs-access', denied: false, switchOff: true });
      void source.fileSchemeAllowed().then((on) => {
        if (!controller.signal.aborted) setPhase({ kind: 'needs-access', denied: false, switchOff: !on });
      });
    });
    return () => {
      controller.abort();
      void docRef.current?.loadingTask.destroy();
    };
    // The address comes from the page's query string (`search`), which does not change while the page lives.
  }, [search, source, load]);

  if (address.kind === 'missing' || address.kind === 'bad') {
    return (
      <main class="reader-message">
        <h1>{t('reader_title')}</h1>
        <p role="alert">{address.kind === 'missing' ? t('reader_no_address') : t('reader_bad_address', address.text)}</p>
      </main>
    );
  }

  const ask = async () => {
    // First thing in the click: the browser grants only inside a user gesture.
    const granted = await source.requestAccess(address.url);
    if (granted) void load(address, new AbortController().signal);
    else setPhase({ kind: 'needs-access', denied: true, switchOff: false });
  };

  if (phase.kind === 'ready')
    return <ReaderView doc={phase.doc} url={address.url} recognise={recognise} notes={notes} startPage={pageOfFragment(hash)} />;

  return (
    <main class="reader-message">
      <h1>{t('reader_title')}</h1>
      {(phase.kind === 'checking' || phase.kind === 'loading') && (
        <p role="status" class="muted">
          {t('reader_loading')}
        </p>
      )}
      {phase.kind === 'needs-access' && address.local && phase.switchOff === true && (
        <p role="alert">{t(source.localFiles === 'never' ? 'reader_file_never' : 'reader_file_access')}</p>
      )}
      {phase.kind === 'needs-access' && (!address.local || phase.switchOff === false) && (
        <>
          <p>{address.local ? t('reader_files_needed') : t('reader_access_needed', address.host)}</p>
          {phase.denied && <p role="alert">{t('reader_access_denied')}</p>}
          <button type="button" class="button" onClick={() => void ask()}>
            {address.local ? t('reader_files_button') : t('reader_access_button', address.host)}
          </button>
        </>
      )}
      {phase.kind === 'password' && (
        <PasswordForm
          retry={phase.retry}
          onSubmit={(password) => {
            setPhase({ kind: 'loading' });
            phase.answer(password);
          }}
          onCancel={() => phase.answer(null)}
        />
      )}
      {phase.kind === 'failed' && (
        <div role="alert">
          <h2>{t('reader_error_heading')}</h2>
          <p>{phase.detail === undefined ? t(phase.message) : t(phase.message, phase.detail)}</p>
        </div>
      )}
      {phase.kind === 'failed' && phase.message === 'reader_error_cancelled' && (
        <button type="button" class="button" onClick={() => void load(address, new AbortController().signal)}>
          {t('reader_password_again')}
        </button>
      )}
      <p>
        <a href={address.url}>{t('reader_original')}</a>
      </p>
    </main>
  );
}
