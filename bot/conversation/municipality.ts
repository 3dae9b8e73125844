/**
 * Recognises a municipality named anywhere in a message, in Finnish or Swedish:
 * "asun Lohjalla", "Vihdissä", "Hangosta", "jag bor i Raseborg", "Esbo".
 * The names come from the knowledge base; Finnish case endings and the common
 * consonant gradations (Hanko → Hangossa, Vihti → Vihdissä) are handled here,
 * because the schema keeps only the base form.
 */
import type { KnowledgeBase, Municipality } from '../../knowledge/schema';
import { normalize } from './commands';

// An optional stem vowel followed by a case ending or a derivation ("lohjalainen").
const FINNISH_REMAINDER =
  /^[aeiouyäö]?(?:|n|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|seen|hin|aan|ään|een|iin|oon|uun|lainen|läinen|laiset|läiset|sissa|sissä|sista|sistä|siin|sten|sen|nen|ssa)$/;

/** Undoes the gradations that appear in municipality names, so both forms compare equal. */
function degrade(word: string): string {
  return word.replace(/ng/g, 'nk').replace(/hd/g, 'ht');
}

/** The part of a Finnish name that stays the same across cases: Lohja → lohj, Kauniainen → kauniai. */
function finnishStem(name: string): string {
  const base = degrade(name.toLowerCase());
  if (base.endsWith('nen')) return base.slice(0, -3);
  return /[aeiouyäö]$/.test(base) ? base.slice(0, -1) : base;
}

function matchesFinnish(word: string, name: string): boolean {
  const stem = finnishStem(name);
  const w = degrade(word);
  return stem.length >= 4 && w.startsWith(stem) && FINNISH_REMAINDER.test(w.slice(stem.length));
}

function matchesSwedish(word: string, name: string): boolean {
  const base = name.toLowerCase();
  return word === base || word === `${base}s`;
}

// "I live in …" around the name: not part of the question once the municipality is taken out.
const RESIDENCE =
  /^(?:(?:minä )?(?:asun|asumme|olen|olemme|kotikunta(?:ni)? on|kotikunta(?:ni)?|kotoisin)|(?:jag|vi) (?:bor|är)(?: i| från)?|bor i|hemkommun(?: är)?|i|(?:i|we) (?:live|am|are)(?: in| from)?|live in|in|from)$/;

export interface MunicipalityMention {
  municipality: Municipality;
  /** The message without the name and an "I live in" phrase before it: what is left to search for. */
  rest: string;
}

/** The municipality a message names, if any (the first one mentioned). */
export function findMunicipality(kb: KnowledgeBase, text: string): MunicipalityMention | undefined {
  const words = normalize(text).split(' ');
  for (const [index, word] of words.entries()) {
    if (word.length < 3) continue;
    const found = kb.municipalities.find(
      (m) =>
        matchesFinnish(word, m.name.fi) ||
        matchesSwedish(word, m.name.sv) ||
        matchesSwedish(word, m.name.en) ||
        word === m.id,
    );
    if (!found) continue;
    const before = words.slice(0, index);
    // Drop the longest "I live in" tail just before the name ("jag bor i", "asun").
    for (let start = 0; start < before.length; start++) {
      if (RESIDENCE.test(before.slice(start).join(' '))) {
        before.splice(start);
        break;
      }
    }
    return { municipality: found, rest: [...before, ...words.slice(index + 1)].join(' ') };
  }
  return undefined;
}
