/**
 * Messages written in fragments: "Mun veli seisoo parvekkeen kaiteella. Sanoo
 * ettei jaksa enää.", "palaa!! apua". A situation is judged within a sentence,
 * so its concepts in two short pieces never meet. A piece this short is not a
 * thought of its own but a part of its neighbour's, so it is read together with
 * the sentence next to it. Clauses stay as they were: "now" and a denial still
 * count only in their own clause.
 */
import type { Hit } from './lexicon';
import { SPEAKER, type Token } from './tokens';

/** A sentence of at most this many words is a fragment of its neighbour. */
export const FRAGMENT_WORDS = 4;

/**
 * The tokens with every fragment joined to the sentences before and after it, or
 * null when the message has no fragment next to another sentence.
 */
export function joinFragments(tokens: readonly Token[]): Token[] | null {
  const sizes = new Map<number, number>();
  for (const t of tokens) sizes.set(t.sentence, (sizes.get(t.sentence) ?? 0) + 1);
  if (sizes.size < 2) return null;
  const short = (s: number) => (sizes.get(s) ?? Infinity) <= FRAGMENT_WORDS;
  let joined = false;
  let sentence = 0;
  const out: Token[] = [];
  for (const [i, t] of tokens.entries()) {
    const previous = tokens[i - 1];
    // A reply after its speaker ("As: 'Ei oo.'") answers the sentence before it, not part of it.
    const reply = SPEAKER.has(t.word) && t.beforeColon;
    if (previous && previous.sentence !== t.sentence) {
      if (!reply && (short(previous.sentence) || short(t.sentence))) joined = true;
      else sentence++;
    }
    out.push({ ...t, sentence });
  }
  return joined ? out : null;
}

/**
 * Whether a match found in joined tokens needs the join and stays beside it: its words are
 * in two sentences of the message, each within FRAGMENT_WORDS of the break between them.
 * "seisoo kaiteella. Sanoo ettei jaksa enää." is one thought; a temperature three clauses
 * before "Lääkkeet jaettu dosettiin." is not part of it.
 */
export function acrossBreak(hits: readonly Hit[], tokens: readonly Token[]): boolean {
  const first = Math.min(...hits.map((h) => h.start));
  const last = Math.max(...hits.map((h) => h.end));
  const breaks: number[] = [];
  for (let i = first + 1; i <= last; i++) {
    if (tokens[i]!.sentence !== tokens[i - 1]!.sentence) breaks.push(i);
  }
  if (breaks.length === 0) return false;
  const near = (h: Hit) =>
    breaks.some((b) => (h.start >= b ? h.start - b : b - 1 - h.end) < FRAGMENT_WORDS);
  return hits.every(near);
}
