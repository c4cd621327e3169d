/**
 * A PDF as the recogniser sees a page: its title (the document's own, else the
 * file name), its outline's titles as headings, and its text up to the bound.
 * The reader and the command-line recogniser both build it here.
 */
import { MAX_HEADING, MAX_HEADINGS, MAX_TITLE, MAX_URL } from '../page-limits';
import type { PageSnapshot } from '../page-snapshot';
import type { DocumentText } from './pdf-text';

export interface PdfFacts {
  url: string;
  /** The document's Title from its metadata, when it has one. */
  title?: string;
  lang?: string;
  /** Outline (bookmark) titles, in order, flattened. */
  outlineTitles?: readonly string[];
}

/** The last path segment, decoded: "investeringsagenda.pdf" for a document without a title of its own. */
export function fileNameOf(url: string): string {
  try {
    const segment = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '';
    return decodeURIComponent(segment) || url;
  } catch {
    return url;
  }
}

export function pdfSnapshot(facts: PdfFacts, text: DocumentText): PageSnapshot {
  const title = (facts.title?.trim() || fileNameOf(facts.url)).slice(0, MAX_TITLE);
  const headings = (facts.outlineTitles ?? [])
    .map((heading) => heading.trim().slice(0, MAX_HEADING))
    .filter(Boolean)
    .slice(0, MAX_HEADINGS);
  return {
    url: facts.url.slice(0, MAX_URL),
    title,
    headings,
    text: text.text,
    truncated: text.truncated,
    ...(facts.lang ? { lang: facts.lang.slice(0, 35) } : {}),
  };
}
