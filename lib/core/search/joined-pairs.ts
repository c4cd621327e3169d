/**
 * Dutch writes many names as one word as often as two: "regiodeal" and "Regio
 * Deal", "regiodeals" and "Regio Deals". The index entries' titles and keywords
 * are therefore also searchable with each pair of neighbouring words joined,
 * so a query written as one word finds the material whose title has two (the
 * other way round, the query's words already meet a title's compound by prefix).
 */
import { words } from '../text/normalise';

/** Shorter words ("de", "en") join into nothing anyone types. */
const MIN_WORD = 3;

export function joinedPairs(texts: readonly string[]): string {
  const joined: string[] = [];
  for (const text of texts) {
    const list = words(text);
    for (let at = 0; at + 1 < list.length; at += 1) {
      const left = list[at] as string;
      const right = list[at + 1] as string;
      if (left.length >= MIN_WORD && right.length >= MIN_WORD) joined.push(`${left}${right}`);
    }
  }
  return joined.join(' ');
}
