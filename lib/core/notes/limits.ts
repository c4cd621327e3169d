/**
 * Size limits for notes, shared by the schemas, the editor and import. They
 * bound what hostile or corrupt input can make us store or render.
 */
export const LIMITS = {
  url: 4000,
  title: 1000,
  body: 100_000,
  exact: 10_000,
  /** Longest prefix/suffix accepted (other annotation tools may keep more context than we do). */
  context: 1000,
  tag: 100,
  tags: 50,
  link: 200,
  links: 100,
  /** Places of a note's page: the named ones and the region it was about. */
  places: 60,
  placeName: 120,
  /** Offsets are into page text bounded by MAX_TEXT (lib/core/page-limits.ts) and more; keep a safe ceiling. */
  offset: 50_000_000,
  /** Highest PDF page number a note may name (the reader opens documents of thousands of pages). */
  pages: 100_000,
} as const;

/** Context describeSpan keeps around a quote: enough to tell repeated quotes apart, small to store. */
export const CONTEXT_LENGTH = 32;

/**
 * Most notes one highlight message may carry: more than one page can sensibly
 * show, and it bounds the work a message can cause. Checked by the valibot
 * schema (lib/shared/messages/content-messages.ts) and by the content script's own
 * guards (lib/page/content-notes.ts); kept here, in a module with no
 * schema library, so the content script imports these limits without it.
 */
export const MAX_HIGHLIGHTS = 2000;
