/**
 * Deterministic phrase matching, shared by red-flag detection and segment
 * signals. A phrase matches the query words in one of three ways:
 *  - joined: the phrase with its spaces removed matches the start of a run of
 *    query words with their spaces removed (split words, compounds, endings,
 *    typos: "rinta kipu", "rintakipua", "itsemurhaajatuksia");
 *  - in order: every phrase word matches a query word, in order, with at most
 *    two other words between them ("en enää halua elää");
 *  - any order (optional): phrases of content words only ("rinnassa kova kipu").
 */
import { matchPrefix, typoTolerance } from './fuzzy';
import { fold, tokenize } from './text';

export interface Phrase {
  text: string;
  words: string[];
  joined: string;
  /** Typos allowed in the joined form: no more than its words would allow one by one. */
  tolerance: number;
}

/** Query word positions [start, end] a phrase covered. */
export interface Span {
  start: number;
  end: number;
}

/** The most an ending may add to a phrase word ("kipu" -> "kipua", "ajatukset" -> "ajatuksista"). */
const MAX_ENDING = 5;
/** Words allowed between two phrase words in the in-order match. */
const MAX_GAP = 2;

export function toPhrase(text: string): Phrase | null {
  const words = tokenize(text).map(fold);
  if (words.length === 0) return null;
  const joined = words.join('');
  // Short words ("jag vill dö") allow no typo of their own: a typo there changes the meaning.
  const perWord = words.reduce((sum, w) => sum + typoTolerance(w.length), 0);
  const allLong = words.every((w) => w.length >= 4) ? 1 : 0;
  return {
    text,
    words,
    joined,
    tolerance: Math.min(typoTolerance(joined.length), perWord + allLong),
  };
}

export function toPhrases(texts: readonly string[]): Phrase[] {
  return texts.map(toPhrase).filter((p): p is Phrase => p !== null);
}

/** Does query word `word` stand for phrase word `target` (same word, an ending, or a typo)? */
function wordMatches(target: string, word: string): boolean {
  if (target.length <= 3) return word === target;
  if (word[0] !== target[0] || (word[1] !== target[1] && word[2] !== target[2])) return false;
  return matchPrefix(target, word, typoTolerance(target.length), MAX_ENDING) >= 0;
}

function matchJoined(phrase: Phrase, words: readonly string[]): Span | null {
  const target = phrase.joined;
  const tol = phrase.tolerance;
  for (let i = 0; i < words.length; i++) {
    let run = words[i]!;
    // The first letter must be right, and the second or third: typos rarely hit the start of a word.
    if (run[0] !== target[0] || (run[1] !== target[1] && run[2] !== target[2])) continue;
    let end = i;
    while (
      run.length < target.length - tol &&
      end + 1 < words.length &&
      end - i < phrase.words.length + 1
    ) {
      end++;
      run += words[end];
    }
    if (matchPrefix(target, run, tol, target.length <= 5 ? 2 : MAX_ENDING) >= 0)
      return { start: i, end };
  }
  return null;
}

function matchInOrder(phrase: Phrase, words: readonly string[]): Span | null {
  if (phrase.words.length < 2) return null;
  for (let i = 0; i < words.length; i++) {
    if (!wordMatches(phrase.words[0]!, words[i]!)) continue;
    let at = i;
    let ok = true;
    for (let p = 1; p < phrase.words.length && ok; p++) {
      ok = false;
      for (let j = at + 1; j <= at + 1 + MAX_GAP && j < words.length; j++) {
        if (wordMatches(phrase.words[p]!, words[j]!)) {
          at = j;
          ok = true;
          break;
        }
      }
    }
    if (ok) return { start: i, end: at };
  }
  return null;
}

function matchAnyOrder(phrase: Phrase, words: readonly string[]): Span | null {
  if (phrase.words.length < 2 || phrase.words.some((w) => w.length < 4)) return null;
  const window = phrase.words.length + 3;
  for (let i = 0; i < words.length; i++) {
    if (!phrase.words.some((p) => wordMatches(p, words[i]!))) continue;
    const used = new Set<number>();
    let end = i;
    const all = phrase.words.every((p) => {
      for (let j = i; j < Math.min(words.length, i + window); j++) {
        if (!used.has(j) && wordMatches(p, words[j]!)) {
          used.add(j);
          end = Math.max(end, j);
          return true;
        }
      }
      return false;
    });
    if (all && used.has(i)) return { start: i, end };
  }
  return null;
}

/** Where `phrase` occurs in the folded query `words`, or null. */
export function matchPhrase(
  phrase: Phrase,
  words: readonly string[],
  anyOrder: boolean,
): Span | null {
  return (
    matchJoined(phrase, words) ??
    matchInOrder(phrase, words) ??
    (anyOrder ? matchAnyOrder(phrase, words) : null)
  );
}
