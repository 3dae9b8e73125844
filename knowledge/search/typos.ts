/**
 * Typo tolerance over the VOCABULARY, never over the services: a query word the
 * index does not know ("hammaslääkär", "tandläkre", "dentst") is mapped to the
 * closest known words. Candidates come from a trigram index of the vocabulary
 * (a few dozen words share letters with the typo); fuse.js ranks those few and
 * a bounded edit distance confirms them. Cost per unknown word does not grow
 * with the number of services.
 */
import Fuse from 'fuse.js';
import { editDistance, typoTolerance } from './fuzzy';

const MIN_WORD = 5;
const CANDIDATES = 40;
const MAX_RESULTS = 3;

export interface TypoCorrector {
  /** Known words close to `word` (folded), best first; empty when none is close enough. */
  correct(word: string): string[];
}

function trigrams(word: string): string[] {
  const padded = ` ${word} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

export function createTypoCorrector(vocabulary: Iterable<string>): TypoCorrector {
  const words: string[] = [];
  const grams = new Map<string, number[]>();
  for (const word of vocabulary) {
    if (word.length < MIN_WORD || /\d/.test(word)) continue;
    const id = words.length;
    words.push(word);
    for (const gram of new Set(trigrams(word))) {
      let list = grams.get(gram);
      if (!list) grams.set(gram, (list = []));
      list.push(id);
    }
  }
  return {
    correct(word) {
      if (word.length < MIN_WORD) return [];
      const counts = new Map<number, number>();
      for (const gram of new Set(trigrams(word))) {
        const list = grams.get(gram);
        // Very common trigrams say little and would make this step scale with the vocabulary.
        if (!list || list.length > 5_000) continue;
        for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      const candidates = [...counts.entries()]
        .filter(([id, n]) => n >= 2 && Math.abs(words[id]!.length - word.length) <= 3)
        .sort((a, b) => b[1] - a[1])
        .slice(0, CANDIDATES)
        .map(([id]) => words[id]!);
      if (candidates.length === 0) return [];
      const fuse = new Fuse(candidates, {
        includeScore: true,
        threshold: 0.4,
        ignoreLocation: true,
      });
      const limit = typoTolerance(word.length) || 1;
      return (
        fuse
          .search(word)
          // A wrong first letter is allowed only in longer words, where the rest still identifies it.
          .filter(
            (r) =>
              (word.length >= 7 || r.item[0] === word[0]) &&
              editDistance(word, r.item, limit) <= limit,
          )
          .slice(0, MAX_RESULTS)
          .map((r) => r.item)
      );
    },
  };
}

/**
 * The corrector, built when a query first needs it: most queries are made of
 * known words, and a publish should not wait for the trigram index of the
 * whole vocabulary (a fifth of building the engine) before it serves the new
 * version (bench:publish). The first query with an unknown word pays once.
 */
export function lazyTypoCorrector(vocabulary: () => Iterable<string>): TypoCorrector {
  let built: TypoCorrector | undefined;
  return { correct: (word) => (built ??= createTypoCorrector(vocabulary())).correct(word) };
}
