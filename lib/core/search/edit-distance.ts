/**
 * Bounded edit distances for typo tolerance. Both give up as soon as the bound
 * is exceeded, so checking a few hundred vocabulary candidates per query word
 * stays in the microseconds.
 */

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition,
 * the most common typing slip) between `a` and `b`, or `max + 1` when it is
 * larger than `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  return distanceRows(a, b, max, false);
}

/**
 * Smallest distance between `prefix` and any prefix of `word` ("gemeenschapel"
 * against "gemeenschappelijke" is 1), or `max + 1` when above `max`. Used for
 * the word still being typed.
 */
export function boundedPrefixDistance(prefix: string, word: string, max: number): number {
  if (word.length + max < prefix.length) return max + 1;
  return distanceRows(prefix, word, max, true);
}

function distanceRows(a: string, b: string, max: number, prefixOfB: boolean): number {
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = new Array<number>(n + 1);
  let row = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  let result: number;
  if (prefixOfB) {
    result = Infinity;
    for (let j = 0; j <= n; j++) result = Math.min(result, prev[j] ?? Infinity);
  } else {
    result = prev[n] ?? Infinity;
  }
  return result > max ? max + 1 : result;
}
