/**
 * Notes in the PDF reader: the document's own notes found again when it opens
 * (by its address or its fingerprint), drawn as highlights in the text layer,
 * and the reader's answers to the side panel and the background (highlight
 * these notes, scroll to one, what is selected, which document is this). The
 * anchoring waits for the document's text (read page by page in the
 * background of the reader, shared with recognition) and then runs in slices,
 * so the reader never stops answering. A note that is not found stays a note:
 * the panel lists it as an orphan.
 */
import { anchorInDocument, describeDocumentSpan, joinPages, spanOnPage } from '../../core/pdf/document-anchors';
import type { DocumentAnchor, PdfDocumentText } from '../../core/pdf/document-anchors';
import { anchorsOf } from '../../core/notes/page-anchors';
import type { AnchorOutcome, Note, NoteToAnchor, PageSelection } from '../../core/notes/types';
import { markSpans, rangeOnPage, type PageSpan } from './note-highlights';
import type { PageStack } from './page-stack';
import { yieldToBrowser, type PageTexts } from './page-texts';
import type { RenderedPage } from './pdf-engine';

/** The store, as the reader needs it (lib/views/reader/reader-notes-source.ts gives the extension's). */
export interface ReaderNotesStore {
  /** The document's notes: kept under its address or made on the same document elsewhere. */
  notesFor(url: string, fingerprint: string): Promise<Note[]>;
  /** Calls back after any change to the notes; returns the function that stops listening. */
  onChange(listener: () => void): () => void;
}

/** What the entrypoint gives the reader for notes: the store, and the messages answered in its tab. */
export interface ReaderNotesHost {
  store: ReaderNotesStore;
  /** Answers the reader's messages for this document until the returned function is called. */
  answer(notes: ReaderNotes): () => void;
}

export interface ReaderNotesOptions {
  url: string;
  fingerprint: string;
  texts: PageTexts;
  stack: () => PageStack | null;
  store?: ReaderNotesStore | undefined;
}

export class ReaderNotes {
  private readonly text: Promise<PdfDocumentText>;
  private readText: () => void = () => undefined;
  private anchors = new Map<string, DocumentAnchor | null>();
  private work: AbortController | null = null;
  private stopListening: (() => void) | null = null;

  constructor(private readonly options: ReaderNotesOptions) {
    // Every page's text, read in the background of the reader (the pages recognition reads are not read twice),
    // from start() on: the first page is drawn before anything else asks pdf.js's worker for work.
    this.text = new Promise<void>((resolve) => (this.readText = resolve))
      .then(() => options.texts.all(yieldToBrowser))
      .then(joinPages);
  }

  get identity() {
    return { url: this.options.url, fingerprint: this.options.fingerprint, pageCount: this.options.texts.count };
  }

  /** Reads the document's text and highlights its stored notes, now and after every change to the notes. */
  start(): void {
    this.readText();
    const store = this.options.store;
    if (!store) return;
    const load = () =>
      void store
        .notesFor(this.options.url, this.options.fingerprint)
        .then((notes) => this.highlight(anchorsOf(notes)))
        .catch((error: unknown) => {
          if (!(error instanceof DOMException && error.name === 'AbortError'))
            console.warn('Regiolens: the notes of this document could not be shown', error);
        });
    this.stopListening = store.onChange(load);
    load();
  }

  /** Anchors these notes (replacing the ones highlighted before) and marks the drawn pages; answers per note. */
  async highlight(notes: readonly NoteToAnchor[]): Promise<AnchorOutcome[]> {
    this.work?.abort();
    const work = new AbortController();
    this.work = work;
    const text = await this.text;
    const anchors = await anchorInDocument(text, notes, { between: yieldToBrowser, signal: work.signal });
    work.signal.throwIfAborted();
    this.anchors = anchors;
    await this.repaint();
    return notes.map(({ id }) => {
      const found = anchors.get(id);
      return found ? { id, status: 'anchored', method: found.method } : { id, status: 'orphan' };
    });
  }

  clear(): Promise<void> {
    this.work?.abort();
    this.anchors = new Map();
    return this.repaint();
  }

  /** Scrolls to a highlighted note's passage: its page first, then its first mark; false when it is not highlighted. */
  async scrollTo(id: string): Promise<boolean> {
    const found = this.anchors.get(id);
    const stack = this.options.stack();
    if (!found || !stack) return false;
    stack.scrollToPage(found.page);
    const page = await stack.pageLayer(found.page);
    if (!page) return false;
    const mark = (await this.paint(found.page, page)).get(id);
    mark?.scrollIntoView({ block: 'center' });
    return true;
  }

  /** The selection in the text layer as a note's selectors on the document; null when none (or only white space). */
  async selection(doc: Document): Promise<PageSelection | null> {
    const selected = doc.getSelection();
    const stack = this.options.stack();
    if (!selected || selected.rangeCount === 0 || selected.isCollapsed || !stack) return null;
    const range = selected.getRangeAt(0);
    const text = await this.text;
    let start: number | null = null;
    let end: number | null = null;
    const drawn = [...(await stack.drawnPages())].sort(([a], [b]) => a - b);
    for (const [number, page] of drawn) {
      const pageText = await this.options.texts.page(number);
      const span = rangeOnPage(page, pageText, range);
      const pageStart = text.pageStarts[number - 1];
      if (!span || pageStart === undefined) continue;
      start ??= pageStart + span.start;
      end = pageStart + span.end;
    }
    if (start === null || end === null) return null;
    const selectors = describeDocumentSpan(text, start, end);
    if (selectors.quote.exact.trim().length === 0) return null;
    return { selectors, exact: selectors.quote.exact };
  }

  /** Marks a page's notes as it is drawn (the page stack calls this); returns each note's first mark. */
  async paint(pageNumber: number, page: RenderedPage): Promise<Map<string, HTMLElement>> {
    const text = await this.text;
    const pageText = await this.options.texts.page(pageNumber);
    const spans: PageSpan[] = [];
    for (const [id, found] of this.anchors) {
      const span = found && spanOnPage(text, pageNumber, pageText.text.length, found);
      if (span) spans.push({ id, ...span });
    }
    return markSpans(page, pageText, spans);
  }

  private async repaint(): Promise<void> {
    const stack = this.options.stack();
    if (!stack) return;
    for (const [number, page] of await stack.drawnPages()) await this.paint(number, page);
  }

  destroy(): void {
    this.work?.abort();
    this.stopListening?.();
  }
}
