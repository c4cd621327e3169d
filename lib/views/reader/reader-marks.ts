/**
 * Performance marks at the reader's milestones, measured from the page's start
 * by the reader benchmark (bench/reader.bench.ts): the first page drawn with its
 * text layer, the document's text read for recognition, and the verdict. Each
 * is set once per page; a mark costs nothing the user would notice.
 */
export type ReaderMilestone = 'first-page' | 'text-read' | 'verdict';

export const READER_MARK_PREFIX = 'regiolens:reader:';

export function markMilestone(milestone: ReaderMilestone): void {
  const name = `${READER_MARK_PREFIX}${milestone}`;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
