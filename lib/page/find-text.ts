/**
 * Takes the reader to the first place a reason's words stand on the page: the
 * side panel's "show on the page" for a reason such as "gemeenschappelijke
 * regelingen (4×)". The words are looked up in the text a reader sees (the
 * same text notes anchor in), ignoring case and how white space is laid out,
 * then selected and scrolled into view. Selecting draws nothing into the page
 * and leaves nothing behind, so the page learns no more than that the user
 * selected some of its own text.
 */
import { rangeFromOffsets, readPageText } from '../core/notes/page-text';

/** Page text with white space collapsed to single spaces and lower-cased, with a map back to the original offsets. */
function collapse(text: string): { folded: string; origin: number[] } {
  const origin: number[] = [];
  let folded = '';
  let space = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at] ?? '';
    if (/\s/.test(char)) {
      if (!space && folded.length > 0) {
        folded += ' ';
        origin.push(at);
      }
      space = true;
      continue;
    }
    space = false;
    const lower = char.toLowerCase();
    // A character whose lower case is longer (rare) keeps one position per unit, all mapping to it.
    for (let unit = 0; unit < lower.length; unit++) origin.push(at);
    folded += lower;
  }
  return { folded, origin };
}

/** The words as one searchable string: collapsed, lower-cased, and only the first piece of a quote joined by " … ". */
function needleOf(words: string): string {
  return (words.split(' … ')[0] ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Selects and scrolls to the first occurrence of `words` on the page; false when the page does not (or no longer) show them. */
export function showText(doc: Document, words: string): boolean {
  const needle = needleOf(words);
  if (needle.length === 0) return false;
  const page = readPageText(doc);
  const { folded, origin } = collapse(page.text);
  const at = folded.indexOf(needle);
  if (at === -1) return false;
  const start = origin[at];
  const last = origin[at + needle.length - 1];
  if (start === undefined || last === undefined) return false;
  const range = rangeFromOffsets(page, start, last + 1);
  if (!range) return false;
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
