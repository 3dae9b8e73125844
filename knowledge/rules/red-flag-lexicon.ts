import type { Problem } from '../problems';
import { readExactly } from '../redflags/context';
import {
  GAP,
  hasMisplacedGap,
  includedConcepts,
  MIN_INNER,
  parseWord,
  shadowedWords,
} from '../redflags/lexicon';
import { patternConcept, type Concept, type RedFlagContext } from '../schema';
import type { Rule } from './types';

/**
 * Red-flag concepts and situations must be able to fire: a situation that
 * names a concept nobody defined, a concept no situation uses, or a word the
 * tokenizer can never produce ("rinta-kipu", "ei.") would silently miss an
 * emergency. A word an earlier word of its concept always matches first
 * ('lapsen' after 'lapse*') never fires either: it misleads the next editor
 * into thinking it does something. Pure: it reads the lexicon exactly as the
 * detector compiles it.
 */
export const redFlagLexicon: Rule = {
  id: 'red-flag-lexicon',
  description:
    'Red-flag situations name defined concepts, every concept is used, and every concept word can match and fire.',
  check(kb) {
    const problems: Problem[] = [];
    const { concepts, situations, context } = kb.emergency;
    const defined = new Set(concepts.map((c) => c.id));
    const used = new Set<string>();
    const refer = (id: string, entity: string, field: string) => {
      used.add(id);
      if (defined.has(id)) return;
      problems.push({
        severity: 'error',
        rule: 'red-flag-lexicon',
        entity,
        field,
        message: `'${id}' is not a concept in redflags/*.yaml; this pattern can never fire`,
      });
    };
    const generalFor = new Map<string, string>();
    for (const s of situations) {
      const entity = `situation:${s.id}`;
      if (s.patterns.length === 0) {
        // Without patterns a situation is its action's general one (the learned signal's
        // answer); two for one action would leave it to file order which message shows.
        const first = generalFor.get(s.action);
        if (first) {
          problems.push({
            severity: 'error',
            rule: 'red-flag-lexicon',
            entity,
            field: 'patterns',
            message: `no patterns makes this the general situation for action ${s.action}, but '${first}' already is; give one of them patterns`,
          });
        } else generalFor.set(s.action, s.id);
      }
      s.patterns.forEach((p, i) =>
        p.forEach((id, j) => refer(patternConcept(id).concept, entity, `patterns.${i}.${j}`)),
      );
      s.unless.forEach((id, i) => refer(id, entity, `unless.${i}`));
    }
    for (const role of Object.keys(context) as (keyof RedFlagContext)[])
      context[role].forEach((id, i) => refer(id, 'redflags-context', `${role}.${i}`));
    problems.push(...includeProblems(concepts, refer));

    for (const c of concepts) {
      const entity = `concept:${c.id}`;
      if (!used.has(c.id)) {
        problems.push({
          severity: 'warning',
          rule: 'red-flag-lexicon',
          entity,
          field: 'id',
          message: 'no situation or context role uses this concept, so its words never fire',
        });
      }
      for (const lang of ['fi', 'sv', 'en'] as const) {
        c.words[lang].forEach((word, i) => {
          const problem = wordProblem(word);
          if (!problem) return;
          problems.push({
            severity: problem.severity,
            rule: 'red-flag-lexicon',
            entity,
            field: `words.${lang}.${i}`,
            message: problem.message,
          });
        });
      }
    }
    for (const shadowed of shadowedWords(concepts, readExactly(kb.emergency))) {
      problems.push({
        severity: 'warning',
        rule: 'red-flag-lexicon',
        entity: `concept:${shadowed.concept}`,
        field: `words.${shadowed.lang}.${shadowed.index}`,
        message: `'${shadowed.word}' never fires: '${shadowed.by}' comes first in this list and matches every word it does; remove it, or put it first if its longer span matters`,
      });
    }
    return problems;
  },
};

/**
 * A concept's `includes` must name concepts (`refer` reports the unknown ones) and never lead
 * back to the concept itself, which would make its words depend on the order they are read in.
 * An own word that an included concept already has is a second copy to drift apart: a warning.
 */
function includeProblems(
  concepts: readonly Concept[],
  refer: (id: string, entity: string, field: string) => void,
): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(concepts.map((c) => [c.id, c]));
  for (const c of concepts) {
    const entity = `concept:${c.id}`;
    const includes = c.includes ?? [];
    includes.forEach((id, i) => {
      refer(id, entity, `includes.${i}`);
      const other = byId.get(id);
      if (id === c.id || (other && includedConcepts(other, byId).includes(c))) {
        problems.push({
          severity: 'error',
          rule: 'red-flag-lexicon',
          entity,
          field: `includes.${i}`,
          message: `'${id}' includes '${c.id}' in turn; a concept cannot include itself`,
        });
      }
    });
    const included = includedConcepts(c, byId);
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const theirs = new Set(included.flatMap((other) => other.words[lang]));
      c.words[lang].forEach((word, i) => {
        if (!theirs.has(word)) return;
        problems.push({
          severity: 'warning',
          rule: 'red-flag-lexicon',
          entity,
          field: `words.${lang}.${i}`,
          message: `'${word}' is already a word of a concept this one includes; remove this copy`,
        });
      });
    }
  }
  return problems;
}

function wordProblem(word: string): Pick<Problem, 'severity' | 'message'> | null {
  const parts = parseWord(word);
  if (!parts && hasMisplacedGap(word)) {
    return {
      severity: 'error',
      message: `'${word}' can never match: a gap (${GAP}) stands between two words ("kaikki ${GAP} tallella")`,
    };
  }
  if (!parts) {
    return {
      severity: 'error',
      message: `'${word}' can never match: words are split at anything but letters and digits (write "rinta kipu" or "rinta*" instead)`,
    };
  }
  if (word.trim().startsWith('*') && !parts[0]!.inner) {
    return {
      severity: 'warning',
      message: `'${word}' is shorter than ${MIN_INNER} letters, so it only matches at the start of a word, not inside a compound`,
    };
  }
  return null;
}
