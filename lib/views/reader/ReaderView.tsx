/**
 * An open document: the toolbar (pages, zoom, find, contents, the way back to
 * the original address and the browser's own viewer), the outline and the
 * pages. Every control is a real button or field, so the reader works by
 * keyboard; a few single keys (N, P, +, −, Ctrl+F) save steps and are listed.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browserViewerUrl } from '../../core/pdf/reader-address';
import { useT } from '../common/i18n';
import { FindBar } from './FindBar';
import { OutlineTree } from './OutlineTree';
import { PageStack } from './page-stack';
import { PageTexts, afterPaint } from './page-texts';
import { ReaderNotes, type ReaderNotesHost } from './reader-notes';
import { ReadingStatus } from './ReadingStatus';
import type { ReadingOutcome } from './reader-recognition';
import { documentFacts, outlineOf, type OutlineNode, type PdfDocument } from './pdf-engine';

export interface OpenedDocument {
  doc: PdfDocument;
  url: string;
  texts: PageTexts;
  outline: OutlineNode[];
  facts: { title?: string; lang?: string };
}

export interface ReaderViewProps {
  doc: PdfDocument;
  url: string;
  /** Reads the document for recognition once it is open (the extension's reports to the background). */
  recognise?: ((opened: OpenedDocument) => Promise<ReadingOutcome>) | undefined;
  /** Notes on the document: its highlights, and the answers to the side panel (the entrypoint passes the extension's). */
  notes?: ReaderNotesHost | undefined;
  /** The page to open at (a note's link, `#page=N`). */
  startPage?: number | null | undefined;
}

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
const DEFAULT_ZOOM = 2;

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function ReaderView({ doc, url, recognise, notes, startPage }: ReaderViewProps) {
  const t = useT();
  const texts = useMemo(() => new PageTexts(doc), [doc]);
  const pagesRef = useRef<HTMLDivElement>(null);
  const stackRef = useRef<PageStack | null>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const [page, setPage] = useState(1);
  const [pageField, setPageField] = useState('1');
  const [zoomIndex, setZoomIndex] = useState(DEFAULT_ZOOM);
  const [outline, setOutline] = useState<OutlineNode[]>([]);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const [title, setTitle] = useState<string | null>(null);
  const [reading, setReading] = useState<ReadingOutcome | 'reading' | 'failed' | null>(null);

  useEffect(() => {
    const container = pagesRef.current;
    if (!container) return;
    const readerNotes = notes
      ? new ReaderNotes({ url, fingerprint: doc.fingerprints[0] ?? '', texts, stack: () => stackRef.current, store: notes.store })
      : null;
    const stack = new PageStack({
      doc,
      texts,
      container,
      zoom: ZOOMS[DEFAULT_ZOOM] ?? 1,
      pageLabel: (n) => t('reader_page_label', n),
      onPageChange: (n) => {
        setPage(n);
        setPageField(String(n));
      },
      onDrawn: (n, drawn) => void readerNotes?.paint(n, drawn),
    });
    stackRef.current = stack;
    const stopAnswering = readerNotes && notes ? notes.answer(readerNotes) : null;
    void (async () => {
      // The first page before anything else that asks pdf.js's worker for work: outline, metadata, text.
      await stack.layout();
      if (startPage && startPage <= doc.numPages) stack.scrollToPage(startPage);
      await afterPaint();
      // The document's notes: its text is read in the background of the reader, then they are found again.
      readerNotes?.start();
      const [nodes, facts] = await Promise.all([outlineOf(doc), documentFacts(doc)]);
      setOutline(nodes);
      setTitle(facts.title ?? null);
      if (!recognise) return;
      setReading('reading');
      setReading(await recognise({ doc, url, texts, outline: nodes, facts }).catch(() => 'failed' as const));
    })();
    return () => {
      stopAnswering?.();
      readerNotes?.destroy();
      stack.destroy();
    };
    // The translator only labels page boxes; a language change while reading keeps the labels until reload.
  }, [doc, texts, url]);

  useEffect(() => {
    document.title = `${title ?? new URL(url).pathname.split('/').pop() ?? url} · ${t('extName')}`;
  }, [title, url, t]);

  const go = (target: number) => {
    const bounded = Math.min(Math.max(1, target), doc.numPages);
    stackRef.current?.scrollToPage(bounded);
    setPage(bounded);
    setPageField(String(bounded));
  };
  const zoomTo = (index: number) => {
    const bounded = Math.min(Math.max(0, index), ZOOMS.length - 1);
    setZoomIndex(bounded);
    void stackRef.current?.setZoom(ZOOMS[bounded] ?? 1);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        findRef.current?.focus();
        findRef.current?.select();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      const actions: Record<string, () => void> = {
        n: () => go(page + 1),
        p: () => go(page - 1),
        '+': () => zoomTo(zoomIndex + 1),
        '=': () => zoomTo(zoomIndex + 1),
        '-': () => zoomTo(zoomIndex - 1),
      };
      const action = actions[event.key.toLowerCase()];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const zoomPercent = Math.round((ZOOMS[zoomIndex] ?? 1) * 100);
  return (
    <div class="reader">
      <header class="reader-bar" aria-label={t('reader_toolbar')}>
        <h1 class="reader-bar__title">{title ?? t('reader_title')}</h1>
        <div class="reader-bar__group">
          {outline.length > 0 && (
            <button
              type="button"
              class="button button--secondary"
              aria-expanded={outlineOpen}
              aria-controls="reader-outline"
              onClick={() => setOutlineOpen(!outlineOpen)}
            >
              {t('reader_outline_toggle')}
            </button>
          )}
          <button
            type="button"
            class="button button--secondary"
            aria-keyshortcuts="P"
            onClick={() => go(page - 1)}
            disabled={page <= 1}
          >
            <span aria-hidden="true">‹</span>
            <span class="visually-hidden">{t('reader_page_previous')}</span>
          </button>
          <form
            class="reader-bar__page"
            onSubmit={(event) => {
              event.preventDefault();
              const wanted = Number.parseInt(pageField, 10);
              if (Number.isFinite(wanted)) go(wanted);
              else setPageField(String(page));
            }}
          >
            <label for="reader-page" class="visually-hidden">
              {t('reader_page_number')}
            </label>
            <input
              id="reader-page"
              inputMode="numeric"
              size={4}
              value={pageField}
              onInput={(event) => setPageField(event.currentTarget.value)}
            />
            <span>{t('reader_page_of', doc.numPages)}</span>
          </form>
          <button
            type="button"
            class="button button--secondary"
            aria-keyshortcuts="N"
            onClick={() => go(page + 1)}
            disabled={page >= doc.numPages}
          >
            <span aria-hidden="true">›</span>
            <span class="visually-hidden">{t('reader_page_next')}</span>
          </button>
        </div>
        <div class="reader-bar__group">
          <button
            type="button"
            class="button button--secondary"
            aria-keyshortcuts="-"
            onClick={() => zoomTo(zoomIndex - 1)}
            disabled={zoomIndex === 0}
          >
            <span aria-hidden="true">−</span>
            <span class="visually-hidden">{t('reader_zoom_out')}</span>
          </button>
          <output class="reader-bar__zoom" aria-live="polite">
            <span aria-hidden="true">{zoomPercent} %</span>
            <span class="visually-hidden">{t('reader_zoom_level', zoomPercent)}</span>
          </output>
          <button
            type="button"
            class="button button--secondary"
            aria-keyshortcuts="+"
            onClick={() => zoomTo(zoomIndex + 1)}
            disabled={zoomIndex === ZOOMS.length - 1}
          >
            <span aria-hidden="true">+</span>
            <span class="visually-hidden">{t('reader_zoom_in')}</span>
          </button>
        </div>
        <FindBar texts={texts} inputRef={findRef} onMatch={(match) => void stackRef.current?.showMatch(match)} />
        <nav class="reader-bar__links" aria-label={t('reader_original')}>
          <a href={url}>{t('reader_original')}</a>
          <a href={browserViewerUrl(url)}>{t('reader_browser_viewer')}</a>
        </nav>
        <p class="reader-bar__keys muted">{t('reader_keys')}</p>
        {reading !== null && <ReadingStatus reading={reading} />}
      </header>
      {outlineOpen && outline.length > 0 && (
        <nav id="reader-outline" class="reader-outline" aria-labelledby="reader-outline-heading">
          <h2 id="reader-outline-heading">{t('reader_outline_heading')}</h2>
          <OutlineTree nodes={outline} onGo={go} />
        </nav>
      )}
      <main class="reader-pages" ref={pagesRef} />
    </div>
  );
}
