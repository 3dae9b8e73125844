/**
 * The learned signal: a second opinion beside the concept lexicons.
 *
 * Why: the lexicons reach 99 % on the text they were tuned on, but every fresh writer
 * landed at 83-88 % on first contact, because each brings words nobody listed. A linear
 * model over character n-grams, trained on the development half of the safety set,
 * generalises across writers much better (leave-one-writer-out, the model alone: 87-95 %), since
 * "kouristelee", "kouristus" and "kouristaa" share their pieces without anyone listing them.
 *
 * It only speaks when the lexicons found no situation, and it names an action (112,
 * crisis, poison, 116117), not a situation. Deterministic, no I/O, the same in the bot
 * and the extension; explained by the words that weighed most.
 */
import { ACTIONS } from '../schema';
import { fold } from '../search/text';
import { BUT } from './tokens';

/** The model's classes: no flag, then the four actions. */
export const LEARNED_CLASSES = ['none', ...ACTIONS] as const;
export type LearnedAction = (typeof ACTIONS)[number];

/**
 * A linear model over message features as stored: the red flags' learned signal and second look
 * (learned-model.ts, second-look-model.ts, written by `npm run redflags:train`) and the search's
 * learned ranking (search/ranking-model.ts, `npm run search:train`).
 */
export interface LinearModel {
  /**
   * Features are hashed into this many rows (`rowOf`) rather than listed: the list of some 60,000
   * n-grams was half the extension's size, and hashing costs no measurable recall (see
   * DEFAULT_ROWS in learned-train.ts).
   */
  rows: number;
  /** Weights quantised to int8, one per class (`bias.length`) per row, base64. */
  weights: string;
  /** Multiply a stored weight by this to get the trained one. */
  scale: number;
  bias: number[];
  /** What it was trained on, for the record. */
  trainedOn: string;
  /** How many words after a negation the model reads as negated; absent, none (see `negatedWords`). */
  negationReach?: number;
}

/** A red-flag model: its classes are `LEARNED_CLASSES`. */
export interface LearnedModel extends LinearModel {
  /** The probability of "some flag" from which the signal speaks. */
  threshold: number;
}

export interface LearnedFlag {
  action: LearnedAction;
  /** The model's probability that some flag is needed. */
  probability: number;
  /** The message's words that pushed most towards the action, strongest first. */
  words: string[];
}

/**
 * Shorter messages are the concepts' alone: a few words give the model too little to weigh
 * ("kiitos ja hei" read like a farewell), and the short emergencies residents write ("mies ei
 * hengitä") are what the concepts list best.
 */
const MIN_WORDS = 5;

/** Shorter words ("ja", "och", "and") are not named in an explanation. */
const MIN_EXPLAINING_LETTERS = 4;

/** A message's words as the model reads them, beside the words as written (for explanations). */
export interface LearningWords {
  /** Lower case, accents folded ("henkeä" and "henkea" are one word). */
  folded: string[];
  /** The same words lower-cased, accents kept. */
  written: string[];
}

/** Splits at anything but letters and digits; each word then lower-cased and folded as search folds it. */
export function wordsForLearning(text: string): LearningWords {
  const written = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return { folded: written.map(fold), written };
}

/**
 * Every feature of a message with the word it came from: character 3- to 5-grams of each
 * word with its edges marked, the word itself and each pair of neighbouring words; and, for a
 * model that reads negation (`LinearModel.negationReach`), each word a negation reaches, marked
 * so ("n:hikoilua" in "ei hikoilua"), so that a denied symptom can weigh against a flag.
 */
export function learnedFeatures(words: readonly string[], negationReach = 0): Map<string, number> {
  const features = new Map<string, number>();
  const note = (feature: string, word: number) => {
    if (!features.has(feature)) features.set(feature, word);
  };
  const negated = negatedWords(words, negationReach);
  words.forEach((word, i) => {
    if (negated[i]) note(`n:${word}`, i);
    const padded = ` ${word} `;
    for (let n = 3; n <= 5; n++) {
      for (let at = 0; at + n <= padded.length; at++) note(padded.slice(at, at + n), i);
    }
    note(`w:${word}`, i);
    if (i + 1 < words.length) note(`b:${word}_${words[i + 1]}`, i);
  });
  return features;
}

/** The row of a feature's weights: FNV-1a (32 bits) of the feature, modulo the model's rows. */
export function rowOf(feature: string, rows: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % rows;
}

/** Softmax over class scores. */
export function probabilities(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/**
 * A message read once for any model: its words and their features. Null when it is too short
 * to weigh. The detector reads a message once and gives it to both of its models.
 */
export interface MessageFeatures {
  words: readonly string[];
  written: readonly string[];
  /** Each feature with the index of the word it came from. */
  features: readonly (readonly [string, number])[];
}

export function featuresOf(text: string, negationReach = 0): MessageFeatures | null {
  const { folded: words, written } = wordsForLearning(text);
  if (words.length < MIN_WORDS) return null;
  return { words, written, features: [...learnedFeatures(words, negationReach)] };
}

/** A message as a model read it: its features' rows, and each class's probability. */
interface Reading {
  found: { row: number; word: number }[];
  p: number[];
}

/** Decodes a stored model once; the returned reader is pure. */
export function createReader(model: LinearModel) {
  const classes = model.bias.length;
  const raw = Uint8Array.from(atob(model.weights), (c) => c.charCodeAt(0));
  const weights = Float64Array.from(new Int8Array(raw.buffer), (q) => q * model.scale);
  const read = ({ features }: MessageFeatures): Reading => {
    const found = features.map(([feature, word]) => ({
      row: rowOf(feature, model.rows) * classes,
      word,
    }));
    // Long notes have many features: dividing by their root keeps one long text from
    // outweighing its own few telling words.
    const norm = 1 / Math.sqrt(found.length);
    const scores = [...model.bias];
    for (const { row } of found) {
      for (let k = 0; k < classes; k++) scores[k]! += weights[row + k]! * norm;
    }
    return { found, p: probabilities(scores) };
  };
  return { read, weights };
}

/** The model's probability that a message (read by `featuresOf`) needs no flag at all. */
export function createNoFlagProbability(model: LearnedModel): (message: MessageFeatures) => number {
  const { read } = createReader(model);
  return (message) => read(message).p[0]!;
}

/** Decodes a stored model once; the returned function is pure. */
export function createLearnedSignal(model: LearnedModel): (text: string) => LearnedFlag | null {
  const classes = LEARNED_CLASSES.length;
  const { read, weights } = createReader(model);

  return (text) => {
    const message = featuresOf(text, model.negationReach);
    if (!message) return null;
    const { found, p } = read(message);
    const { words, written } = message;
    const flagged = 1 - p[0]!;
    if (flagged < model.threshold) return null;
    let best = 1;
    for (let k = 2; k < classes; k++) if (p[k]! > p[best]!) best = k;
    return {
      action: ACTIONS[best - 1]!,
      probability: flagged,
      words: weightiest(found, weights, best, words, classes, 0).map((i) => written[i]!),
    };
  };
}

/**
 * Indices of the (at most three) words whose features pulled most towards class k: away from
 * class `against` (the red flags' "none"), or, with many classes, above their average.
 */
export function weightiest(
  found: readonly { row: number; word: number }[],
  weights: Float64Array,
  k: number,
  words: readonly string[],
  classes: number,
  against?: number,
): number[] {
  const pull = new Map<number, number>();
  for (const { row, word } of found) {
    const away = against === undefined ? average(weights, row, classes) : weights[row + against]!;
    pull.set(word, (pull.get(word) ?? 0) + weights[row + k]! - away);
  }
  return (
    [...pull]
      // "ja", "and", "och" carry weight as part of a narrative, but explain nothing.
      .filter(([i, w]) => w > 0 && words[i]!.length >= MIN_EXPLAINING_LETTERS)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([i]) => i)
  );
}

function average(weights: Float64Array, row: number, classes: number): number {
  let sum = 0;
  for (let k = 0; k < classes; k++) sum += weights[row + k]!;
  return sum / classes;
}

/**
 * The words a model reads as negation: folded, whole words, the plain "no" of each language and
 * a note's denial verbs. Part of the model's features, so a change here is a retrain
 * (`redflags:train --check` fails until then); the detector's own negation is the `negation` and
 * `denial` concepts, which read far more (phrases, spoken forms, what a negation makes an emergency).
 */
const NEGATORS: ReadonlySet<string> = new Set([
  ...['ei', 'en', 'eika', 'eik', 'emme', 'ette', 'eivat', 'ettei', 'etten', 'ilman', 'eiks'],
  ...['kieltaa', 'kielsi', 'inte', 'int', 'inga', 'ingen', 'inget', 'utan', 'aldrig', 'ej'],
  ...['varken', 'nekar', 'nekade', 'forneka', 'fornekar', 'not', 'no', 'dont', 'doesnt', 'didnt'],
  ...['isnt', 'wasnt', 'hasnt', 'havent', 'never', 'without', 'nor', 'none', 'neither', 'nil'],
  ...['denies', 'denied', 'deny', 'denying', 'neg', 'negative'],
]);
/** A "but" or a "now" ends what a negation reaches: "ei kipua mutta nyt hengenahdistusta". */
const NEGATION_ENDS: ReadonlySet<string> = new Set([
  ...BUT,
  ...['kuitenkin', 'vaikka', 'nyt', 'dock', 'nu', 'however', 'although', 'though', 'now'],
]);

/** Which words a negation reaches: up to `reach` words after it, until a "but" or a "now". */
export function negatedWords(words: readonly string[], reach: number): boolean[] {
  const negated = words.map(() => false);
  let left = 0;
  words.forEach((word, i) => {
    if (NEGATORS.has(word)) left = reach;
    else if (NEGATION_ENDS.has(word)) left = 0;
    else if (left > 0) {
      negated[i] = true;
      left--;
    }
  });
  return negated;
}
