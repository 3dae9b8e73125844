/**
 * Trains the learned signal (learned.ts): multinomial logistic regression over the
 * message features, fitted with AdaGrad. Deterministic: the same examples give the same
 * model byte for byte, so the committed model can be checked against its source.
 */
import {
  LEARNED_CLASSES,
  learnedFeatures,
  probabilities,
  type LearnedAction,
  type LearnedModel,
  wordsForLearning,
} from './learned';

export interface TrainingExample {
  text: string;
  /** The action a careful nurse would take, or null when no flag may fire. */
  action: LearnedAction | null;
}

export interface TrainingOptions {
  threshold: number;
  trainedOn: string;
  /** A feature seen in fewer examples is left out: it is a writer's accident, not a signal. */
  minExamples?: number;
  epochs?: number;
}

const LEARNING_RATE = 0.3;
const BIAS_RATE = 0.05;
const L2 = 1e-5;

export function trainLearnedModel(
  examples: readonly TrainingExample[],
  options: TrainingOptions,
): LearnedModel {
  const classes = LEARNED_CLASSES.length;
  const featureSets = examples.map((e) => [
    ...learnedFeatures(wordsForLearning(e.text).folded).keys(),
  ]);
  const seen = new Map<string, number>();
  for (const set of featureSets) for (const f of set) seen.set(f, (seen.get(f) ?? 0) + 1);
  const vocabulary = [...seen]
    .filter(([, n]) => n >= (options.minExamples ?? 2))
    .map(([f]) => f)
    .sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = featureSets.map((set) =>
    set.flatMap((f) => (index.has(f) ? [index.get(f)! * classes] : [])),
  );
  const labels = examples.map((e) => (e.action === null ? 0 : LEARNED_CLASSES.indexOf(e.action)));

  const weights = new Float64Array(vocabulary.length * classes);
  const squares = new Float64Array(weights.length).fill(1e-8);
  const bias = new Array<number>(classes).fill(0);
  const order = examples.map((_, i) => i);
  const random = seededRandom(1);
  for (let epoch = 0; epoch < (options.epochs ?? 12); epoch++) {
    shuffle(order, random);
    for (const n of order) {
      const row = rows[n]!;
      const norm = 1 / Math.sqrt(row.length || 1);
      const scores = [...bias];
      for (const r of row) for (let k = 0; k < classes; k++) scores[k]! += weights[r + k]! * norm;
      const p = probabilities(scores);
      for (let k = 0; k < classes; k++) {
        const error = p[k]! - (k === labels[n] ? 1 : 0);
        bias[k]! -= BIAS_RATE * error;
        for (const r of row) {
          const g = error * norm + L2 * weights[r + k]!;
          squares[r + k]! += g * g;
          weights[r + k]! -= (LEARNING_RATE * g) / Math.sqrt(squares[r + k]!);
        }
      }
    }
  }
  return store(vocabulary, weights, bias, options);
}

/** Quantises to int8 and drops features whose weights all round to zero. */
function store(
  vocabulary: string[],
  weights: Float64Array,
  bias: number[],
  options: TrainingOptions,
): LearnedModel {
  const classes = LEARNED_CLASSES.length;
  const largest = weights.reduce((m, w) => Math.max(m, Math.abs(w)), 0) || 1;
  const scale = largest / 127;
  const kept: string[] = [];
  const bytes: number[] = [];
  vocabulary.forEach((feature, i) => {
    const q = Array.from(weights.subarray(i * classes, (i + 1) * classes), (w) =>
      Math.round(w / scale),
    );
    if (q.every((v) => v === 0)) return;
    kept.push(feature);
    for (const v of q) bytes.push(v & 0xff);
  });
  return {
    features: kept.join('\n'),
    weights: toBase64(bytes),
    scale: Number(scale.toPrecision(8)),
    bias: bias.map((b) => Number(b.toPrecision(8))),
    threshold: options.threshold,
    trainedOn: options.trainedOn,
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
