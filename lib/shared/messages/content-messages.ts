/**
 * Messages the extension sends to a content script (highlighting, reading the
 * selection). The content script checks them just as the background checks its own.
 *
 * Handlers (wired by the content script) are thin: lib/page/anchor-page.ts
 * (anchorNotes, describeSelection), lib/page/highlight.ts
 * (highlightNotes, clearHighlights, scrollToNote) and lib/page/find-text.ts (showText).
 */
import * as v from 'valibot';
import { MAX_HIGHLIGHTS } from '../../core/notes/limits';
import { MAX_FIND_TEXT } from '../../core/page-limits';
import { AnchorSelectorsSchema, NoteIdSchema } from '../../core/notes/schema';
import { defineMessage } from './define';
import type { AnchorOutcome, PageSelection } from '../../core/notes/types';

export const contentMessages = {
  /** Anchor and highlight these notes (replacing earlier highlights); answers, per note, anchored or orphan. */
  'notes/highlight': defineMessage<AnchorOutcome[]>()(
    'extension-page',
    v.strictObject({
      notes: v.pipe(v.array(v.strictObject({ id: NoteIdSchema, selectors: AnchorSelectorsSchema })), v.maxLength(MAX_HIGHLIGHTS)),
    }),
  ),
  /** Scroll a highlighted note's passage into view; answers whether it was found. */
  'notes/scroll-to': defineMessage<{ found: boolean }>()('extension-page', v.strictObject({ id: NoteIdSchema })),
  /** Remove every note highlight from the page (answers null). */
  'notes/clear-highlights': defineMessage<null>()('extension-page', v.strictObject({})),
  /** The current selection's selectors and text, or null when nothing is selected. */
  'page/selection': defineMessage<PageSelection | null>()('extension-page', v.strictObject({})),
  /** Select and scroll to the first place these words (a reason's) stand on the page; answers whether they were found. */
  'page/show-text': defineMessage<{ found: boolean }>()(
    'extension-page',
    v.strictObject({ text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_FIND_TEXT)) }),
  ),
};
