/**
 * Situations as combinations of concepts: a pattern fires when every one of its
 * concepts is found within the situation's window, in one sentence. One word may
 * carry two concepts ("rintakipu" is chest and pain).
 */
import { patternConcept, type Language, type Situation } from '../schema';
import { add, type Hit } from './lexicon';
import { OR, type Token, WITHOUT } from './tokens';

/** One way a pattern matched: the hit chosen for each of its concepts. */
export interface Candidate {
  situation: Situation;
  pattern: readonly string[];
  hits: Hit[];
  /** The first and last token of the match, which every context check measures from. */
  first: number;
  last: number;
  /** Attributes stated in an earlier sentence ("rv 31") that the match relies on. */
  said?: Hit[];
}

/**
 * What the context says about reading a pattern: who the person is, stated once for the whole
 * message (`attributes`), and the concepts of a negation a pattern may name ("en saa henkeä").
 */
export interface PatternReading {
  attributes: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  /** What a pattern's negation may say one cannot do (ContextRoles.inability). */
  inability?: ReadonlySet<string>;
}

/** A pattern read once: the concepts that must be there, and those ("not limb-injury") that must not. */
interface Parts {
  present: readonly string[];
  absent: readonly string[];
}
const partsOf = new WeakMap<readonly string[], Parts>();

function parts(pattern: readonly string[]): Parts {
  let known = partsOf.get(pattern);
  if (!known) {
    const read = pattern.map(patternConcept);
    known = {
      present: read.filter((c) => !c.absent).map((c) => c.concept),
      absent: read.filter((c) => c.absent).map((c) => c.concept),
    };
    partsOf.set(pattern, known);
  }
  return known;
}

/** The concepts a pattern needs. */
export function presentIn(pattern: readonly string[]): readonly string[] {
  return parts(pattern).present;
}

/** Whether one of the situation's patterns needs the concept. */
export function needsConcept(situation: Situation, concept: string): boolean {
  return situation.patterns.some((pattern) => presentIn(pattern).includes(concept));
}

/** The concepts whose words, in the match's sentence, cancel it: the context rules weigh them like `unless`. */
export function absentFrom(pattern: readonly string[]): readonly string[] {
  return parts(pattern).absent;
}

/** Whether a hit shares a word with the match (a compound can carry a context word too). */
export function inMatch(candidate: Candidate, hit: Hit): boolean {
  return candidate.hits.some((m) => m.start <= hit.end && hit.start <= m.end);
}

/** Context words count in the message's own language only: Swedish "en" is not Finnish "en". */
export function inLanguage(hit: Hit, lang: Language | undefined): boolean {
  return lang === undefined || hit.lang === lang;
}

/** The message's hits by concept, each list in token order: what patterns are looked up in. */
export type HitsByConcept = ReadonlyMap<string, readonly Hit[]>;

export function byConcept(hits: readonly Hit[]): HitsByConcept {
  const map = new Map<string, Hit[]>();
  for (const hit of hits) add(map, hit.concept, hit);
  return map;
}

/** Every combination worth judging, anchored on each hit of the pattern's first concept. */
export function candidatesOf(
  situation: Situation,
  hits: HitsByConcept,
  tokens: readonly Token[],
  { attributes, negations, inability = new Set() }: PatternReading,
): Candidate[] {
  const out: Candidate[] = [];
  for (const pattern of situation.patterns) {
    const present = presentIn(pattern);
    // Most messages have none of a pattern's concepts: that is settled before any hit is read.
    if (!present.every((concept) => hits.has(concept))) continue;
    const found = matchesOf(situation, pattern, present, hits, tokens, { negations, inability });
    out.push(...found);
    // A note names who the person is once ("rv 31", "on chemotherapy") and the findings later:
    // the rest of the pattern after such a word matches, in a later sentence or further on in a
    // long one ("picked white mushrooms in the forest like at home and ate them last night, since
    // morning terrible vomiting").
    const own = present.filter((c) => !attributes.has(c));
    if (found.length > 0 || own.length === present.length || own.length === 0) continue;
    for (const candidate of matchesOf(situation, pattern, own, hits, tokens, {
      negations,
      inability,
    })) {
      // The latest statement of each attribute before the rest: "rv 31", not "raskaus 2019".
      const said = present
        .filter((c) => attributes.has(c))
        .map((c) =>
          hits
            .get(c)!
            .filter((h) => h.end < candidate.first)
            .at(-1),
        );
      if (said.every((h) => h !== undefined)) out.push({ ...candidate, said: said as Hit[] });
    }
  }
  return out;
}

/** The matches of `concepts` (the pattern, or the part of it one sentence must hold). */
function matchesOf(
  situation: Situation,
  pattern: readonly string[],
  concepts: readonly string[],
  hits: HitsByConcept,
  tokens: readonly Token[],
  reading: Pick<PatternReading, 'negations' | 'inability'>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const anchor of hits.get(concepts[0]!)!) {
    const sentence = tokens[anchor.start]!.sentence;
    const chosen: Hit[] = [anchor];
    let first = anchor.start;
    let last = anchor.end;
    for (let k = 1; k < concepts.length; k++) {
      const best = nearest(
        hits.get(concepts[k]!)!,
        anchor,
        sentence,
        situation.window,
        tokens,
        chosen,
      );
      if (!best) break;
      chosen.push(best);
      first = Math.min(first, best.start);
      last = Math.max(last, best.end);
    }
    if (chosen.length === concepts.length && negationHolds(concepts, chosen, hits, tokens, reading))
      out.push({ situation, pattern, hits: chosen, first, last });
  }
  return out;
}

/**
 * A pattern's negation says "not" of the word right after it, in its own clause: "en saa henkeä",
 * "ei herää". Across a comma or a "mutta" it is another statement's: "itkee ilman kyyneleitä,
 * väsynyt mutta herää" and "vill int dricka så mycke, men e vaken" say nothing of waking. After
 * every word of the pattern ("han andas inte"), it says "not" of the word before it, and again
 * only in its clause: "herää normaalisti, ei ihottumaa" is awake.
 */
function negationHolds(
  concepts: readonly string[],
  chosen: readonly Hit[],
  hits: HitsByConcept,
  tokens: readonly Token[],
  { negations, inability = new Set() }: Pick<PatternReading, 'negations' | 'inability'>,
): boolean {
  const at = concepts.findIndex((c) => negations.has(c));
  if (at < 0) return true;
  const negation = chosen[at]!;
  // A pattern word that holds the negation itself ("no sleep") is its word.
  if (
    chosen.some((hit) => hit !== negation && hit.start <= negation.end && hit.end >= negation.start)
  )
    return true;
  // The word it says "not" of is the pattern's next concept (its last: the one before), in the
  // negation's clause: after it ("vuoto ei lopu", "en saa vuotoa loppumaan") or, in Swedish word
  // order, before it ("blödningen slutar inte"). In "ei vuotoja eikä kipuja, haluaa lopettaa" the
  // "ei" is the bleeding's; in "herää normaalisti, ei ihottumaa" it is the rash's.
  const target = negationTarget(concepts, negations);
  const clause = tokens[negation.start]!.clause;
  // "Without" says "not" of what follows it only: "hengittää ilman vaikeuksia" breathes.
  const without = WITHOUT.has(tokens[negation.start]!.word);
  // A pattern that puts its negation first ([negation, react]) reads English, which says "not"
  // before its verb; after it only at once, as a record does ("responds: no"). "nobody ever
  // answers and the booking doesn't show it" says nothing of answering.
  const negationFirst = at + 1 < concepts.length;
  const outOfReach = (hit: Hit) =>
    hit.start < negation.start &&
    (without ||
      (negationFirst &&
        negation.lang === 'en' &&
        negation.start - hit.end > ENGLISH_NEGATION_AFTER));
  // In English, another thing one cannot do between the negation and an -ing word takes the
  // negation for its own: "cant calm down w/ breathing exercises" breathes. Not when the two are
  // joined as one list ("can't speak or breathing"), and not in Finnish, where "en nää mitään
  // syytä elää" says "not" of both.
  const otherVerbFirst = (hit: Hit) =>
    negation.lang === 'en' &&
    tokens[hit.start]!.word.endsWith('ing') &&
    [...hits].some(
      ([concept, others]) =>
        concept !== target &&
        !concepts.includes(concept) &&
        inability.has(concept) &&
        others.some(
          (o) =>
            o.start > negation.end &&
            o.end < hit.start &&
            !tokens.slice(o.end + 1, hit.start).some((t) => JOINING.has(t.word)),
        ),
    );
  // An English "can" between them says the person can: "its not swollen or crooked and he can
  // move it fine". Only English: Finnish "en voi hengittää" and Swedish "att han inte kan andas"
  // put their "can" right after the "not".
  const canBetween = (hit: Hit) =>
    negation.lang === 'en' &&
    tokens.slice(negation.end + 1, hit.start).some((t) => ENGLISH_CAN.has(t.word));
  // A word after the negation is its word only for a pattern that puts the negation first, and
  // with no other verb or "can" between. A pattern that puts it last ([joint, swollen, negation]:
  // "turvonnut enkä pysty kävelemään") says "not" after its word: "its not swollen" denies it.
  const saidNotAfter = (hit: Hit) => negationFirst && !otherVerbFirst(hit) && !canBetween(hit);
  return chosen.some((hit) => {
    const after = hit.start > negation.end;
    return (
      hit.concept === target &&
      !outOfReach(hit) &&
      (!after || saidNotAfter(hit)) &&
      tokens[after ? hit.start : hit.end]!.clause === clause
    );
  });
}

const ENGLISH_CAN = new Set(['can', 'could']);
/** Words that join two things one cannot do into one list, folded ("eikä" -> "eika", "å" -> "a"). */
const JOINING = new Set([...OR, 'and', 'ja', 'och', 'a', 'eli', 'el']);

/** How many words after its word an English negation may come: "breathing: none", "wakes? no". */
const ENGLISH_NEGATION_AFTER = 2;

/** The concept a pattern's negation says "not" of: the next one (the last: the one before). */
export function negationTarget(
  concepts: readonly string[],
  negations: ReadonlySet<string>,
): string | undefined {
  const at = concepts.findIndex((c) => negations.has(c));
  return at < 0 ? undefined : (concepts[at + 1] ?? concepts[at - 1]);
}

/** The hit of one concept nearest to the anchor within the window; on a tie, the one after it. */
function nearest(
  hits: readonly Hit[],
  anchor: Hit,
  sentence: number,
  window: number,
  tokens: readonly Token[],
  chosen: readonly Hit[],
): Hit | null {
  let best: Hit | null = null;
  let bestDistance = Infinity;
  for (const hit of hits) {
    if (tokens[hit.start]!.sentence !== sentence) continue;
    // Two concepts of one pattern may share a compound word, never the very same hit.
    if (chosen.includes(hit)) continue;
    const distance = Math.max(hit.start - anchor.end, anchor.start - hit.end, 0);
    // On a tie the word after the anchor: "Hengitys: ei hengitä" reads "ei hengitä".
    const closer = distance < bestDistance || (distance === bestDistance && hit.start > anchor.end);
    if (distance <= window && closer) {
      best = hit;
      bestDistance = distance;
    }
  }
  return best;
}
