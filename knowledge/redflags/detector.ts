/**
 * The red-flag layer: one message in, the situation that must come first (or a
 * one-line safety notice) out. Deterministic, no I/O, no Node APIs: the bot, the
 * extension and the editor preview run this same code on the same YAML.
 */
import type { Emergency, Language, NationalNumber, Situation } from '../schema';
import type { EmergencyCheck, EmergencyMatch } from '../search/types';
import { deniedJustBefore, dismissal, rolesOf } from './context';
import { unmasked } from './lookalike';
import { compileLexicon } from './lexicon';
import { acrossBreak, joinFragments } from './fragments';
import { byConcept, candidatesOf, type Candidate, type HitsByConcept } from './situations';
import { tokenizeMessage, type Token } from './tokens';

export interface RedFlagDetector {
  detect(text: string, lang?: Language): EmergencyCheck;
}

/** Numbers of the safety-net notice: 112 if it is an emergency, 116117 to ask. */
const SAFETY_NET_NUMBERS = ['emergency', 'medical-helpline'];

/** Builds the detector once per knowledge base; `detect` is then pure and fast. */
export function createRedFlagDetector(emergency: Emergency): RedFlagDetector {
  const lexicon = compileLexicon(emergency.concepts);
  const roles = rolesOf(emergency.context);
  const safetyNet = new Set(emergency.context.safetyNet);
  const attributes = new Set(emergency.context.attributes);
  // Emergencies before urgent ones; within a tier, file order (the more specific situation first).
  const situations = [...emergency.situations].sort(
    (a, b) => Number(a.tier === 'urgent') - Number(b.tier === 'urgent'),
  );

  return {
    detect(text, lang) {
      const tokens = tokenizeMessage(text);
      if (tokens.length === 0) return { match: null, safetyNet: null };
      const hits = unmasked(lexicon.find(tokens, lang), roles, lang);
      const stands = (candidate: Candidate, within: readonly Token[]) =>
        !dismissal(candidate, hits, within, roles, lang);
      // Sentence by sentence first; then fragments read with their neighbour, keeping only
      // matches that need the join, so a join never changes what one sentence says alone.
      const concepts = byConcept(hits);
      let found = firstCandidate(situations, concepts, tokens, attributes, (c) =>
        stands(c, tokens),
      );
      const joined = found ? null : joinFragments(tokens);
      if (joined) {
        found = firstCandidate(
          situations,
          concepts,
          joined,
          attributes,
          (c) => acrossBreak(c.hits, tokens) && stands(c, joined),
        );
      }
      if (found) {
        const situation = found.situation;
        const fired = [...found.hits].sort((a, b) => a.start - b.start);
        const match: EmergencyMatch = {
          id: situation.service,
          flag: situation.id,
          numbers: numbersFor(situation.numbers, emergency.numbers, lang),
          // One compound can carry two concepts ("rintakipu"); show each word once.
          matched: [...new Set(fired.map((h) => h.word))].join(' '),
          tier: situation.tier,
          action: situation.action,
          concepts: fired.map((h) => ({ concept: h.concept, word: h.word })),
        };
        return { match, safetyNet: null };
      }
      const acute = hits.filter(
        (h) => safetyNet.has(h.concept) && !deniedJustBefore(h, hits, roles.negation),
      );
      if (acute.length === 0) return { match: null, safetyNet: null };
      return {
        match: null,
        safetyNet: { words: [...new Set(acute.map((h) => h.word))], numbers: SAFETY_NET_NUMBERS },
      };
    },
  };
}

/** The first standing candidate, situations in order of priority. */
function firstCandidate(
  situations: readonly Situation[],
  hits: HitsByConcept,
  tokens: readonly Token[],
  attributes: ReadonlySet<string>,
  stands: (candidate: Candidate) => boolean,
): Candidate | null {
  for (const situation of situations) {
    for (const candidate of candidatesOf(situation, hits, tokens, attributes)) {
      if (stands(candidate)) return candidate;
    }
  }
  return null;
}

/**
 * The situation's numbers for the resident's language. A line that answers in one
 * language (crisis-line-sv) moves first for that language and is left out for
 * others; the first such line listed is the default and always stays.
 */
export function numbersFor(
  ids: readonly string[],
  numbers: readonly NationalNumber[],
  lang: Language | undefined,
): string[] {
  const languageOf = new Map(numbers.map((n) => [n.id, n.language]));
  const fallback = ids.find((id) => languageOf.get(id) !== undefined);
  const kept = ids.filter((id) => {
    const l = languageOf.get(id);
    return l === undefined || l === lang || id === fallback;
  });
  const own = kept.filter((id) => lang !== undefined && languageOf.get(id) === lang);
  return [...own, ...kept.filter((id) => !own.includes(id))];
}
