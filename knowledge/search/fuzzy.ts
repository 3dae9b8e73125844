/**
 * Edit distances used where a typo must still match: red-flag phrases, and the
 * check of fuse.js suggestions against a query word. Both are bounded (work is
 * abandoned once the distance exceeds the tolerance), so a 2,000-character query
 * costs microseconds per phrase, not milliseconds.
 */

const MAX_TEXT = 256;
const rowA = new Int32Array(MAX_TEXT + 1);
const rowB = new Int32Array(MAX_TEXT + 1);
const rowC = new Int32Array(MAX_TEXT + 1);

/** How many typos a word of this length may carry and still count as the same word. */
export function typoTolerance(length: number): number {
  if (length <= 5) return 0;
  if (length <= 8) return 1;
  return 2;
}

/**
 * Matches `pattern` against the start of `text`, allowing up to `maxEdits`
 * edits (insert, delete, substitute, swap of neighbours) and up to `maxRest`
 * characters of `text` after the match (an inflection ending: "rintakipu" matches
 * "rintakipua" with rest 1). Returns the edits used, or -1 when it does not match.
 */
export function matchPrefix(
  pattern: string,
  text: string,
  maxEdits: number,
  maxRest: number,
): number {
  const m = pattern.length;
  const n = text.length;
  if (n < m - maxEdits || n > m + maxEdits + maxRest) return -1;
  // Damerau-Levenshtein rows; prev2 is needed for transpositions. Reused buffers:
  // this runs thousands of times per query and must not make garbage.
  if (n + 1 > rowA.length) return -1;
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  prev2.fill(0, 0, n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const pc = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const tc = text.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (pc === tc ? 0 : 1));
      if (i > 1 && j > 1 && pc === text.charCodeAt(j - 2) && pattern.charCodeAt(i - 2) === tc) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > maxEdits) return -1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  // prev is now the last row: edits needed to turn pattern into text[0:j].
  // Each typo shortens the ending allowed after the match: "raskaustesti" is not a typo of
  // "raiskaus" plus an ending, but "rintakiupa" is "rintakipu" with one.
  let best = -1;
  for (let j = Math.max(0, n - maxRest); j <= n; j++) {
    const d = prev[j]!;
    if (d <= maxEdits && n - j <= Math.max(0, maxRest - 2 * d) && (best < 0 || d < best)) best = d;
  }
  return best;
}

/** Plain bounded edit distance (with neighbour swaps) between two words; Infinity when above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const d = matchPrefix(a, b, max, 0);
  return d < 0 ? Infinity : d;
}
