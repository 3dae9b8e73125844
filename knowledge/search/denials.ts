/**
 * Counsellors' notes record what the client does NOT have: "As. kieltää
 * itsetuhoiset ajatukset", "Ei rintakipuja", "Inga självmordstankar", "Client
 * denies chest pain". Those words must not rank services: a note about a
 * housing application that rules out suicidal thoughts is about housing, not a
 * crisis line. Only the ranking reads the text without them; the red-flag layer
 * always reads the whole note and judges negation itself.
 *
 * Kept narrow on purpose (notes only, clause level): in a resident's message a
 * negation usually IS the need ("ei rahaa ruokaan", "can't pay rent").
 */
import { fold } from './text';

/** A verb of denial: the rest of its sentence is what the client denies. */
const DENIAL_VERBS = new Set(
  [
    'kieltää',
    'kielsi',
    'kiistää',
    'kiisti',
    'förnekar',
    'förnekade',
    'negerar',
    'denies',
    'denied',
    'denying',
  ].map(fold),
);
/** A clause that starts with one of these lists absent findings ("Ei rintakipuja", "No fever"). */
const CLAUSE_NEGATIONS = new Set(['ei', 'eikä', 'inga', 'ingen', 'inget', 'no'].map(fold));
/** A Finnish clause that ends "… ei ole" says the same afterwards ("Itsetuhoisia ajatuksia ei ole"). */
const AFTER_NEGATION = /\bei\s+(?:ole|ollut|ilmene|ilmennyt)\s*$/iu;

const SENTENCES = /[^.!?;\n]+[.!?;\n]*|[.!?;\n]+/gu;
const FIRST_WORD = /^\s*(\p{L}+)/u;
const WORDS = /\p{L}+/gu;

/** A clause (up to and with its comma) that lists absent findings. */
function isDenied(clause: string): boolean {
  const first = FIRST_WORD.exec(clause)?.[1];
  if (first && CLAUSE_NEGATIONS.has(fold(first.toLowerCase()))) return true;
  return AFTER_NEGATION.test(clause.replace(/[,.!?;\s]+$/u, ''));
}

/** One sentence without its denied findings: from a verb of denial on, and negated clauses. */
function sentenceWithoutDenials(sentence: string): string {
  const denial = [...sentence.matchAll(WORDS)].find((m) =>
    DENIAL_VERBS.has(fold(m[0].toLowerCase())),
  );
  const before = denial ? sentence.slice(0, denial.index) : sentence;
  const clauses = before.split(/(?<=,)/u);
  const kept = clauses.filter((clause) => !isDenied(clause));
  if (!denial && kept.length === clauses.length) return sentence;
  return ` ${kept.join('').trim()} `;
}

/** `note` with its denied findings removed; the note itself when nothing else is left. */
export function withoutDenials(note: string): string {
  const result = (note.match(SENTENCES) ?? []).map(sentenceWithoutDenials).join('').trim();
  return result === '' ? note : result;
}
