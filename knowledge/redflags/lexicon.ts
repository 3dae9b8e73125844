/**
 * Concept lexicons compiled for fast lookup. Finnish inflection and consonant
 * gradation are handled by the editors' stems and their alternants
 * (`tapp*`, `tap*`), matched as prefixes of folded words; `*kipu*` also finds
 * the later part of a compound ("rintakipua"); a long stem tolerates one typo
 * ("rintakiupa"). Pure and browser-safe: Voikko would lemmatise Finnish
 * properly, but it is a native library and the extension cannot load it.
 */
import type { Concept, Language } from '../schema';
import { fold } from '../search/text';
import type { Token } from './tokens';

/** One way to write a concept word, compiled. */
export interface Entry {
  concept: string;
  lang: Language;
  /** The folded parts; more than one means consecutive words. */
  parts: Part[];
  /** The word as the editor wrote it, for explanations and rules. */
  source: string;
}

interface Part {
  text: string;
  prefix: boolean;
  /** May also start inside a word, as the later part of a compound. */
  inner: boolean;
}

/** A concept found in a message. */
export interface Hit {
  concept: string;
  lang: Language;
  /** Index of the first and last token it covers. */
  start: number;
  end: number;
  /** The words as written. */
  word: string;
}

/** Shortest stem that may match inside a compound, and that tolerates a typo. */
export const MIN_INNER = 4;
export const MIN_TYPO = 7;
/** Words this short ("at", "i", "en") count only in the message's language: Swedish "åt" is not English "at". */
const MAX_SHORT = 3;
const KEY = 3;

/** Parses one editor word ("*kipu*", "vuotta sitten"); null when it has no letters or digits. */
export function parseWord(raw: string): Part[] | null {
  const parts = raw
    .trim()
    .split(/\s+/)
    .map((piece) => {
      const inner = piece.startsWith('*');
      const prefix = piece.endsWith('*');
      const text = fold(piece.replace(/^\*|\*$/g, '').toLowerCase()).replace(/['’]/g, '');
      return { text, prefix, inner: inner && text.length >= MIN_INNER };
    });
  return parts.every((p) => /^[\p{L}\p{N}#]+$/u.test(p.text)) ? parts : null;
}

export interface Lexicon {
  /** Every concept occurrence in the tokens, in token order. */
  find(tokens: readonly Token[], lang?: Language): Hit[];
}

export function compileLexicon(concepts: readonly Concept[]): Lexicon {
  const byKey = new Map<string, Entry[]>();
  const inner = new Map<string, Entry[]>();
  const typo = new Map<string, Entry[]>();
  const innerTypo = new Map<string, Entry[]>();
  const add = (map: Map<string, Entry[]>, key: string, entry: Entry) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const concept of concepts) {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const source of concept.words[lang]) {
        const parts = parseWord(source);
        if (!parts) continue;
        const entry: Entry = { concept: concept.id, lang, parts, source };
        const first = parts[0]!;
        add(byKey, first.text.slice(0, KEY), entry);
        if (first.inner) add(inner, first.text.slice(0, KEY), entry);
        if (first.inner && parts.length === 1) add(innerTypo, first.text[0]!, entry);
        if (first.prefix && first.text.length >= MIN_TYPO && parts.length === 1)
          add(typo, first.text[0]!, entry);
      }
    }
  }

  return {
    find(tokens, lang) {
      const hits: Hit[] = [];
      const seen = new Set<string>();
      const push = (entry: Entry, start: number, end: number) => {
        const only = entry.parts.length === 1 && entry.parts[0]!.text.length <= MAX_SHORT;
        if (only && lang !== undefined && entry.lang !== lang) return;
        const id = `${entry.concept}|${entry.lang}|${start}`;
        if (seen.has(id)) return;
        seen.add(id);
        const word = tokens
          .slice(start, end + 1)
          .map((t) => t.surface)
          .join(' ');
        hits.push({ concept: entry.concept, lang: entry.lang, start, end, word });
      };
      for (let i = 0; i < tokens.length; i++) {
        const word = tokens[i]!.word;
        const before = hits.length;
        const heads = new Set<number>();
        const specials = /^\d/.test(word) ? specialsOf(word) : [];
        for (const key of [...specials.map((s) => s.slice(0, KEY)), word.slice(0, KEY)]) {
          for (const entry of byKey.get(key) ?? []) {
            const end = matchAt(entry.parts, tokens, i, 0);
            if (end < 0) continue;
            push(entry, i, end);
            const head = entry.parts[0]!.text.length;
            if (end === i && head >= KEY && head + MIN_INNER - 1 <= word.length) heads.add(head);
          }
        }
        for (let at = 2; at + MIN_INNER <= word.length; at++) {
          for (const entry of inner.get(word.slice(at, at + KEY)) ?? []) {
            if (entry.parts.length === 1 && partMatches(entry.parts[0]!, word, at))
              push(entry, i, i);
          }
        }
        if (word.length >= MIN_TYPO - 1) {
          const found = new Set(hits.slice(before).map((h) => h.concept));
          for (const entry of typo.get(word[0]!) ?? []) {
            if (!found.has(entry.concept) && withinOneEdit(entry.parts[0]!.text, word))
              push(entry, i, i);
          }
          // A typo in the part right after a known first part of a compound ("rinta|kiupa").
          for (const at of heads) {
            for (const entry of innerTypo.get(word[at]!) ?? []) {
              const stem = entry.parts[0]!.text;
              if (found.has(entry.concept) || word.length - at > stem.length + 3) continue;
              if (withinOneEdit(stem, word.slice(at))) push(entry, i, i);
            }
          }
        }
      }
      return hits.sort((a, b) => a.start - b.start);
    },
  };
}

/**
 * Word classes an editor can name where listing forms is hopeless: `#year` (2022),
 * `#number` (10..999: "20 ibuprofen"), `#age` (a child's age: "2v", "treåring"),
 * `#months` (a baby's age: "3kk", "2mån"), `#small` (0..17, as in "4-vuotias") and `#monthyear`
 * (a note's "01/24").
 */
const SPECIALS: Record<string, RegExp> = {
  '#year': /^(?:19|20)\d\d$/,
  '#number': /^\d{2,3}$/,
  '#age': /^(?:1[0-7]|\d)(?:v|vee|vuot\w*|yo|ar|aring\w*)$/,
  '#months': /^\d{1,2}(?:kk|man\w*|mo|months?)$/,
  '#small': /^(?:1[0-7]|\d)$/,
  // A month and a year that cannot be a day and a month: "01/24", "3/2019" (not "5/11").
  '#monthyear': /^(?:0?[1-9]|1[0-2])\/(?:1[3-9]|2\d|(?:19|20)\d\d)$/,
};
const specialsOf = (word: string) => Object.keys(SPECIALS).filter((k) => SPECIALS[k]!.test(word));

/** The last token index the parts cover when they start at token i, or -1. */
function matchAt(
  parts: readonly Part[],
  tokens: readonly Token[],
  i: number,
  offset: number,
): number {
  for (let k = 0; k < parts.length; k++) {
    const token = tokens[i + k];
    if (!token || !partMatches(parts[k]!, token.word, k === 0 ? offset : 0)) return -1;
  }
  return i + parts.length - 1;
}

function partMatches(part: Part, word: string, at: number): boolean {
  const special = SPECIALS[part.text];
  if (special) return at === 0 && special.test(word);
  if (part.prefix || at > 0)
    return word.startsWith(part.text, at) && (part.prefix || word.length === at + part.text.length);
  return word === part.text;
}

/** True when `word` starts with `stem` after one edit (substitution, insertion, deletion, swap) before its last letter. */
export function withinOneEdit(stem: string, word: string): boolean {
  let i = 0;
  while (i < stem.length && i < word.length && stem[i] === word[i]) i++;
  if (i === stem.length) return true;
  // A different last letter is another word more often than a typo ("myrkytön", "giftinformation").
  if (i >= stem.length - 1) return false;
  const rest = (s: number, w: number) => word.startsWith(stem.slice(s), w);
  return (
    rest(i + 1, i + 1) || // substitution
    rest(i, i + 1) || // insertion in the word
    rest(i + 1, i) || // deletion from the word
    (stem[i] === word[i + 1] && stem[i + 1] === word[i] && rest(i + 2, i + 2)) // swap
  );
}
