/**
 * What the content script reads from a page and sends to the background: the
 * parts a person would call "what the page is about", bounded in size. This is
 * the only page data that crosses a context boundary, and it never leaves the
 * browser.
 */
import * as v from 'valibot';

/** Upper bound for the main text; longer pages are cut, and say so. */
export const MAX_PAGE_TEXT = 200_000;

const boundedText = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const PageSnapshotSchema = v.strictObject({
  /** The address of the document as loaded. */
  url: v.pipe(v.string(), v.url(), v.maxLength(4000)),
  /** The canonical address, when the page declares one. */
  canonical: v.optional(v.pipe(v.string(), v.url(), v.maxLength(4000))),
  /** The document language (lang attribute), e.g. "nl" or "en-GB". */
  lang: v.optional(boundedText(35)),
  title: boundedText(1000),
  description: v.optional(boundedText(5000)),
  keywords: v.optional(boundedText(5000)),
  headings: v.pipe(v.array(boundedText(1000)), v.maxLength(200)),
  text: boundedText(MAX_PAGE_TEXT),
  /** True when the main text was longer than MAX_PAGE_TEXT and was cut. */
  truncated: v.boolean(),
});
export type PageSnapshot = v.InferOutput<typeof PageSnapshotSchema>;
