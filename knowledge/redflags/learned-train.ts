/**
 * Trains the linear models over message features (learned.ts): the red flags' learned signal
 * and second look, and the search's learned ranking (search/learned-ranking.ts). Deterministic:
 * the same examples give the same model byte for byte, so the committed model can be checked
 * against its source.
 */
import {
  LEARNED_CLASSES,
  learnedFeatures,
  probabilities,
  rowOf,
  type LearnedAction,
  type LearnedModel,
  type LinearModel,
  wordsForLearning,
} from './learned';

export interface TrainingExample {
  text: string;
  /** The action a careful nurse would take, or null when no flag may fire. */
  action: LearnedAction | null;
}

export interface TrainingOptions extends FitOptions {
  threshold: number;
  trainedOn: string;
}

/**
 * 2^16 rows. Sections 10-18 of dev.yaml, each left out of training in turn: 2,097 of 2,218
 * emergencies found and 125 false alarms in 1,515 look-alikes, against 2,098 and 124 with the
 * feature list it replaced; 2^15 rows found 2,092, 2^17 no more.
 */
export const DEFAULT_ROWS = 1 << 16;

const LEARNING_RATE = 0.3;
const BIAS_RATE = 0.05;
const L2 = 1e-5;

export function trainLearnedModel(
  examples: readonly TrainingExample[],
  options: TrainingOptions,
): LearnedModel {
  const labels = examples.map((e) => (e.action === null ? 0 : LEARNED_CLASSES.indexOf(e.action)));
  const fitted = fitLinearModel(
    examples.map((e) => e.text),
    (n, k) => (k === labels[n] ? 1 : 0),
    LEARNED_CLASSES.length,
    options,
  );
  return { ...fitted, threshold: options.threshold, trainedOn: options.trainedOn };
}

export interface FitOptions {
  /** A feature seen in fewer examples is not learned from: it is a writer's accident, not a signal. */
  minExamples?: number;
  epochs?: number;
  /** Rows the features are hashed into (LinearModel.rows). */
  rows?: number;
  /** How many words after a negation the features mark as negated (LinearModel.negationReach). */
  negationReach?: number;
  /**
   * Fits this many models and averages their weights, each without its own share of the examples
   * (chosen by a hash of the text, so adding an example leaves the other shares as they were). An
   * average moves less when a few examples come or go.
   */
  bags?: number;
}

/**
 * Multinomial logistic regression over the texts' features (learned.ts), fitted with AdaGrad:
 * the red flags' two models and the search's learned ranking. `target(n, k)` is the share of
 * class k in example n's answer, summing to 1 over the classes (one class, or several equally).
 */
export function fitLinearModel(
  texts: readonly string[],
  target: (example: number, k: number) => number,
  classes: number,
  options: FitOptions,
): Omit<LinearModel, 'trainedOn'> {
  const rowCount = options.rows ?? DEFAULT_ROWS;
  const featureSets = texts.map((text) => [
    ...learnedFeatures(wordsForLearning(text).folded, options.negationReach).keys(),
  ]);
  const seen = new Map<string, number>();
  for (const set of featureSets) for (const f of set) seen.set(f, (seen.get(f) ?? 0) + 1);
  const learnedFrom = (f: string) => seen.get(f)! >= (options.minExamples ?? 2);
  // Every feature is read, as the model will read it; only the common ones are learned from.
  const rows = featureSets.map((set) => {
    const read = set.map((f) => rowOf(f, rowCount) * classes);
    return { read, learned: read.filter((_, i) => learnedFrom(set[i]!)) };
  });

  const bags = options.bags ?? 1;
  const shareOf = texts.map((text) => rowOf(text, bags));
  const weights = new Float64Array(rowCount * classes);
  const bias = new Array<number>(classes).fill(0);
  for (let bag = 0; bag < bags; bag++) {
    const examples = texts.map((_, n) => n).filter((n) => bags === 1 || shareOf[n] !== bag);
    const fitted = fitOnce(
      rows,
      examples,
      target,
      classes,
      rowCount,
      options.epochs ?? 12,
      bag + 1,
    );
    fitted.weights.forEach((w, i) => (weights[i]! += w / bags));
    fitted.bias.forEach((b, k) => (bias[k]! += b / bags));
  }
  const stored = store(rowCount, weights, bias);
  return options.negationReach ? { ...stored, negationReach: options.negationReach } : stored;
}

/** One AdaGrad fit over the given examples, in an order shuffled from `seed`. */
function fitOnce(
  rows: readonly { read: number[]; learned: number[] }[],
  order: number[],
  target: (example: number, k: number) => number,
  classes: number,
  rowCount: number,
  epochs: number,
  seed: number,
): { weights: Float64Array; bias: number[] } {
  const weights = new Float64Array(rowCount * classes);
  const squares = new Float64Array(weights.length).fill(1e-8);
  const bias = new Array<number>(classes).fill(0);
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const n of order) {
      const { read, learned } = rows[n]!;
      const norm = 1 / Math.sqrt(read.length || 1);
      const scores = [...bias];
      for (const r of read) for (let k = 0; k < classes; k++) scores[k]! += weights[r + k]! * norm;
      const p = probabilities(scores);
      for (let k = 0; k < classes; k++) {
        const error = p[k]! - target(n, k);
        bias[k]! -= BIAS_RATE * error;
        for (const r of learned) {
          const g = error * norm + L2 * weights[r + k]!;
          squares[r + k]! += g * g;
          weights[r + k]! -= (LEARNING_RATE * g) / Math.sqrt(squares[r + k]!);
        }
      }
    }
  }
  return { weights, bias };
}

/** Quantises the weights to int8. */
function store(rows: number, weights: Float64Array, bias: number[]) {
  const largest = weights.reduce((m, w) => Math.max(m, Math.abs(w)), 0) || 1;
  const scale = largest / 127;
  const bytes = Array.from(weights, (w) => Math.round(w / scale) & 0xff);
  return {
    rows,
    weights: toBase64(bytes),
    scale: Number(scale.toPrecision(8)),
    bias: bias.map((b) => Number(b.toPrecision(8))),
  };
}

function toBase64(bytes: readonly number[]): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    binary += String.fromCharCode(...bytes.slice(i, i + 4096));
  }
  return btoa(binary);
}

/** Park-Miller: a fixed sequence, so training is repeatable. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}
