/**
 * The red-flag layer: one message in, the situation that must come first (or a
 * one-line safety notice) out. Deterministic, no I/O, no Node APIs: the bot, the
 * extension and the editor preview run this same code on the same YAML.
 */
import type { Emergency, Language, NationalNumber, Situation } from '../schema';
import type { EmergencyCheck, EmergencyMatch } from '../search/types';
import { deniedJustBefore, dismissal, readExactly, rolesOf } from './context';
import { unmasked } from './lookalike';
import { compileLexicon } from './lexicon';
import { acrossBreak, joinFragments } from './fragments';
import {
  byConcept,
  candidatesOf,
  type Candidate,
  type HitsByConcept,
  type PatternReading,
} from './situations';
import { tokenizeMessage, type Token } from './tokens';
import {
  createLearnedSignal,
  createNoFlagProbability,
  featuresOf,
  type LearnedModel,
} from './learned';
import { LEARNED_MODEL } from './learned-model';
import { SECOND_LOOK_MODEL } from './second-look-model';

export interface RedFlagDetector {
  detect(text: string, lang?: Language): EmergencyCheck;
}

/** The concept an explanation names for words the learned signal weighed, not a lexicon. */
export const LEARNED_CONCEPT = 'learned';

/** Numbers of the safety-net notice: 112 if it is an emergency, 116117 to ask. */
const SAFETY_NET_NUMBERS = ['emergency', 'medical-helpline'];
/**
 * How sure the learned signal must be to speak where the context rules dropped a situation. The
 * rules stay in charge (a past, a denial, a question), but they misread some emergencies told
 * beside a history ("hade en infarkt för två år sen och nu känns det precis likadant"). Across
 * development sections 5-13, each left out of training in turn, 0.98 gave back 9 of them and
 * raised no false alarm in 1,505 look-alikes; 0.9 also took short notes of a past thought
 * ("Klienten uppger tidigare självmordstankar, inga nu.") for a crisis.
 */
const OVERRULES_CONTEXT = 0.98;

/**
 * When a situation matched, both models take a second look, and the match is set aside as a
 * look-alike (a one-line notice instead of the emergency card) only when both say "no flag":
 * the learned signal, which knows ordinary life, with probability `learned` or more, and the
 * second-look model, trained on every look-alike told in an emergency's words, with `secondLook`
 * or more. Neither alone is safe: across dev sections 5-18, each left out in turn, the learned
 * signal at 0.98 alone set aside 91 of 117 false alarms but also 9 of 3,285 emergencies (a boy
 * still in the water under the ice, a COPD patient at SpO2 82 %).
 *
 * Chosen on dev sections 1-29 in five folds, each left out of both models in turn (7,219
 * emergencies, 5,298 look-alikes, 206 of them flagged by the concepts), with a child's poisoning
 * never set aside: at 0.98 and 0.8, 107 false alarms stay and one urgent note is set aside (a
 * panic attack with "no CP, denies SI", which keeps 116117 in its notice); at 0.995 and 0.9, 132
 * stay. Lower (0.97 and 0.7, 0.95 and 0.8) set aside a sudden confusion in assisted living and a
 * drowning. Messages under `minWords` words keep their match: the models are sure of too little
 * there ("Pat har tryckande bröstsmärta, tidigare hjärtinfarkt 2018." read as ordinary), and the
 * concepts have seen all of it. A situation whose `secondLook` is false (a goodbye, a wish to die,
 * a child's poisoning) is never set aside.
 */
const SECOND_LOOK = { learned: 0.98, secondLook: 0.8, minWords: 10 };

/**
 * Builds the detector once per knowledge base; `detect` is then pure and fast. The learned
 * signal is the bundled model unless one is given (null: the concepts alone).
 */
export function createRedFlagDetector(
  emergency: Emergency,
  model: LearnedModel | null = LEARNED_MODEL,
  secondLookModel: LearnedModel | null = SECOND_LOOK_MODEL,
): RedFlagDetector {
  const roles = rolesOf(emergency.context);
  const lexicon = compileLexicon(emergency.concepts, readExactly(emergency));
  const safetyNet = new Set(emergency.context.safetyNet);
  const reading: PatternReading = {
    attributes: new Set(emergency.context.attributes),
    negations: roles.negation,
  };
  // Emergencies before urgent ones; within a tier, file order (the more specific situation first).
  const situations = [...emergency.situations].sort(
    (a, b) => Number(a.tier === 'urgent') - Number(b.tier === 'urgent'),
  );
  const learned = model ? createLearnedSignal(model) : null;
  const learnedNoFlag = model ? createNoFlagProbability(model) : null;
  const secondLookNoFlag = secondLookModel ? createNoFlagProbability(secondLookModel) : null;
  const setAside = (text: string): boolean => {
    if (!learnedNoFlag || !secondLookNoFlag) return false;
    // Read once for both models.
    const message = featuresOf(text);
    if (!message || message.words.length < SECOND_LOOK.minWords) return false;
    if (learnedNoFlag(message) < SECOND_LOOK.learned) return false;
    return secondLookNoFlag(message) >= SECOND_LOOK.secondLook;
  };
  const general = new Map(
    emergency.situations.filter((s) => s.patterns.length === 0).map((s) => [s.action, s]),
  );

  return {
    detect(text, lang) {
      const tokens = tokenizeMessage(text);
      if (tokens.length === 0) return { match: null, safetyNet: null };
      const hits = unmasked(lexicon.find(tokens, lang), roles, lang);
      // A situation the context dropped (past, denied, a question, someone else's story) is
      // settled: the learned signal, which tells these apart less well, revives it only when sure.
      let settled = false;
      const stands = (candidate: Candidate, within: readonly Token[]) => {
        const dropped = dismissal(candidate, hits, within, roles, lang);
        if (dropped) settled = true;
        return !dropped;
      };
      // Sentence by sentence first; then fragments read with their neighbour, keeping only
      // matches that need the join, so a join never changes what one sentence says alone.
      const concepts = byConcept(hits);
      let found = firstCandidate(situations, concepts, tokens, reading, (c) => stands(c, tokens));
      const joined = found ? null : joinFragments(tokens);
      if (joined) {
        found = firstCandidate(
          situations,
          concepts,
          joined,
          reading,
          (c) => acrossBreak(c.hits, tokens) && stands(c, joined),
        );
      }
      if (found) {
        const fired = [...found.hits].sort((a, b) => a.start - b.start);
        // One compound can carry two concepts ("rintakipu"); show each word once.
        const words = [...new Set(fired.map((h) => h.word))];
        const concepts = fired.map((h) => ({ concept: h.concept, word: h.word }));
        // A past told as back again ("now the same feeling again") was kept on purpose: the models,
        // which have read many histories, do not get to set it aside.
        const again = hits.some((h) => roles.recurrence.has(h.concept));
        if (found.situation.secondLook && !again && setAside(text)) {
          // The notice names the situation's own numbers first: a child's swallowed pill set aside
          // as a question still shows the poison centre, then 112 and 116117.
          const own = numbersFor(found.situation.numbers, emergency.numbers, lang);
          const numbers = [...new Set([...own, ...SAFETY_NET_NUMBERS])];
          const notice = { words, numbers, setAside: found.situation.id };
          return { match: null, safetyNet: notice };
        }
        return { match: matchOf(found.situation, words, concepts, lang), safetyNet: null };
      }
      // No situation: the learned signal may still recognise the message as a whole.
      const heard = learned?.(text);
      const opinion = settled && heard && heard.probability < OVERRULES_CONTEXT ? null : heard;
      const fallback = opinion && general.get(opinion.action);
      if (opinion && fallback) {
        const concepts = opinion.words.map((word) => ({ concept: LEARNED_CONCEPT, word }));
        const match = matchOf(fallback, opinion.words, concepts, lang);
        return { match: { ...match, learned: true }, safetyNet: null };
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

  function matchOf(
    situation: Situation,
    words: readonly string[],
    concepts: EmergencyMatch['concepts'],
    lang: Language | undefined,
  ): EmergencyMatch {
    return {
      id: situation.service,
      flag: situation.id,
      numbers: numbersFor(situation.numbers, emergency.numbers, lang),
      matched: words.join(' '),
      tier: situation.tier,
      action: situation.action,
      concepts,
    };
  }
}

/** The first standing candidate, situations in order of priority. */
function firstCandidate(
  situations: readonly Situation[],
  hits: HitsByConcept,
  tokens: readonly Token[],
  reading: PatternReading,
  stands: (candidate: Candidate) => boolean,
): Candidate | null {
  for (const situation of situations) {
    for (const candidate of candidatesOf(situation, hits, tokens, reading)) {
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
