/**
 * pdf.js in the reader: the one module that imports it, so no other view (the
 * popup, the side panel) bundles it. Its worker ships with the extension (Vite
 * emits pdf.worker.min.mjs as a file of ours and gives its address): nothing is
 * loaded from elsewhere, as the extension pages' content security policy
 * ('self' only) demands anyway.
 *
 * pdf.js's legacy build, not its modern one: the modern build calls what only the newest browsers have
 * (Map.prototype.getOrInsertComputed, in its worker), so on Firefox ESR 140 its worker never started and the
 * reader showed empty pages with no verdict. The legacy build carries those for the browsers we support
 * (Firefox 129, Chrome 137 and later: wxt.config.ts), at about 60 kB more per file.
 */
import {
  GlobalWorkerOptions,
  PasswordResponses,
  PixelsPerInch,
  TextLayer,
  getDocument,
  type PDFDocumentProxy,
  type PDFPageProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Starts pdf.js's worker now rather than when the first document opens: its script (over 1 MB) then loads
 * and compiles in its own thread while the reader fetches the document, instead of after it. Every
 * document of the page uses this one worker.
 */
export function startPdfWorker(): void {
  GlobalWorkerOptions.workerPort ??= new Worker(workerUrl, { type: 'module', name: 'pdf.js' });
}

export type PdfDocument = PDFDocumentProxy;
export type PdfPage = PDFPageProxy;

/** Why a document could not be opened, in the words the reader shows. */
export type OpenFailure = 'not-pdf' | 'damaged' | 'cancelled';

export class OpenError extends Error {
  constructor(
    readonly reason: OpenFailure,
    cause?: unknown,
  ) {
    super(reason, { cause });
    this.name = 'OpenError';
  }
}

/** Asks the user for the password: `retry` after a wrong one; resolves null when they cancel. */
export type AskPassword = (retry: boolean) => Promise<string | null>;

/**
 * Opens a PDF from its bytes. A password-protected document asks through `askPassword` until it opens or
 * the user cancels. XFA forms are not rendered (the reader shows the document, it does not fill it in).
 */
export async function openPdf(data: Uint8Array, askPassword: AskPassword): Promise<PdfDocument> {
  const task = getDocument({ data, enableXfa: false });
  let cancelled = false;
  task.onPassword = (update: (password: string) => void, reason: number) => {
    void askPassword(reason === PasswordResponses.INCORRECT_PASSWORD).then((password) => {
      if (password === null) {
        cancelled = true;
        void task.destroy();
      } else update(password);
    });
  };
  try {
    return await task.promise;
  } catch (error) {
    if (cancelled) throw new OpenError('cancelled', error);
    const name = error instanceof Error ? error.name : '';
    throw new OpenError(name === 'InvalidPDFException' ? 'not-pdf' : 'damaged', error);
  }
}

/** CSS pixels per PDF point at 100 % (a PDF point is 1/72 inch, a CSS pixel 1/96). */
export const CSS_UNITS = PixelsPerInch.PDF_TO_CSS_UNITS;

export interface RenderedPage {
  /** The text layer's spans, one per text item, in the order of the page's text items. */
  textDivs: HTMLElement[];
  cancel(): void;
}

/**
 * Draws one page into `box` at `zoom` (1 = 100 %): a canvas for the look, and over it a text layer of
 * transparent spans at the same places, so text can be selected, found and read by assistive technology.
 */
export async function renderPage(page: PdfPage, box: HTMLElement, zoom: number): Promise<RenderedPage> {
  const viewport = page.getViewport({ scale: zoom * CSS_UNITS });
  const ratio = globalThis.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.setAttribute('aria-hidden', 'true');
  const textBox = document.createElement('div');
  textBox.className = 'text-layer';
  box.style.setProperty('--total-scale-factor', String(viewport.scale));
  box.replaceChildren(canvas, textBox);
  const drawing = page.render({
    canvas,
    viewport,
    ...(ratio === 1 ? {} : { transform: [ratio, 0, 0, ratio, 0, 0] }),
  });
  const textLayer = new TextLayer({ textContentSource: page.streamTextContent(), container: textBox, viewport });
  const cancel = () => {
    drawing.cancel();
    textLayer.cancel();
  };
  await Promise.all([drawing.promise, textLayer.render()]);
  return { textDivs: textLayer.textDivs, cancel };
}

/** The size of a page at `zoom`, in CSS pixels. */
export function pageSize(page: PdfPage, zoom: number): { width: number; height: number } {
  const viewport = page.getViewport({ scale: zoom * CSS_UNITS });
  return { width: viewport.width, height: viewport.height };
}

export interface OutlineNode {
  title: string;
  /** Page number (from 1), when the item leads to a page in this document. */
  page: number | null;
  children: OutlineNode[];
}

async function pageOfDest(doc: PdfDocument, dest: string | unknown[] | null): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    const target = explicit?.[0];
    if (typeof target === 'number') return target + 1;
    if (target && typeof target === 'object') return (await doc.getPageIndex(target as never)) + 1;
  } catch (error) {
    console.info('Regiolens: an outline item leads nowhere', error);
  }
  return null;
}

type RawOutline = Awaited<ReturnType<PdfDocument['getOutline']>>;

/** The outline (bookmarks) with each item's page resolved; items that lead outside the document keep a null page. */
export async function outlineOf(doc: PdfDocument): Promise<OutlineNode[]> {
  const convert = async (items: RawOutline): Promise<OutlineNode[]> =>
    Promise.all(
      (items ?? []).map(async (item) => ({
        title: item.title,
        page: await pageOfDest(doc, item.dest as string | unknown[] | null),
        children: await convert(item.items as RawOutline),
      })),
    );
  return convert(await doc.getOutline());
}

/** The document's own title and language from its metadata, when it states them. */
export async function documentFacts(doc: PdfDocument): Promise<{ title?: string; lang?: string }> {
  const { info } = await doc.getMetadata();
  const record = info as { Title?: unknown; Language?: unknown };
  return {
    ...(typeof record.Title === 'string' && record.Title.trim() ? { title: record.Title.trim() } : {}),
    ...(typeof record.Language === 'string' && record.Language.trim() ? { lang: record.Language.trim() } : {}),
  };
}
