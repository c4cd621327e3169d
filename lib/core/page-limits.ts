/**
 * The text bound, repeated here on purpose: lib/core/page-snapshot.ts also holds the valibot
 * schema, and the content script must not pull valibot in for one number.
 * A unit test keeps the two equal.
 */
export const MAX_TEXT = 200_000;
export const MAX_TITLE = 1000;
export const MAX_META = 5000;
export const MAX_HEADING = 1000;
export const MAX_HEADINGS = 200;
export const MAX_URL = 4000;
export const MAX_LANG = 35;
