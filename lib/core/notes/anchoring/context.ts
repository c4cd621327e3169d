/**
 * How well a note's stored context (prefix and suffix) fits the text around a
 * candidate, by edit distance. Comparing only the characters right beside a
 * candidate cannot tell "Over de woningbouw zijn de partners het eens. X"
 * from "Over de jeugdzorg zijn de partners het eens. X": both end in the same
 * 28 characters. An edit distance over the whole stored context can, and it
 * still forgives a word changed nearby.
 *
 * The distance is anchored where it matters: a prefix must end where the
 * candidate starts, a suffix must start where it ends; the far end is free
 * (the stored window was cut at an arbitrary point).
 */

/** Longest context compared, in folded units: enough to tell copies apart, bounded in cost. */
export const CONTEXT_COMPARED = 64;
/** Text beside a candidate that a stored context is compared with: room for insertions. */
export const CONTEXT_ROOM = 96;

/**
 * 0..1: how closely `stored` fits `actual` by edit distance, 1 when nothing
 * was stored. Anchored at the start of both strings or, `backwards` (for a
 * prefix), at their ends; the far end of `actual` is free.
 */
export function similarity(stored: string, actual: string, backwards = false): number {
  const m = stored.length;
  if (m === 0) return 1;
  const n = Math.min(actual.length, m + (m >> 1));
  const at = (text: string, index: number) => text.charCodeAt(backwards ? text.length - 1 - index : index);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i += 1) {
    const code = at(stored, i - 1);
    const current = [i];
    for (let j = 1; j <= n; j += 1)
      current[j] = Math.min(
        (previous[j - 1] as number) + (at(actual, j - 1) === code ? 0 : 1),
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
      );
    previous = current;
  }
  return 1 - Math.min(...previous) / m;
}
