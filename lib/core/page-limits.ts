/**
 * The size bounds of a page snapshot, in one place. The content script cuts
 * what it reads to these bounds, and the background's schema
 * (./page-snapshot.ts) refuses anything larger; both import them from here.
 * This file has no imports, so the content script gets the numbers without
 * pulling in the schema library.
 */
/** Main text, in characters; longer pages are cut, and say so. */
export const MAX_TEXT = 200_000;
export const MAX_TITLE = 1000;
/** Meta description and keywords. */
export const MAX_META = 5000;
export const MAX_HEADING = 1000;
export const MAX_HEADINGS = 200;
export const MAX_URL = 4000;
export const MAX_LANG = 35;
/** The words a reason leads to on the page (the side panel's "show on the page"). */
export const MAX_FIND_TEXT = 300;
