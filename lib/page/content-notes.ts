/**
 * The content script's notes router: answers the content protocol
 * (lib/shared/messages/content-messages.ts) in the page. Anchoring, highlighting and
 * reading the selection are lib/core/notes' work; this file checks who is asking and
 * what they sent, then calls it.
 *
 * Why hand-written guards instead of the valibot schemas the background's
 * router uses: the content script runs in every policy page and must stay
 * within 10 kB gzip; valibot plus the note schemas would take most of that.
 * The guards check exactly what the schemas check (tests/unit/sidepanel/
 * content-guards.test.ts runs both over the same cases). This file imports no
 * extension API, so it is testable in a plain page; content-script.ts hands it
 * the extension's identity.
 */
import type { Envelope, ErrorCode, Result } from '../shared/messages/define';
import type { ContentProtocol, ContentHandlers } from '../shared/messages/protocol';
import type { SenderInfo, TrustedOrigin } from '../shared/messages/router';
import { anchorNotesInSlices, describeSelection } from './anchor-page';
import { showText } from './find-text';
import { clearHighlights, highlightNotes, scrollToNote } from './highlight';
import { MAX_FIND_TEXT } from '../core/page-limits';
import { LIMITS, MAX_HIGHLIGHTS } from '../core/notes/limits';
import type { NoteToAnchor } from '../core/notes/types';

/** The selector limits the note schemas check (lib/core/notes/limits.ts: a few numbers, no schema library). */
const { exact: MAX_EXACT, context: MAX_CONTEXT, offset: MAX_OFFSET } = LIMITS;

const UUID = /^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/i;

type Guard<T> = (value: unknown) => T | null;
type Fields = Record<string, unknown>;

/**
 * A plain object whose sorted keys are exactly one of `shapes` (comma-joined,
 * e.g. "exact,prefix,suffix"): required keys present, nothing extra, like v.strictObject.
 */
function record(value: unknown, ...shapes: string[]): Fields | null {
  // An array's keys are its indexes, so no array passes a named shape (and [] carries nothing for '').
  if (typeof value !== 'object' || !value) return null;
  return shapes.includes(Object.keys(value).sort().join()) ? (value as Fields) : null;
}

const text = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'string' && value.length >= min && value.length <= max;
const offset = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_OFFSET;
const noteId = (value: unknown): boolean => typeof value === 'string' && UUID.test(value);

/** One note to anchor: `{ id, selectors: { quote: {exact, prefix, suffix}, position?: {start, end} } }`. */
export const noteToAnchor: Guard<NoteToAnchor> = (value) => {
  const note = record(value, 'id,selectors');
  const selectors = note && record(note.selectors, 'quote', 'position,quote');
  const quote = selectors && record(selectors.quote, 'exact,prefix,suffix');
  if (!quote || !noteId(note?.id) || !text(quote.exact, 1, MAX_EXACT)) return null;
  if (!text(quote.prefix, 0, MAX_CONTEXT) || !text(quote.suffix, 0, MAX_CONTEXT)) return null;
  if (selectors?.position !== undefined) {
    const position = record(selectors.position, 'end,start');
    if (!position || !offset(position.start) || !offset(position.end) || position.end <= position.start) return null;
  }
  // Every key and value was checked above, and no other key may be present.
  return value as NoteToAnchor;
};

/** The payload guards, one per content message. */
export const contentGuards: { [T in keyof ContentProtocol]: Guard<Parameters<ContentHandlers[T]>[0]> } = {
  'notes/highlight': (value) => {
    const payload = record(value, 'notes');
    const notes = payload?.notes;
    if (!Array.isArray(notes) || notes.length > MAX_HIGHLIGHTS) return null;
    return notes.every(noteToAnchor) ? { notes: notes as NoteToAnchor[] } : null;
  },
  'notes/scroll-to': (value) => {
    const payload = record(value, 'id');
    return payload && noteId(payload.id) ? { id: payload.id as string } : null;
  },
  'notes/clear-highlights': (value) => (record(value, '') ? {} : null),
  'page/selection': (value) => (record(value, '') ? {} : null),
  'page/show-text': (value) => {
    const words = record(value, 'text')?.text;
    return text(words, 1, MAX_FIND_TEXT) ? { text: words as string } : null;
  },
};

/**
 * Highlights the page's own notes as it loads (lib/page/content-script.ts asks the background for
 * them), the same way the side panel's `notes/highlight` does, replacing earlier highlights.
 */
export async function highlightOwnNotes(doc: Document, notes: readonly NoteToAnchor[]): Promise<void> {
  const { ranges } = await anchorNotesInSlices(doc, notes);
  highlightNotes(doc, ranges);
}

/** The handlers, as functions of the page's document. */
export function contentNotesHandlers(doc: Document = document): ContentHandlers {
  return {
    'notes/highlight': async ({ notes }) => {
      const { outcomes, ranges } = await anchorNotesInSlices(doc, notes);
      highlightNotes(doc, ranges);
      return outcomes;
    },
    'notes/scroll-to': ({ id }) => ({ found: scrollToNote(doc, id) }),
    'notes/clear-highlights': () => {
      clearHighlights(doc);
      return null;
    },
    'page/selection': () => describeSelection(doc),
    'page/show-text': ({ text }) => ({ found: showText(doc, text) }),
  };
}

/** Only our own extension pages and service worker may drive highlights or read the selection. */
export function fromOwnExtension(sender: SenderInfo, trusted: TrustedOrigin): boolean {
  return sender.id === trusted.extensionId && sender.url?.startsWith(`${trusted.extensionOrigin}/`) === true;
}

const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** Answers one message like lib/shared/messages/router.ts does: never throws, always a serialisable Result. */
export function createContentNotesRouter(trusted: TrustedOrigin, handlers: ContentHandlers = contentNotesHandlers()) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Result<unknown>> {
    // listenForMessages passes only our envelopes; anything else finds no guard here.
    const { type, payload: raw } = Object(message) as Partial<Envelope<keyof ContentProtocol>>;
    if (type === undefined || !Object.hasOwn(contentGuards, type)) return fail('unknown-type', String(type));
    if (!fromOwnExtension(sender, trusted)) return fail('forbidden', type);
    const payload = contentGuards[type](raw);
    if (payload === null) return fail('bad-request', type);
    try {
      const handler = handlers[type] as (request: unknown, sender: SenderInfo) => unknown;
      return { ok: true, value: await handler(payload, sender) };
    } catch (error) {
      return fail('failed', String(error));
    }
  };
}
