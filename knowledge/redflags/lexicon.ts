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
import { LAUGHING_EMOJI, type Token } from './tokens';

/** One way to write a concept word, compiled. */
export interface Entry {
  concept: string;
  lang: Language;
  /** The folded parts; more than one means consecutive words. */
  parts: Part[];
  /** The word as the editor wrote it, for explanations and rules. */
  source: string;
  /** Its place in the editors' order, which decides between two hits of a concept on one word. */
  order: number;
  /** The languages whose messages it counts in (see `countsIn`). */
  countsIn: ReadonlySet<Language>;
  /** Of a concept whose words, spelled exactly, are never another word with its dots left off. */
  asWritten: boolean;
}

interface Part {
  text: string;
  prefix: boolean;
  /** May also start inside a word, as the later part of a compound. */
  inner: boolean;
}

/**
 * A gap in a phrase, written `…` or `...` between two words: up to GAP_WORDS other words may stand
 * there. "kaikki … tallella" reads "kaikki tallella", "kaikki tabletit tallella" and "kaikki lääkkeet
 * oli vielä tallella", where a list of every way to fill the middle never ends.
 */
export const GAP = '…';
export const GAP_WORDS = 3;
const isGap = (part: Part) => part.text === GAP;
/**
 * Words a gap never takes. A relative clause says something else of its noun: "alla … kvar" is all
 * still there in "alla 14 fanns kvar", and all that was left in "tog alla som fanns kvar". A "not"
 * or a "but" turns the phrase round: "kaikki ei ollut tallella", "oksentaa mutta ei verta".
 */
const GAP_STOPS = new Set([
  ...['joka', 'jotka', 'jota', 'joita', 'mita', 'mika'],
  ...['som', 'vilka', 'vilken'],
  ...['that', 'which', 'who', 'what'],
  ...['ei', 'eika', 'eivat', 'ettei', 'ilman', 'mutta', 'mut', 'vaan'],
  ...['inte', 'int', 'ej', 'ingen', 'inga', 'inget', 'aldrig', 'utan', 'men'],
  ...['no', 'not', 'none', 'never', 'without', 'but', 'dont', 'didnt', 'wasnt', 'werent', 'isnt'],
  ...['arent', 'hasnt', 'havent', 'nothing', 'nor'],
]);

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
/** The longest case ending after a stem that still spells a word out ("-ssa", "-lta", "-ineen"). */
const MAX_ENDING = 4;
const KEY = 3;

/**
 * The concepts with the words of those they include after their own, as the detector reads them.
 * Own words come first, so a concept's own longer phrase still wins over an included prefix of it.
 */
export function withIncludedWords(concepts: readonly Concept[]): Concept[] {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  return concepts.map((concept) => {
    if (!concept.includes?.length) return concept;
    const included = includedConcepts(concept, byId);
    const wordsOf = (lang: Language) => [
      ...new Set([...concept.words[lang], ...included.flatMap((c) => c.words[lang])]),
    ];
    return { ...concept, words: { fi: wordsOf('fi'), sv: wordsOf('sv'), en: wordsOf('en') } };
  });
}

/**
 * The concepts a concept includes, and their includes in turn, in order and each once; never the
 * concept itself. An unknown id or a cycle adds nothing here: the `red-flag-lexicon` rule reports
 * both to the editor.
 */
export function includedConcepts(
  concept: Concept,
  concepts: ReadonlyMap<string, Concept>,
): Concept[] {
  const seen = new Set([concept.id]);
  const collect = (from: Concept): Concept[] =>
    (from.includes ?? []).flatMap((id) => {
      const other = concepts.get(id);
      if (!other || seen.has(id)) return [];
      seen.add(id);
      return [other, ...collect(other)];
    });
  return collect(concept);
}

/**
 * Parses one editor word ("*kipu*", "vuotta sitten", "kaikki … tallella"); null when a part has no
 * letters or digits, or a gap does not stand between two words (`hasMisplacedGap` says which).
 */
export function parseWord(raw: string): Part[] | null {
  const parts = piecesOf(raw).map((piece) => {
    if (piece === GAP) return { text: GAP, prefix: false, inner: false };
    const inner = piece.startsWith('*');
    const prefix = piece.endsWith('*');
    const text = fold(piece.replace(/^\*|\*$/g, '').toLowerCase()).replace(/['’]/g, '');
    return { text, prefix, inner: inner && text.length >= MIN_INNER };
  });
  if (gapMisplaced(parts)) return null;
  return parts.every((p) => isGap(p) || /^[\p{L}\p{N}#]+$/u.test(p.text)) ? parts : null;
}

/** An editor word's pieces, a gap written `...` read as `…`. */
const piecesOf = (raw: string) =>
  raw
    .trim()
    .split(/\s+/)
    .map((piece) => (piece === '...' ? GAP : piece));

/** Whether an editor word has a gap that does not stand between two words (kb:check says so). */
export function hasMisplacedGap(raw: string): boolean {
  return gapMisplaced(piecesOf(raw).map((text) => ({ text })));
}

/** A gap first, last or beside another gap: it must stand between two words. */
function gapMisplaced(parts: readonly Pick<Part, 'text'>[]): boolean {
  return parts.some(
    (p, k) => p.text === GAP && (k === 0 || k === parts.length - 1 || parts[k + 1]!.text === GAP),
  );
}

export interface Lexicon {
  /** Every concept occurrence in the tokens, in token order. */
  find(tokens: readonly Token[], lang?: Language): Hit[];
}

/** The compiled entries, each list in the editors' order: the first hit of a concept on a word wins. */
interface Index {
  /** By the first KEY letters of the first part. */
  byKey: Map<string, Entry[]>;
  /** `*stem` entries by the first KEY letters of the stem, to look up at every position of a word. */
  inner: Map<string, Entry[]>;
  /**
   * Long one-word stems by their first letter plus their second, and plus their third: a typo is
   * never in the first letter, and one edit keeps the word's second or third letter one of the
   * stem's second and third. A word is looked up under both of its keys.
   */
  typo: Map<string, Entry[]>;
  /** One-word `*stem` entries by first letter, for a typo after a compound's known first part. */
  innerTypo: Map<string, Entry[]>;
}

const NONE: readonly Entry[] = [];

/**
 * `exact`: concepts whose words tolerate no typo. A typo may find an emergency but must never hide
 * one: "korvasta tulee verta" (from the ear) once read as "korvausta" (compensation), paperwork.
 * `asWritten`: concepts whose words, spelled exactly so, are those words and not another concept's
 * word typed without its dots: the negation's Swedish "varken" (neither) is no "värken" (the ache).
 */
export function compileLexicon(
  concepts: readonly Concept[],
  exact: ReadonlySet<string> = new Set(),
  asWritten: ReadonlySet<string> = new Set(),
): Lexicon {
  const index: Index = {
    byKey: new Map(),
    inner: new Map(),
    typo: new Map(),
    innerTypo: new Map(),
  };
  let order = 0;
  for (const concept of concepts) {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const source of concept.words[lang]) {
        const parts = parseWord(source);
        if (!parts) continue;
        const entry: Entry = {
          concept: concept.id,
          lang,
          parts,
          source,
          order: order++,
          countsIn: countsIn(parts, source, lang),
          asWritten: asWritten.has(concept.id),
        };
        const first = parts[0]!;
        add(index.byKey, first.text.slice(0, KEY), entry);
        if (first.inner) add(index.inner, first.text.slice(0, KEY), entry);
        const typos = !exact.has(concept.id) && parts.length === 1;
        if (first.inner && typos) add(index.innerTypo, first.text[0]!, entry);
        if (first.prefix && first.text.length >= MIN_TYPO && typos) {
          const [a, b, c] = first.text;
          add(index.typo, a! + b!, entry);
          if (c !== b) add(index.typo, a! + c!, entry);
        }
      }
    }
  }
  return { find: (tokens, lang) => find(index, tokens, lang) };
}

/** Appends to the list under `key`, starting one: the lexicon's index and the detector's hits by concept. */
export function add<T>(map: Map<string, T[]>, key: string, item: T) {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

// The matcher's helpers are top-level functions, not closures, and take what they need as
// parameters: the bot runs under tsx, whose compiler sets the name of every arrow function held in
// a `const` with a defineProperty each time that line runs, and doing so for closures made per word
// or per typo check cost more than the matching itself.

/** Every hit starts at the word being read, so the hits come out in token order. */
function find(index: Index, tokens: readonly Token[], lang: Language | undefined): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    const before = hits.length;
    // Lengths of first parts that matched the word's start and leave room for a compound's later part.
    const heads: number[] = [];
    // Only a number or an emoji can be a word class: a word of letters never is.
    if (!/^\p{L}/u.test(word)) {
      for (const special of SPECIAL_NAMES) {
        if (SPECIALS[special]!.test(word))
          matchStarts(index.byKey.get(special.slice(0, KEY)), tokens, i, lang, hits, before, heads);
      }
    }
    const spelled = matchStarts(
      index.byKey.get(word.slice(0, KEY)),
      tokens,
      i,
      lang,
      hits,
      before,
      heads,
    );
    for (let at = 2; at + MIN_INNER <= word.length; at++) {
      for (const entry of index.inner.get(word.slice(at, at + KEY)) ?? NONE) {
        if (entry.parts.length === 1 && partMatches(entry.parts[0]!, word, at))
          push(hits, before, entry, tokens, i, i, lang);
      }
    }
    // No typo for a word some concept reads as it is written: "kirvelee" stings, it is no
    // "kirves" (an axe).
    if (word.length < MIN_TYPO - 1 || spelled) continue;
    // A typo only stands in for a concept the word did not already spell out.
    const found = hits.length;
    typoStarts(index, tokens, i, lang, hits, before);
    // A typo in the part right after a known first part of a compound ("rinta|kiupa"), in the
    // message's language: Swedish "tand|läkare" (dentist) is no misspelt Finnish "lääk" (medicine).
    for (const at of heads) {
      for (const entry of index.innerTypo.get(word[at]!) ?? NONE) {
        const stem = entry.parts[0]!.text;
        if (lang !== undefined && entry.lang !== lang) continue;
        if (word.length - at > stem.length + 3 || hasConcept(hits, before, found, entry)) continue;
        if (withinOneEdit(stem, word, at)) push(hits, before, entry, tokens, i, i, lang);
      }
    }
  }
  return hits;
}

/**
 * The entries whose words start at token i; notes in `heads` where a compound may go on. True
 * when one of them spells the word out: a one-word entry that reads it whole or with at most a
 * case ending after its stem ("korvasta" is "korva*" and -sta). Such a word is what it says, not
 * a typo of another; a long compound whose first part alone matched ("sydänkohtas") may still be.
 */
function matchStarts(
  entries: readonly Entry[] | undefined,
  tokens: readonly Token[],
  i: number,
  lang: Language | undefined,
  hits: Hit[],
  before: number,
  heads: number[],
): boolean {
  if (!entries) return false;
  const length = tokens[i]!.word.length;
  const written = tokens[i]!.surface;
  const asWritten = entries.some((entry) => entry.asWritten && entry.source === written);
  let spelled = false;
  for (const entry of entries) {
    const end = matchAt(entry.parts, tokens, i, 0);
    if (end < 0) continue;
    if (asWritten && end === i && lostItsDots(entry.source, written)) continue;
    push(hits, before, entry, tokens, i, end, lang);
    const head = entry.parts[0]!.text.length;
    if (end === i && entry.parts.length === 1 && length - head <= MAX_ENDING) spelled = true;
    if (end === i && head >= KEY && head + MIN_INNER - 1 <= length && !heads.includes(head))
      heads.push(head);
  }
  return spelled;
}

/**
 * Whether a one-word entry reads the written word only once folding has taken off dots that the
 * word does not have: where an `asWritten` entry reads the word exactly as it is written.
 */
function lostItsDots(source: string, written: string): boolean {
  const stem = source.toLowerCase().replace(/^\*|\*$/g, '');
  return [...stem].some((letter, k) => fold(letter) !== letter && written[k] !== letter);
}

/** The long stems token i starts with after one typo, in the editors' order (index.typo). */
function typoStarts(
  index: Index,
  tokens: readonly Token[],
  i: number,
  lang: Language | undefined,
  hits: Hit[],
  before: number,
) {
  const word = tokens[i]!.word;
  const found = hits.length;
  const a = index.typo.get(word[0]! + word[1]!) ?? NONE;
  const b = word[2] === word[1] ? NONE : (index.typo.get(word[0]! + word[2]!) ?? NONE);
  // Both lists are in the editors' order and a stem can be in both: merge them, each stem once.
  let x = 0;
  let y = 0;
  while (x < a.length || y < b.length) {
    const fromA = y === b.length || (x < a.length && a[x]!.order <= b[y]!.order);
    const entry = fromA ? a[x++]! : b[y++]!;
    if (fromA && y < b.length && b[y] === entry) y++;
    if (withinOneEdit(entry.parts[0]!.text, word) && !hasConcept(hits, before, found, entry))
      push(hits, before, entry, tokens, i, i, lang);
  }
}

const EVERY_LANGUAGE: ReadonlySet<Language> = new Set(['fi', 'sv', 'en']);
/** The letters each language writes that folding takes the dots or the ring off. */
const DOTTED_LETTERS: Record<Language, string> = { fi: 'äö', sv: 'åäö', en: '' };

/**
 * The languages whose messages a word counts in. Words this short count only in their own
 * language. So does a four-letter word that folding changed, except where its letters are also
 * written: Swedish "låst" (locked) folds to English "last", but Finnish "äiti" in a Swedish
 * message is still a mother. So does the later part of a compound that folding changed, however
 * long: Swedish `*åring*` ("treåringen") folded is inside English "hearing" and "caring".
 */
function countsIn(parts: readonly Part[], source: string, lang: Language): ReadonlySet<Language> {
  if (parts.length !== 1) return EVERY_LANGUAGE;
  const { text, prefix, inner } = parts[0]!;
  if (text.length <= MAX_SHORT) return new Set([lang]);
  if (!inner && (text.length > MAX_SHORT + 1 || prefix)) return EVERY_LANGUAGE;
  const dotted = [...source.toLowerCase()].filter((letter) => fold(letter) !== letter);
  if (dotted.length === 0) return EVERY_LANGUAGE;
  const writes = (other: Language) =>
    dotted.every((letter) => DOTTED_LETTERS[other].includes(letter));
  return new Set([...EVERY_LANGUAGE].filter((other) => other === lang || writes(other)));
}

/** Adds a hit unless its concept already has one in that language on this word (hits from `before`). */
function push(
  hits: Hit[],
  before: number,
  entry: Entry,
  tokens: readonly Token[],
  start: number,
  end: number,
  lang: Language | undefined,
) {
  if (lang !== undefined && !entry.countsIn.has(lang)) return;
  for (let h = before; h < hits.length; h++) {
    if (hits[h]!.concept === entry.concept && hits[h]!.lang === entry.lang) return;
  }
  const word =
    start === end
      ? tokens[start]!.surface
      : tokens
          .slice(start, end + 1)
          .map((t) => t.surface)
          .join(' ');
  hits.push({ concept: entry.concept, lang: entry.lang, start, end, word });
}

/** Whether hits[from..to) have the entry's concept, in any language. */
function hasConcept(hits: readonly Hit[], from: number, to: number, entry: Entry): boolean {
  for (let h = from; h < to; h++) if (hits[h]!.concept === entry.concept) return true;
  return false;
}

/**
 * Word classes an editor can name where listing forms is hopeless: `#year` (2022),
 * `#number` (10..999: "20 ibuprofen"), `#age` (a child's age: "2v", "treåring", "1y"),
 * `#lowreading` (0, 1 or 2 with decimals after it: a blood glucose of "2,1" mmol/l),
 * `#months` (a baby's age: "3kk", "2mån"), `#infantmonths` (the same, under three months: "2kk"),
 * `#infantage` (0, 1 or 2, before a word for months: "2 kk", "1 month old"), `#weeks` (a baby's
 * age under three months: "3vk", "6veckor", "2wks"), `#small` (0..17, as in "4-vuotias"), `#monthyear`
 * (a note's "01/24"), `#belowzero` (a temperature below zero: "-18", "−10C"), `#clock` (an hour
 * written with am or pm: "since 8am") and `#laughing` (a laughing or eye-rolling emoji: "ammun
 * itteni 🙄").
 */
const SPECIALS: Record<string, RegExp> = {
  '#year': /^(?:19|20)\d\d$/,
  '#number': /^\d{2,3}$/,
  '#age': /^(?:1[0-7]|\d)(?:v|vee|vuot\w*|yo|y|yr|yrs|ar|aring\w*)$/,
  '#months': /^\d{1,2}(?:kk|man\w*|mo|months?)$/,
  '#infantmonths': /^[0-2](?:kk|man\w*|mo|months?)$/,
  '#infantage': /^[0-2]$/,
  '#weeks': /^(?:1[0-2]|[1-9])(?:vk|vko|vkoa|viikk\w*|veck\w*|wk|wks|weeks?)$/,
  '#small': /^(?:1[0-7]|\d)$/,
  '#lowreading': /^[0-2]$/,
  '#belowzero': /^-\d{1,2}c?$/,
  // A month and a year that cannot be a day and a month: "01/24", "3/2019" (not "5/11").
  '#monthyear': /^(?:0?[1-9]|1[0-2])\/(?:1[3-9]|2\d|(?:19|20)\d\d)$/,
  '#clock': /^(?:1[0-2]|0?\d)(?:am|pm)$/,
  '#laughing': new RegExp(`^[${LAUGHING_EMOJI}]$`, 'u'),
};
const SPECIAL_NAMES = Object.keys(SPECIALS);

/**
 * The last token index the parts cover when they start at token i, or -1. A gap takes as few words
 * as it can: "kaikki … tallella" ends at the first "tallella".
 */
function matchAt(
  parts: readonly Part[],
  tokens: readonly Token[],
  i: number,
  offset: number,
  from = 0,
): number {
  for (let k = from; k < parts.length; k++) {
    const at = i + k - from;
    if (isGap(parts[k]!)) {
      for (let skipped = 0; skipped <= GAP_WORDS; skipped++) {
        // The skipped words are part of the phrase too, said in the same go.
        const taken = tokens[at + skipped - 1];
        if (skipped > 0 && (!taken || taken.afterBreak || GAP_STOPS.has(taken.word))) return -1;
        const end = matchAt(parts, tokens, at + skipped, 0, k + 1);
        if (end >= 0) return end;
      }
      return -1;
    }
    const token = tokens[at];
    if (!token || !partMatches(parts[k]!, token.word, k === 0 ? offset : 0)) return -1;
    // A phrase is said in one go: "66 år, sedan igår" is no "år sedan" (years ago).
    if (k > 0 && token.afterBreak) return -1;
    // "tänään 37,2" reads a thermometer and "kuuri jatkuu 10 pv" a calendar: a number alone
    // counts tablets, not a reading or a length of time.
    if (parts[k]!.text === '#number' && (token.beforeDecimals || isMeasure(parts, tokens, at)))
      return -1;
    // "Home care 08:10: … took morning meds": a clock time counts no tablets and no years of age.
    if (token.clock && (parts[k]!.text === '#number' || parts[k]!.text === '#small')) return -1;
    // A low reading has decimals: "B-gluk 2,1", not "blood sugar 2 hours after a meal".
    if (parts[k]!.text === '#lowreading' && !token.beforeDecimals) return -1;
  }
  return i + parts.length - 1 - from;
}

/** Units after a number that make it a length of time or a measure, folded. */
const UNITS = new Set([
  ...['pv', 'paivaa', 'paivan', 'vrk', 'vuorokautta', 'vk', 'viikkoa', 'kk', 'kuukautta'],
  ...['min', 'minuuttia', 'tuntia', 'h', 'astetta', 'cm', 'mm', 'km', 'kg', 'mmol'],
  ...['days', 'weeks', 'months', 'years', 'hours', 'minutes', 'mins', 'degrees'],
  ...['dagar', 'dygn', 'veckor', 'manader', 'timmar', 'minuter', 'grader'],
]);

/** A number standing alone as a part, with a unit after it: "10 pv", "20 min", "38 astetta". */
function isMeasure(parts: readonly Part[], tokens: readonly Token[], i: number): boolean {
  return parts.length === 1 && UNITS.has(tokens[i + 1]?.word ?? '');
}

function partMatches(part: Part, word: string, at: number): boolean {
  // Only `#` words are classes; the test also keeps a word like "constructor" off Object's prototype.
  const special = part.text.startsWith('#') ? SPECIALS[part.text] : undefined;
  if (special) return at === 0 && special.test(word);
  if (part.prefix || at > 0)
    return word.startsWith(part.text, at) && (part.prefix || word.length === at + part.text.length);
  return word === part.text;
}

/**
 * True when `word`, read from `at`, starts with `stem` after one edit (substitution, insertion,
 * deletion, swap) before its last letter.
 */
export function withinOneEdit(stem: string, word: string, at = 0): boolean {
  let i = 0;
  while (i < stem.length && at + i < word.length && stem[i] === word[at + i]) i++;
  if (i === stem.length) return true;
  // A different last letter is another word more often than a typo ("myrkytön", "giftinformation").
  if (i >= stem.length - 1) return false;
  const w = at + i;
  return (
    startsWithRest(word, w + 1, stem, i + 1) || // substitution
    startsWithRest(word, w + 1, stem, i) || // insertion in the word
    startsWithRest(word, w, stem, i + 1) || // deletion from the word
    (stem[i] === word[w + 1] && stem[i + 1] === word[w] && startsWithRest(word, w + 2, stem, i + 2)) // swap
  );
}

/** `word.startsWith(stem.slice(s), w)` without building the slice. */
function startsWithRest(word: string, w: number, stem: string, s: number): boolean {
  if (word.length - w < stem.length - s) return false;
  for (let k = s; k < stem.length; k++) if (stem[k] !== word[w + k - s]) return false;
  return true;
}

/** A concept word the matcher never reports, and the earlier word of its concept that wins instead. */
export interface ShadowedWord {
  concept: string;
  lang: Language;
  /** Its place in the concept's list for that language. */
  index: number;
  word: string;
  by: string;
}

/**
 * The words an earlier word of the same concept and language always matches first, at the same
 * word: only the first hit of a concept on a word counts, so these add nothing ('nitro spray' after
 * 'nitro*', 'taivuttaa' after 'taivut*'). It follows the matcher above and errs towards keeping a
 * word: one that tolerates a typo is never called shadowed, because its typo can land where the
 * earlier word's cannot ('nitroglyseriini*' after 'nitro*' still finds "nirtoglyseriini").
 */
export function shadowedWords(
  concepts: readonly Concept[],
  exact: ReadonlySet<string> = new Set(),
): ShadowedWord[] {
  const shadowed: ShadowedWord[] = [];
  for (const concept of concepts) {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const earlier: EditorWord[] = [];
      concept.words[lang].forEach((source, index) => {
        const parts = parseWord(source);
        if (!parts) return;
        const word = { source, parts, countsIn: countsIn(parts, source, lang) };
        const typos = !exact.has(concept.id) && tolerates(parts);
        const by = earlier.find(
          (e) =>
            countsWherever(e, word) &&
            (sameParts(e.parts, parts) || (!typos && alwaysFirst(e, word))),
        );
        if (by) shadowed.push({ concept: concept.id, lang, index, word: source, by: by.source });
        earlier.push(word);
      });
    }
  }
  return shadowed;
}

/** A word as the editor wrote it and as it is matched. */
interface EditorWord {
  source: string;
  parts: Part[];
  countsIn: ReadonlySet<Language>;
}

/** Whether `w` counts in every language `v` counts in: one that counts in fewer never covers it. */
function countsWherever(w: EditorWord, v: EditorWord): boolean {
  return [...v.countsIn].every((lang) => w.countsIn.has(lang));
}

/** Whether the typo passes of `find` may report this word (for a concept that is not read exactly). */
function tolerates(parts: readonly Part[]): boolean {
  const [first] = parts;
  return parts.length === 1 && (first!.inner || (first!.prefix && first!.text.length >= MIN_TYPO));
}

function sameParts(a: readonly Part[], b: readonly Part[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, k) => p.text === b[k]!.text && p.prefix === b[k]!.prefix && p.inner === b[k]!.inner)
  );
}

/** Whether word `w` matches at every word where `v` does, without a typo, and reaches it first. */
function alwaysFirst(w: EditorWord, v: EditorWord): boolean {
  const [a, b] = [w.parts, v.parts];
  // A gap lets words stand anywhere: `w` with one is never sure to match first. `v` with one is,
  // when `w` covers its words before the gap: "co alarm" reaches "co alarm … tested" first.
  if (a.some(isGap)) return false;
  const gap = b.findIndex(isGap);
  if (gap >= 0) return a.length <= gap && alwaysFirst(w, { ...v, parts: b.slice(0, gap) });
  if (a.length > b.length || !a.every((part, k) => partCovers(part, b[k]!))) return false;
  // Both must be looked up under one key, or `a` is never tried on `b`'s words.
  if (a[0]!.text.slice(0, KEY) !== b[0]!.text.slice(0, KEY)) return false;
  // Only one-word `*stems` match inside a compound.
  const inside = (parts: readonly Part[]) => parts.length === 1 && parts[0]!.inner;
  return !inside(b) || inside(a);
}

/** Whether every word `b`'s part matches, `a`'s part matches too. */
function partCovers(a: Part, b: Part): boolean {
  if (a.text.startsWith('#') || b.text.startsWith('#')) return a.text === b.text;
  return a.prefix ? b.text.startsWith(a.text) : !b.prefix && a.text === b.text;
}
