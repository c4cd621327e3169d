/**
 * How a note on a PDF is written as a Web Annotation target, and read back.
 *
 * - The page: a FragmentSelector `page=N` that conforms to RFC 3778 (the
 *   fragment the application/pdf media type defines, and the one the model's
 *   own FragmentSelector table lists for PDF), refined by the note's
 *   TextQuoteSelector. It stands in the target's selector list beside the
 *   quote and the position on the whole document's text. Selectors in one
 *   list are alternatives: each must select the same passage, and "page N"
 *   alone would select the whole page, so it is refined by the quote (the
 *   passage within that page). The position cannot refine it, as it counts
 *   from the document's start, not the page's.
 * - The document: `source` is its address with `format: application/pdf`;
 *   its fingerprint (pdf.js's first) goes in `scope` as the IRI `urn:x-pdf:<hex>`,
 *   the form other annotation tools use for a PDF's fingerprint, so the same
 *   file at another address finds the note after an import too.
 */
import type { PdfIdentity } from './types';

export const PDF_FORMAT = 'application/pdf';
export const RFC_3778 = 'http://tools.ietf.org/rfc/rfc3778';
export const PDF_URN_PREFIX = 'urn:x-pdf:';

interface QuoteSelector {
  type: 'TextQuoteSelector';
  exact?: string;
  prefix?: string;
  suffix?: string;
}

export function pageSelector(page: number, quote: QuoteSelector) {
  return { type: 'FragmentSelector' as const, conformsTo: RFC_3778, value: `page=${page}`, refinedBy: { ...quote } };
}

/** The scope is an IRI (the model's schema takes no object there). */
export function pdfScope(pdf: PdfIdentity): { scope: string } {
  return { scope: `${PDF_URN_PREFIX}${pdf.fingerprint}` };
}

/** The page a FragmentSelector names (`page=N`, as RFC 3778 writes it; other parameters may follow), or null. */
export function pageOfFragment(selector: { type?: unknown; value?: unknown; conformsTo?: unknown }): number | null {
  if (selector.type !== 'FragmentSelector' || typeof selector.value !== 'string') return null;
  if (selector.conformsTo !== undefined && selector.conformsTo !== RFC_3778) return null;
  const match = /^page=(\d{1,6})(?:&|$)/u.exec(selector.value);
  const page = match ? Number(match[1]) : 0;
  return page >= 1 ? page : null;
}

/** The fingerprint a target's scope names (`urn:x-pdf:<hex>`, or `{id: …}` of it, as some tools write), or null. */
export function fingerprintOfScope(scope: unknown): string | null {
  const id = typeof scope === 'string' ? scope : (scope as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || !id.toLowerCase().startsWith(PDF_URN_PREFIX)) return null;
  const hex = id.slice(PDF_URN_PREFIX.length).toLowerCase();
  return /^[0-9a-f]{16,128}$/u.test(hex) ? hex : null;
}
