/**
 * A .pdf file for the command-line recogniser: read with pdf.js's legacy build
 * (the one meant for Node) and turned into a snapshot by the same code the
 * reader uses (lib/core/pdf: the text page by page up to the bound, the title,
 * the outline's titles as headings), so a document gets the verdict here that
 * it gets in the browser.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageSnapshot } from '../../lib/core/page-snapshot';
import { pdfSnapshot } from '../../lib/core/pdf/pdf-snapshot';
import { readDocumentText } from '../../lib/core/pdf/pdf-text';
import { InputError } from './recognise-input';

/** pdf.js's own font data, for documents that use the standard fonts without embedding them. */
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

type Outline = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>;
const titles = (items: Outline): string[] => (items ?? []).flatMap((item) => [item.title, ...titles(item.items as Outline)]);

export async function snapshotFromPdf(path: string): Promise<PageSnapshot> {
  if (!existsSync(path)) throw new InputError(path, 'file not found');
  const task = getDocument({ data: new Uint8Array(readFileSync(path)), standardFontDataUrl: STANDARD_FONTS, verbosity: 0 });
  // A protected document: the command line cannot ask, so it says so instead of guessing.
  task.onPassword = () => void task.destroy();
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException' || task.destroyed) throw new InputError(path, 'the document is protected by a password');
    if (name === 'InvalidPDFException') throw new InputError(path, 'not a PDF document (or too damaged to read)');
    throw new InputError(path, `the PDF could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const text = await readDocumentText(doc);
    // Never "not regional" for a scan: there is nothing to judge.
    if (text.empty) throw new InputError(path, 'this document has no text to read (a scan without a text layer?)');
    const { info } = await doc.getMetadata();
    const title = (info as { Title?: unknown }).Title;
    const url = pathToFileURL(resolve(path)).href;
    return pdfSnapshot(
      { url, ...(typeof title === 'string' ? { title } : {}), outlineTitles: titles(await doc.getOutline()) },
      text,
    );
  } finally {
    await task.destroy();
  }
}
