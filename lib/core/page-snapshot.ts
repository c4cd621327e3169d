/**
 * What the content script reads from a page and sends to the background: the
 * parts a person would call "what the page is about", bounded in size. This is
 * the only page data that crosses a context boundary, and it never leaves the
 * browser.
 */
import * as v from 'valibot';
import { MAX_HEADING, MAX_HEADINGS, MAX_LANG, MAX_META, MAX_TEXT, MAX_TITLE, MAX_URL } from './page-limits';

/** Upper bound for the main text; longer pages are cut, and say so. */
export const MAX_PAGE_TEXT = MAX_TEXT;

const boundedText = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const PageSnapshotSchema = v.strictObject({
  /** The address of the document as loaded; the background uses the browser's word for it instead (`page/snapshot`). */
  url: v.pipe(v.string(), v.url(), v.maxLength(MAX_URL)),
  /** The canonical address, when the page declares one. */
  canonical: v.optional(v.pipe(v.string(), v.url(), v.maxLength(MAX_URL))),
  /** The document language (lang attribute), e.g. "nl" or "en-GB". */
  lang: v.optional(boundedText(MAX_LANG)),
  title: boundedText(MAX_TITLE),
  description: v.optional(boundedText(MAX_META)),
  keywords: v.optional(boundedText(MAX_META)),
  headings: v.pipe(v.array(boundedText(MAX_HEADING)), v.maxLength(MAX_HEADINGS)),
  text: boundedText(MAX_PAGE_TEXT),
  /** True when the main text was longer than MAX_PAGE_TEXT and was cut. */
  truncated: v.boolean(),
});
export type PageSnapshot = v.InferOutput<typeof PageSnapshotSchema>;
