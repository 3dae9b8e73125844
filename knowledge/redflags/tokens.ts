/**
 * Splits a message into folded words that remember their sentence and clause,
 * because a red flag is judged within a sentence ("isällä oli aivoinfarkti
 * 2023. Nyt suu roikkuu") and "right now" only counts in its own clause.
 */
import { fold } from '../search/text';

export interface Token {
  /** Lower-cased, without diacritics or apostrophes ("can't" -> "cant"). */
  word: string;
  /** As written, lower-cased: what an explanation shows. */
  surface: string;
  sentence: number;
  clause: number;
  /** An arrow stood before this word: "kohtaus → Buccolam ja 112" is an instruction's "then". */
  afterArrow?: true;
  /** A decimal point follows this number: the "37" of "37,2" is a reading, not a count. */
  beforeDecimals?: true;
  /** A colon follows this word: a record's field name ("Itsetuhoisuus: ei suunnitelmaa"). */
  beforeColon?: true;
  /** A question mark follows this word: a heading's question ("Rintakipua? Ei.", "Ont i bröstet? – nä"). */
  beforeQuestionMark?: true;
  /** The hours or minutes of a clock time ("08:10"): a time of day, not a count. */
  clock?: true;
  /** A comma, a semicolon, a bracket or a dash stood before this word: "66 år, sedan igår". */
  afterBreak?: true;
  /** Inside brackets: an aside, such as the name of a screening tool ("Itsetuhoisuus (C-SSRS): ei"). */
  bracketed?: true;
}

/** Red flags look at this many words at most; nothing a resident writes in one message is longer. */
export const MAX_TOKENS = 400;

/**
 * A laughing or eye-rolling emoji is a word of its own, since it says as much as "lol": "ammun
 * itteni 🙄", "I'm going to jump off a bridge 😂". Not a crying, sweating or upside-down face,
 * which may carry the wish itself ("en jaksa enää elää 🙃"). `#laughing` names them.
 */
export const LAUGHING_EMOJI = '😂🤣😆🙄😜😝🤪😹😁😄';
/** A month and year in a note ("paloi 01/24", "11/2023") is one word, so `#monthyear` can name it. */
const WORD = new RegExp(
  `\\d{1,2}\\/\\d{2,4}(?![\\p{L}\\p{N}])|[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*|[${LAUGHING_EMOJI}]`,
  'gu',
);
const SENTENCE_BREAK = /[.!?\n]/;
/** A dash between words ("mökille – ei kuolemantoiveita", "tired - no thoughts of") ends a clause too. */
const CLAUSE_BREAK = /[,;:()–—]|\s-\s/;
/**
 * The clause breaks no phrase runs across. Not a colon, which joins a field to its value
 * ("myrkytystietokeskuksesta: vaaraton"), nor a sentence's end, which a cry runs over ("apua!!
 * savua").
 */
const PHRASE_BREAK = /[,;()–—]|\s-\s/;
/** "→", "->", "=>": a note's "then", which also ends the clause of its condition. */
const ARROW = /→|->|=>|⇒/;
/** "But", folded: it starts a new clause, and after a history it starts what happens now. */
export const BUT: ReadonlySet<string> = new Set(['mutta', 'mut', 'but', 'men']);
/** "Or", folded ("eikä" -> "eika"): the glue before the last item of a list. */
export const OR: ReadonlySet<string> = new Set(['or', 'nor', 'tai', 'taikka', 'eika', 'eller']);
/** Conjunctions that start a new clause: "sain kohtauksen viime vuonna mutta nyt..." */
const CLAUSE_WORDS = new Set([...BUT, 'vaikka', 'though', 'fast']);
/** "...ja nyt", "and now": a new event starts, so a movie's drowning is not happening now. */
const AND = new Set(['ja', 'ni', 'and', 'so', 'och']);
const NOW = new Set(['nyt', 'now', 'nu']);
/**
 * Phrases that turn to another matter start a sentence of their own, so the errand before them
 * does not excuse what follows: "pitäis uusia resepti, ja sit yks juttu et äijä ei herää".
 */
const ANOTHER_MATTER = new Set([
  ...['yks juttu', 'yksi juttu', 'toinen juttu', 'toinen asia', 'yks asia', 'yksi asia'],
  ...['by the way', 'another thing', 'one more thing', 'en annan sak', 'en sak till'],
]);
// Folded: "förresten".
const ANOTHER_MATTER_WORDS = new Set(['btw', 'forresten']);
/** The last words of those phrases: most words end none, and are let through at one lookup. */
const ANOTHER_MATTER_ENDS = new Set([...ANOTHER_MATTER].map((phrase) => phrase.split(' ').at(-1)!));
/** Who speaks, as a note writes it before a quoted reply: "As: 'Ei oo.'", "Pt: 'No.'". */
export const SPEAKER: ReadonlySet<string> = new Set([
  'as',
  'asiakas',
  'pt',
  'pat',
  'potilas',
  'kl',
  'klienten',
  'client',
]);
/** "Without": a negation of what follows it only ("hengittää ilman vaikeuksia" breathes). */
export const WITHOUT: ReadonlySet<string> = new Set(['utan', 'without', 'ilman']);

export function tokenizeMessage(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let last = 0;
  let brackets = 0;
  const lower = text.toLowerCase();
  // Casing only tells sentences apart when the message capitalises and lower-casing kept its length.
  const cased = lower.length === text.length && /^\P{L}*\p{Lu}/u.test(text);
  for (const m of lower.matchAll(WORD)) {
    const gap = text.slice(last, m.index);
    last = m.index + m[0].length;
    addNegativeSign(tokens, gap, false);
    // "v." and "klo 9.30" are not sentence ends worth splitting on; a full stop after a number or
    // a one-letter abbreviation is treated as a clause break only.
    // "39,5" and "38.9" are one reading, so "nyt 38,9 kuumetta" stays one clause.
    const decimal = isDecimalPoint(tokens.at(-1), gap, m[0]);
    if (decimal) tokens.at(-1)!.beforeDecimals = true;
    const clock = isClockTime(tokens.at(-1), gap, m[0]);
    if (clock) tokens.at(-1)!.clock = true;
    // The point inside a number or a date ("(lääkkeet, 14.1.)") closes no bracket.
    if (!decimal && !clock) brackets = bracketDepth(brackets, gap);
    const joined = decimal || clock || isInsideWord(tokens.at(-1), gap, m[0]);
    if (!joined && /^\s*:/.test(gap) && tokens.length > 0) tokens.at(-1)!.beforeColon = true;
    if (/^\s*\?/.test(gap) && tokens.length > 0) tokens.at(-1)!.beforeQuestionMark = true;
    const initial = cased ? caseOf(text[m.index]!) : null;
    let afterBreak = false;
    if (
      (!joined && SENTENCE_BREAK.test(gap) && !isAbbreviationStop(tokens.at(-1), gap, initial)) ||
      isListMarker(text, m[0], m.index, tokens.length)
    ) {
      sentence++;
      clause++;
    } else if (!joined && (CLAUSE_BREAK.test(gap) || SENTENCE_BREAK.test(gap) || ARROW.test(gap))) {
      clause++;
      afterBreak = PHRASE_BREAK.test(gap);
    }
    const surface = m[0].replace(/['’]/g, '');
    const word = belowZero(gap, surface, tokens.length === 0) ? `-${surface}` : fold(surface);
    if (CLAUSE_WORDS.has(word) || insteadAfterDenial(word, tokens, clause)) clause++;
    const previous = tokens.at(-1);
    const matter = previous?.sentence === sentence ? anotherMatterLength(tokens, word) : 0;
    if (matter > 0) {
      sentence++;
      clause++;
      // The phrase starts the new sentence: "yks" of "yks juttu", "by" of "by the way".
      for (const t of tokens.slice(tokens.length - (matter - 1))) {
        Object.assign(t, { sentence, clause });
      }
    }
    if (NOW.has(word) && previous && AND.has(previous.word) && previous.clause === clause) {
      clause++;
      previous.clause = clause;
    }
    tokens.push({
      word,
      surface,
      sentence,
      clause,
      ...(ARROW.test(gap) && { afterArrow: true }),
      ...(clock && { clock: true }),
      ...(afterBreak && tokens.length > 0 && { afterBreak: true }),
      ...(brackets > 0 && { bracketed: true }),
    });
    if (tokens.length >= MAX_TOKENS) break;
  }
  if (tokens.length < MAX_TOKENS) addNegativeSign(tokens, text.slice(last), true);
  return tokens;
}

/** How deep in brackets the next word is, after the gap before it; an unclosed bracket ends with its sentence. */
function bracketDepth(depth: number, gap: string): number {
  if (SENTENCE_BREAK.test(gap)) depth = 0;
  for (const letter of gap) {
    if (letter === '(' || letter === '[') depth++;
    else if ((letter === ')' || letter === ']') && depth > 0) depth--;
  }
  return depth;
}

/** The word a finding's minus sign stands for, in `negation`'s lexicon: "SI neg". */
const NEGATIVE_SIGN_WORD = 'neg';
/** A minus sign alone after a word, before a comma, a full stop, a bracket or the end: "SI −, HI −". */
const NEGATIVE_SIGN = /^[ \t]*[-−][ \t]*[,;.)/]/;
const NEGATIVE_SIGN_AT_END = /^[ \t]*[-−][ \t]*(?:[,;.)/]|$)/;

/**
 * A note's minus sign after a finding ("SI −, HI −", "rintakipu -.") is its "negative": it becomes
 * the word "neg" in the finding's clause, which denies it as "SI neg" would. A dash between words
 * ("tired - no thoughts") or before a number ("-18") is not one.
 */
function addNegativeSign(tokens: Token[], gap: string, atEnd: boolean): void {
  const finding = tokens.at(-1);
  const sign = atEnd ? NEGATIVE_SIGN_AT_END : NEGATIVE_SIGN;
  if (!finding || /^-?\d/.test(finding.word) || !sign.test(gap)) return;
  tokens.push({
    word: NEGATIVE_SIGN_WORD,
    surface: gap.trim()[0]!,
    sentence: finding.sentence,
    clause: finding.clause,
  });
}

/** The words of an ANOTHER_MATTER phrase (or word) that `word` ends, or 0. */
function anotherMatterLength(tokens: readonly Token[], word: string): number {
  if (ANOTHER_MATTER_WORDS.has(word)) return 1;
  if (!ANOTHER_MATTER_ENDS.has(word)) return 0;
  for (const length of [2, 3]) {
    const before = tokens.slice(-(length - 1)).map((t) => t.word);
    if (before.length === length - 1 && ANOTHER_MATTER.has([...before, word].join(' '))) {
      return length;
    }
  }
  return 0;
}

/**
 * A minus sign right before a number, after a space or at the start: "ulkona -18 astetta" keeps
 * its "-18", so a temperature below zero is a word of its own (`#belowzero`) and no count of
 * pills. Not a range ("14-16") or a dash with spaces ("2 - 3").
 */
function belowZero(gap: string, surface: string, first: boolean): boolean {
  return /^\d{1,2}c?$/.test(surface) && (first ? /^\s*[-−]$/ : /[\s(][-−]$/).test(gap);
}

/** Finnish "ei/ettei ... vaan": what comes after "vaan" is said instead, not denied. */
const DENIED_BEFORE_INSTEAD = new Set([
  'ei',
  'en',
  'et',
  'emme',
  'ette',
  'eivat',
  'ettei',
  'etten',
]);
/**
 * Words that must stand between the denial and "vaan" for it to mean "but instead": in "en vaan
 * jaksa" and "en mä vaan jaksa" it means "just".
 */
const INSTEAD_AFTER = 3;

/**
 * "kertoo ettei aio mennä kotiin vaan ajaa rekan alle": "vaan" after a denial in its clause opens
 * a clause of its own, so the denial does not reach what is said instead.
 */
function insteadAfterDenial(word: string, tokens: readonly Token[], clause: number): boolean {
  if (word !== 'vaan') return false;
  for (let i = tokens.length - 1; i >= 0 && tokens[i]!.clause === clause; i--) {
    if (DENIED_BEFORE_INSTEAD.has(tokens[i]!.word)) return tokens.length - 1 - i >= INSTEAD_AFTER;
  }
  return false;
}

/** Longer abbreviations of notes: "2021 psyk. osastolla" is one sentence, so its year still counts. */
const ABBREVIATIONS = new Set([
  ...['psyk', 'tabl', 'laak', 'sair', 'diagn', 'kontr', 'tutk', 'huom', 'esim', 'lahete'],
  ...['sjukh', 'avd', 'mott', 'inskr', 'psych', 'hosp', 'approx', 'dept', 'appt', 'prev'],
  ...['opisk', 'kotik', 'sostt', 'terv', 'polikl', 'osast', 'lakem', 'ilm', 'vrk', 'kuuk'],
  ...['hemtj', 'hemv', 'anh', 'pat', 'ssk', 'usk', 'enl', 'ang', 'tel', 'resp', 'bl'],
  ...['pt', 'hx', 'dx', 'tx', 'incl', 'wks', 'yrs', 'hrs', 'mins'],
]);

/**
 * A full stop that only ends an abbreviation. In a message that capitalises its sentences the next
 * word tells: "p-gluk 7,2. Aamulääkkeet annettu" ends a sentence, "opisk. 20v", "ls-ilm. tehty" and
 * "5 min. ei kouristele" do not; otherwise a known or short abbreviation does not end one.
 */
function isAbbreviationStop(
  previous: Token | undefined,
  gap: string,
  initial: 'upper' | 'lower' | null,
): boolean {
  if (!previous || gap.includes('\n') || /[!?]/.test(gap)) return false;
  if (initial === 'upper') return false;
  if (initial === 'lower' && /^\.\s*$/.test(gap)) return true;
  if (ABBREVIATIONS.has(previous.word)) return true;
  return previous.word.length <= 3 && /^(?:[a-z]{1,3}|\d+)$/.test(previous.word);
}

function caseOf(char: string): 'upper' | 'lower' | null {
  if (/\p{Lu}/u.test(char)) return 'upper';
  return /\p{Ll}/u.test(char) ? 'lower' : null;
}

/**
 * A comma or point between digits with no space: a decimal, not a break. A diagnosis code's point
 * ("Dg I63.9 aivoinfarkti") is one too, so the code and its name stay one sentence.
 */
function isDecimalPoint(previous: Token | undefined, gap: string, next: string): boolean {
  return (
    (gap === ',' || gap === '.') && /^[a-z]?\d+$/.test(previous?.word ?? '') && /^\d/.test(next)
  );
}

/** "08:10", "19:45": hours, a colon and two digits of minutes, with no space, tell a time of day. */
function isClockTime(previous: Token | undefined, gap: string, next: string): boolean {
  return gap === ':' && /^(?:[01]?\d|2[0-3])$/.test(previous?.word ?? '') && /^[0-5]\d$/.test(next);
}

/**
 * A Finnish ordinal's point or an abbreviation's colon before its ending, with no space: "7.lk:lla"
 * (in 7th grade), "EKG:ssä", "TAYS:iin" are one word, not three clauses.
 */
function isInsideWord(previous: Token | undefined, gap: string, next: string): boolean {
  if (!previous) return false;
  if (gap === ':') return /^[a-zåäö]{1,4}$/.test(next) && /[\p{L}\d]$/u.test(previous.surface);
  return (
    gap === '.' &&
    /^\d{1,2}$/.test(previous.word) &&
    /^(?:lk|luokka|luokan|luokalla|krs)/.test(next)
  );
}

/**
 * "1) how do I renew my Kela card 2) can mum get home care 3) dad is jerking and not answering":
 * each numbered item is a sentence of its own, so the first item's paperwork does not excuse the
 * third's seizure. A number in parentheses ("(rv 31)") is not a marker.
 */
function isListMarker(text: string, word: string, at: number, before: number): boolean {
  if (before === 0 || !/^\d{1,2}$/.test(word) || text[at + word.length] !== ')') return false;
  const preceding = text.slice(0, at);
  return preceding.split('(').length <= preceding.split(')').length;
}

/**
 * Whether the word at `i`, or it and the next word of its clause, is one of `phrases` (folded
 * words, two-word phrases joined by a space): "like this", "come back".
 */
export function phraseAt(
  tokens: readonly Token[],
  i: number,
  phrases: ReadonlySet<string>,
): boolean {
  const word = tokens[i]!.word;
  const next = tokens[i + 1];
  return (
    phrases.has(word) || (next?.clause === tokens[i]!.clause && phrases.has(`${word} ${next.word}`))
  );
}

/** The index of a clause's first word. */
export function clauseStart(tokens: readonly Token[], clause: number): number {
  return tokens.findIndex((t) => t.clause === clause);
}

/**
 * Whether a later clause of the word's sentence opens with "but" (and meets `also`): what the word
 * said is taken back ("ei hätää mutta isä ei herää"). With `andNow`, a clause opening with "and
 * now" takes it back too: "ohjattu soittamaan 116117 jos pahenee ja nyt se on pahentunut".
 */
export function butLaterInSentence(
  tokens: readonly Token[],
  end: number,
  also: (clause: number) => boolean = () => true,
  { andNow = false } = {},
): boolean {
  const sentence = tokens[end]!.sentence;
  for (let i = end + 1; tokens[i]?.sentence === sentence; i++) {
    const clause = tokens[i]!.clause;
    if (clauseStart(tokens, clause) !== i) continue;
    const opens =
      opensWithBut(tokens, clause) ||
      (andNow && AND.has(tokens[i]!.word) && NOW.has(tokens[i + 1]?.word ?? ''));
    if (opens && also(clause)) return true;
  }
  return false;
}

/** Words of getting worse (folded): "pahentunut", "huonontunut", "worse", "värre", "försämrats". */
const WORSE = /^(?:pahentu|pahene|pahempi|huonont|huononi|huonompi|worse|varre|samre|forsamr)/;

/**
 * Whether a sentence after the word's own opens with "now" and says it got worse: "Told to call
 * 116117 if worse. Now much worse and not drinking." Not "nyt ihan normaali".
 */
export function worseNowLater(tokens: readonly Token[], end: number): boolean {
  const sentence = tokens[end]!.sentence;
  return tokens.some(
    (t, i) =>
      t.sentence > sentence &&
      tokens[i - 1]?.sentence !== t.sentence &&
      NOW.has(t.word) &&
      tokens.some((w) => w.sentence === t.sentence && WORSE.test(w.word)),
  );
}

/** Whether a clause opens with "but": what it tells is set against what came before it. */
export function opensWithBut(tokens: readonly Token[], clause: number): boolean {
  return BUT.has(tokens[clauseStart(tokens, clause)]!.word);
}
