/**
 * Situations as combinations of concepts: a pattern fires when every one of its
 * concepts is found within the situation's window, in one sentence. One word may
 * carry two concepts ("rintakipu" is chest and pain).
 */
import type { Language, Situation } from '../schema';
import type { Hit } from './lexicon';
import type { Token } from './tokens';

/** One way a pattern matched: the hit chosen for each of its concepts. */
export interface Candidate {
  situation: Situation;
  pattern: readonly string[];
  hits: Hit[];
  /** The first and last token of the match, which every context check measures from. */
  first: number;
  last: number;
}

/** Whether a hit shares a word with the match (a compound can carry a context word too). */
export function inMatch(candidate: Candidate, hit: Hit): boolean {
  return candidate.hits.some((m) => m.start <= hit.end && hit.start <= m.end);
}

/** Context words count in the message's own language only: Swedish "en" is not Finnish "en". */
export function inLanguage(hit: Hit, lang: Language | undefined): boolean {
  return lang === undefined || hit.lang === lang;
}

/** Every combination worth judging, anchored on each hit of the pattern's first concept. */
export function candidatesOf(
  situation: Situation,
  hits: readonly Hit[],
  tokens: readonly Token[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const pattern of situation.patterns) {
    const [first, ...rest] = pattern;
    for (const anchor of hits) {
      if (anchor.concept !== first) continue;
      const sentence = tokens[anchor.start]!.sentence;
      const chosen: Hit[] = [anchor];
      for (const concept of rest) {
        const best = nearest(hits, concept, anchor, sentence, situation.window, tokens, chosen);
        if (!best) break;
        chosen.push(best);
      }
      if (chosen.length !== pattern.length) continue;
      out.push({
        situation,
        pattern,
        hits: chosen,
        first: Math.min(...chosen.map((h) => h.start)),
        last: Math.max(...chosen.map((h) => h.end)),
      });
    }
  }
  return out;
}

function nearest(
  hits: readonly Hit[],
  concept: string,
  anchor: Hit,
  sentence: number,
  window: number,
  tokens: readonly Token[],
  chosen: readonly Hit[],
): Hit | null {
  let best: Hit | null = null;
  let bestDistance = Infinity;
  for (const hit of hits) {
    if (hit.concept !== concept || tokens[hit.start]!.sentence !== sentence) continue;
    // Two concepts of one pattern may share a compound word, never the very same hit.
    if (chosen.includes(hit)) continue;
    const distance = Math.max(hit.start - anchor.end, anchor.start - hit.end, 0);
    if (distance <= window && distance < bestDistance) {
      best = hit;
      bestDistance = distance;
    }
  }
  return best;
}
