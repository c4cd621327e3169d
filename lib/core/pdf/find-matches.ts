/**
 * Find in document: where a query stands in the pages' text. Case is ignored,
 * and any run of white space in the query matches any run in the text (a line
 * break in the PDF is a space to the reader). Pure, so it is tested in Node.
 */

export interface TextMatch {
  /** Page number, from 1. */
  page: number;
  start: number;
  end: number;
}

/** More matches than anyone steps through; the count says "1000+" beyond it. */
export const MAX_MATCHES = 1000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function findMatches(pageTexts: readonly string[], query: string, limit = MAX_MATCHES): TextMatch[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'giu');
  const matches: TextMatch[] = [];
  pageTexts.forEach((text, index) => {
    for (const match of text.matchAll(pattern)) {
      if (matches.length >= limit) return;
      matches.push({ page: index + 1, start: match.index, end: match.index + match[0].length });
    }
  });
  return matches;
}

/** The items (by index) that a match overlaps, given where each item starts in the page's text. */
export function itemsInRange(itemStarts: readonly number[], textLength: number, start: number, end: number): number[] {
  const items: number[] = [];
  itemStarts.forEach((itemStart, i) => {
    const itemEnd = itemStarts[i + 1] ?? textLength;
    if (itemStart < end && itemEnd > start) items.push(i);
  });
  return items;
}
