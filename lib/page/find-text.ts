/**
 * Takes the reader to the first place a reason's words stand on the page: the
 * side panel's "show on the page" for a reason such as "gemeenschappelijke
 * regelingen (4×)". The words are looked up in the text a reader sees (the
 * same text notes anchor in, folded as anchoring folds it), ignoring case,
 * white space, soft hyphens and diacritics, then selected and scrolled into view. Selecting draws nothing into the page
 * and leaves nothing behind, so the page learns no more than that the user
 * selected some of its own text.
 */
import { fold, foldWithMap } from '../core/notes/anchoring/fold';
import { rangeFromOffsets, readPageText } from '../core/notes/page-text';

/** The words as one searchable string: folded, lower-cased, and only the first piece of a quote joined by " … ". */
function needleOf(words: string): string {
  return fold(words.split(' … ')[0] ?? '').toLowerCase();
}

/** Selects and scrolls to the first occurrence of `words` on the page; false when the page does not (or no longer) show them. */
export function showText(doc: Document, words: string): boolean {
  const needle = needleOf(words);
  if (needle.length === 0) return false;
  const page = readPageText(doc);
  // The text notes anchor in, folded the same way (anchoring/fold.ts), each unit mapped back to the page.
  const { folded, from, to } = foldWithMap(page.text);
  const lower = folded.toLowerCase();
  // Lower case of the same length keeps the map valid (it differs only for rare letters such as "İ").
  const at = lower.length === folded.length ? lower.indexOf(needle) : folded.indexOf(needle);
  if (at === -1) return false;
  const range = rangeFromOffsets(page, from[at] as number, to[at + needle.length - 1] as number);
  if (!range) return false;
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
