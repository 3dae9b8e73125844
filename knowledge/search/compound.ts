/**
 * Compound splitting for Finnish and Swedish: "omaishoidontuki" -> omaishoidon + tuki,
 * "lastensuojeluilmoituksen" -> lastensuojelu + ilmoituksen, "barnskyddsanmälan" ->
 * barnskydd(s) + anmälan. Parts must be words the knowledge base itself uses, so
 * the splitter never invents meaning; the last part may carry an inflection
 * ending, checked through its stem.
 */

const MIN_PART = 3;
const MIN_WORD = 7;
const MAX_WORD = 40;

export interface CompoundSplitter {
  /** The parts of a folded word, or null when it is not a compound of known words. */
  split(word: string): string[] | null;
}

/**
 * `words` are known folded words; `stems` are known index keys, and `stemOf`
 * gives the key of a candidate last part (so "ilmoituksen" is accepted when
 * "ilmoitus" is known).
 */
export function createCompoundSplitter(
  words: ReadonlySet<string>,
  stems: ReadonlySet<string>,
  stemOf: (part: string) => string,
): CompoundSplitter {
  const cache = new Map<string, string[] | null>();
  const isPart = (part: string) =>
    part.length >= MIN_PART &&
    (words.has(part) ||
      // Swedish joins parts with an s ("barnskydds-anmälan") or drops a final vowel
      // ("tandläkar-tid", "skol-hälsa").
      (part.endsWith('s') && part.length > MIN_PART && words.has(part.slice(0, -1))) ||
      (part.length > MIN_PART && (words.has(`${part}e`) || words.has(`${part}a`))));
  const isLast = (part: string) =>
    part.length >= MIN_PART && (words.has(part) || stems.has(stemOf(part)));

  function compute(word: string): string[] | null {
    const n = word.length;
    // best[i]: the fewest parts covering word[0:i] (ties: the longest shortest part).
    const best: ({ parts: string[]; shortest: number } | null)[] = new Array(n + 1).fill(null);
    best[0] = { parts: [], shortest: Infinity };
    for (let i = MIN_PART; i <= n; i++) {
      for (let j = 0; j <= i - MIN_PART; j++) {
        const before = best[j];
        if (!before) continue;
        const part = word.slice(j, i);
        const ok = i === n ? isLast(part) || isPart(part) : isPart(part);
        if (!ok) continue;
        const candidate = {
          parts: [...before.parts, part],
          shortest: Math.min(before.shortest, part.length),
        };
        const current = best[i];
        if (
          !current ||
          candidate.parts.length < current.parts.length ||
          (candidate.parts.length === current.parts.length && candidate.shortest > current.shortest)
        ) {
          best[i] = candidate;
        }
      }
    }
    const found = best[n];
    return found && found.parts.length >= 2 ? found.parts : null;
  }

  return {
    split(word) {
      if (word.length < MIN_WORD || word.length > MAX_WORD) return null;
      let parts = cache.get(word);
      if (parts === undefined) {
        parts = compute(word);
        cache.set(word, parts);
      }
      return parts;
    },
  };
}
