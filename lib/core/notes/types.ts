/**
 * The note model, shaped after the W3C Web Annotation model
 * (https://www.w3.org/TR/annotation-model/): a target page, optional selectors
 * for a quoted passage, a plain-text body, tags and links to index entries.
 *
 * Types only, no schema library: the content script imports these and must
 * stay small. The valibot schemas live in ./schema.ts.
 */
import type { PlaceKind } from '../places/gazetteer';
import type { NoteCreator } from './creator';

/** Quotes the passage with a little context, so it can be found again after the page changes. */
export interface TextQuoteSelector {
  exact: string;
  /** Text just before the passage (up to CONTEXT_LENGTH characters). */
  prefix: string;
  /** Text just after the passage (up to CONTEXT_LENGTH characters). */
  suffix: string;
}

/** Offsets into the page text (see page-text.ts), in UTF-16 code units; `end` is exclusive. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

/**
 * Where a note sits in its page. A page note (about the whole page) has none.
 * In a PDF, quote and position are on the document's text (every page's text,
 * see lib/core/pdf/document-text.ts) and `page` (from 1) names the page the
 * passage starts on: what a person looks for, and how export says it.
 */
export interface NoteSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
  page?: number;
}

/**
 * What identifies a PDF besides its address: pdf.js's first fingerprint (the
 * document's own ID, or a hash of its start), the same wherever the file is
 * served from, so a download or a mirror finds the notes made on the original.
 */
export interface PdfIdentity {
  fingerprint: string;
}

/** The document a PDF reader tab shows, as its notes are kept: address and fingerprint. */
export interface ReaderIdentity extends PdfIdentity {
  /** The document's address (the reader's `?url=`). */
  url: string;
  pageCount: number;
}

/** A place the note's page named, or the region it was about, when the note was written. */
export interface NotePlace {
  /** Official code (GM, PV, CR, VR), AM-… for a labour-market region, regio-deal-… for a Regio Deal. */
  id: string;
  name: string;
  kind: PlaceKind;
}

/**
 * What an imported annotation carried that our notes do not make themselves,
 * kept so it travels out again on export (the model says `canonical` must
 * never be dropped; `via` names the copies this one came from).
 */
export interface NoteOrigin {
  /** The annotation's own canonical IRI. */
  canonical?: string;
  /** Ids of the annotations this note is a copy of (a foreign id first, then the file's own `via`). */
  via?: string[];
  /** Motivations other than the ones a note implies (commenting, highlighting), e.g. "questioning". */
  motivation?: string[];
  /** The purpose of the note text when it was not "commenting", e.g. "describing". */
  purpose?: string;
  /** The language of the note text (BCP 47), when the file said so. */
  language?: string;
  /**
   * The media type of the note text when the file gave one other than text/plain (e.g. text/markdown):
   * the text is shown as plain text here, and written back with the type it came with.
   */
  format?: string;
  /** Who made the annotation, as the file said (see creator.ts); exports write it instead of the user's name. */
  creator?: NoteCreator[];
}

export interface Note {
  /** A random UUID (v4). */
  id: string;
  /** The normalised page address (see url.ts). */
  url: string;
  /** The page title when the note was written. */
  title: string;
  selectors?: NoteSelectors;
  /** Plain text, never rendered as HTML. */
  body: string;
  /** Normalised tags (trimmed, unique ignoring case, in the order given). */
  tags: string[];
  /** Ids of linked index entries (e.g. "ws-democratie"). */
  links: string[];
  /** The places of its page (absent on notes written before places were known, and on imported ones). */
  places?: NotePlace[];
  /** What an imported annotation carried beyond our fields (absent on notes written here). */
  origin?: NoteOrigin;
  /** On a note about a PDF: the document's identity, so the same document at another address finds it. */
  pdf?: PdfIdentity;
  /** ISO 8601 times. */
  created: string;
  modified: string;
  /**
   * Grows by one on every stored change. An update names the revision it was
   * based on, so two views editing the same note cannot silently overwrite
   * each other (see lib/shared/stores/notes-db.ts).
   */
  revision: number;
}

/** What a view supplies to write a new note; the rest is filled in by createNote. */
export interface NoteDraft {
  /** The page address as loaded (normalised on the way in). */
  url: string;
  /** The page's canonical link, when it declares one. */
  canonical?: string;
  title: string;
  selectors?: NoteSelectors;
  body: string;
  tags?: readonly string[];
  links?: readonly string[];
  places?: readonly NotePlace[];
  /** For a PDF (the reader's document): its identity. */
  pdf?: PdfIdentity;
}

/** The fields an edit may change. */
export interface NoteChanges {
  title?: string;
  /** `null` turns an annotation into a page note. */
  selectors?: NoteSelectors | null;
  body?: string;
  tags?: readonly string[];
  links?: readonly string[];
}

/** How an anchor was found; `null` from anchor() means the note is an orphan. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

export interface NoteToAnchor {
  id: string;
  selectors: NoteSelectors;
}

export type AnchorOutcome = { id: string; status: 'anchored'; method: AnchorMethod } | { id: string; status: 'orphan' };

export interface PageSelection {
  selectors: NoteSelectors;
  /** The selected text as the page shows it (same as selectors.quote.exact). */
  exact: string;
}

/** Why a page could not be reached: a browser page or store (restricted), or a closed tab / no content script (unavailable). */
export type PageProblem = 'restricted' | 'unavailable';

/**
 * A selection handed over by the context menu or the keyboard command
 * (kept in session storage until the panel uses or dismisses it).
 */
export type PendingAnnotation =
  | { tabId: number; at: number; status: 'selection'; selection: PageSelection }
  | { tabId: number; at: number; status: 'no-selection' | PageProblem };
