/**
 * Notes as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/).
 * One note is one Annotation:
 *
 * - `id` "urn:uuid:<note id>";
 * - `target` { source: page address, label: page title,
 *   selector: [TextQuoteSelector, TextPositionSelector] } (no selector for a page note);
 * - `body`: a TextualBody (purpose "commenting") with the note text as plain
 *   text, one TextualBody (purpose "tagging") per tag, one SpecificResource
 *   (purpose "linking", source "urn:regiolens:entry:<id>") per linked entry;
 * - `created`, `modified`.
 *
 * A whole export is an AnnotationCollection whose first (only) AnnotationPage
 * holds the items.
 */
import type { Note } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ENTRY_URN_PREFIX = 'urn:regiolens:entry:';
export const NOTE_URN_PREFIX = 'urn:uuid:';

export interface WebAnnotationSelector {
  type: 'TextQuoteSelector' | 'TextPositionSelector';
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

export type WebAnnotationBody =
  | { type: 'TextualBody'; value: string; format: 'text/plain'; purpose: 'commenting' }
  | { type: 'TextualBody'; value: string; purpose: 'tagging' }
  | { type: 'SpecificResource'; source: string; purpose: 'linking' };

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body: WebAnnotationBody[];
  target: { source: string; label?: string; selector?: WebAnnotationSelector[] };
}

export interface WebAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export function toWebAnnotation(note: Note): WebAnnotation {
  const body: WebAnnotationBody[] = [];
  if (note.body.length > 0) body.push({ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  for (const link of note.links)
    body.push({ type: 'SpecificResource', source: `${ENTRY_URN_PREFIX}${link}`, purpose: 'linking' });
  const target: WebAnnotation['target'] = { source: note.url };
  if (note.title) target.label = note.title;
  if (note.selectors) {
    const { quote, position } = note.selectors;
    target.selector = [{ type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }];
    if (position) target.selector.push({ type: 'TextPositionSelector', start: position.start, end: position.end });
  }
  return {
    id: `${NOTE_URN_PREFIX}${note.id}`,
    type: 'Annotation',
    motivation: note.body.length > 0 ? 'commenting' : 'highlighting',
    created: note.created,
    modified: note.modified,
    body,
    target,
  };
}

export function toWebAnnotationCollection(notes: readonly Note[], label = 'Regiolens notes'): WebAnnotationCollection {
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: notes.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: notes.map(toWebAnnotation) },
  };
}

/** The export file's text (pretty-printed: people open these files). */
export function exportJsonLd(notes: readonly Note[]): string {
  return JSON.stringify(toWebAnnotationCollection(notes), null, 2);
}
