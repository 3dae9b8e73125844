/**
 * Situations as combinations of concepts: a pattern fires when every one of its
 * concepts is found within the situation's window, in one sentence. One word may
 * carry two concepts ("rintakipu" is chest and pain).
 */
import type { Situation } from '../schema';
import type { Hit } from './lexicon';
import type { Token } from './tokens';

/** One way a pattern matched: the hit chosen for each of its concepts. */
export interface Candidate {
  situation: Situation;
  pattern: readonly string[];
  hits: Hit[];
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
      if (chosen.length === pattern.length) out.push({ situation, pattern, hits: chosen });
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
