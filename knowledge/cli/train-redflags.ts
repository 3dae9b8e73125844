/**
 * `npm run redflags:train [-- --safety-dir DIR] [--threshold P] [--out-dir DIR] [--check]`
 *
 * Trains the red flags' two learned models on the development half of the safety set (dev.yaml,
 * and everyday.yaml: ordinary life that needs no flag) and writes them to knowledge/redflags/:
 * - learned-model.ts, the learned signal (learned.ts), which speaks when no situation matched.
 *   The ordinary services' names, summaries and phrasings are examples of "no flag" too: without
 *   them the model, which has seen only messages about emergencies and their look-alikes, took
 *   one in seven plain service questions ("hammaslääkäriaika") for an emergency.
 * - second-look-model.ts, the second look (detector.ts), trained only on the messages the
 *   concepts flag: which of those are look-alikes.
 * Only the development half: the test half stays a measurement nobody trained on. `--check`
 * writes nothing and fails when a committed model is not what training gives now, so a dev set
 * edited without retraining is caught.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRedFlagDetector } from '../redflags/detector';
import { trainLearnedModel, type TrainingExample } from '../redflags/learned-train';
import { parseCli, runIfMain, UsageError, type Io } from './args';
import { writeOrCheck } from './generated-model';
import { readSafetySet, type SafetyItem } from './eval-safety';
import { loadKnowledge } from './search';
import { LANGUAGES, type Emergency, type KnowledgeBase } from '../schema';
import type { LearnedModel } from '../redflags/learned';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MODEL_DIR = path.join(ROOT, 'knowledge/redflags');
export const MODEL_FILE = path.join(MODEL_DIR, 'learned-model.ts');
export const SECOND_LOOK_FILE = path.join(MODEL_DIR, 'second-look-model.ts');
/** Chosen on a fresh development section (see knowledge/schema.md, "The learned signal"). */
export const DEFAULT_THRESHOLD = 0.6;
/**
 * A feature must be seen in this many examples to be learned from: rarer ones are one writer's
 * accident. (The hashed rows keep the model's size fixed either way; learning from every feature
 * found 10 fewer of 2,218 emergencies on dev sections 10-18 left out in turn.)
 */
const MIN_EXAMPLES = 3;

/**
 * Each model is the average of ten, each trained without its own tenth of the examples. One model
 * alone answered differently on some 20 of 3,861 left-out dev items when 1 % of the training items,
 * or the last 10 everyday sentences, were taken away, and nearly every retrain flipped a sentence
 * or two that the tests hold quiet; an average of five flipped 10 and 5. redflags:cv on dev 1-48:
 * one model 11,104 of 11,353 emergencies and 180 false alarms in 8,492; five 11,099 and 180; ten
 * 11,101 and 177. Ten cost four times the training time of one.
 */
const BAGS = 10;

/**
 * The second look sees fewer look-alikes than emergencies (some 1,700 beside 5,500), so each counts
 * three times; and 2^14 rows are enough for so few texts. Chosen on dev sections 5-18, each left
 * out in turn: see SECOND_LOOK in detector.ts.
 */
const SECOND_LOOK_LOOK_ALIKE_WEIGHT = 3;
const SECOND_LOOK_ROWS = 1 << 14;
const SECOND_LOOK_MIN_EXAMPLES = 2;

/**
 * Both models read the three words after a negation as negated ("Ei hypon oireita: ei hikoilua,
 * ei vapinaa" weighs its denied sweating against a flag). redflags:cv on dev 1-106 in five folds:
 * 16,368 of 16,738 emergencies found and 283 false alarms in 16,477, against 16,365 and 294 with no
 * negation read.
 */
const NEGATION_REACH = 3;

export const USAGE = `usage: npm run redflags:train [-- --safety-dir DIR] [--threshold P] [--out-dir DIR] [--check]`;

export async function trainRedFlags(argv: string[], io: Io): Promise<number> {
  const { values } = parseCli(argv, {
    'safety-dir': { type: 'string', default: path.join(ROOT, 'knowledge/eval/safety') },
    threshold: { type: 'string', default: String(DEFAULT_THRESHOLD) },
    'out-dir': { type: 'string', default: MODEL_DIR },
    check: { type: 'boolean', default: false },
  });
  const threshold = thresholdOf(values.threshold);
  const { dev, everyday } = await readDevelopmentHalf(values['safety-dir']);
  const kb = await loadKnowledge();
  const { learned, secondLook } = trainRedFlagModels(kb, dev, everyday, threshold);
  const status = await writeOrCheck(
    'npm run redflags:train',
    [
      {
        file: path.join(values['out-dir'], path.basename(MODEL_FILE)),
        name: 'LEARNED_MODEL',
        type: 'LearnedModel',
        typeFrom: './learned',
        what: 'the learned signal',
        model: learned,
      },
      {
        file: path.join(values['out-dir'], path.basename(SECOND_LOOK_FILE)),
        name: 'SECOND_LOOK_MODEL',
        type: 'LearnedModel',
        typeFrom: './learned',
        what: 'the second look',
        model: secondLook,
      },
    ],
    values.check,
    io,
  );
  if (values.check || status !== 0) return status;
  io.out(`learned signal: ${learned.trainedOn}; ${learned.rows} rows, threshold ${threshold}`);
  io.out(`second look: ${secondLook.trainedOn}; ${secondLook.rows} rows`);
  return 0;
}

/** The learned signal's `--threshold`, a probability strictly between 0 and 1. */
export function thresholdOf(value: string): number {
  const threshold = Number(value);
  if (!(threshold > 0 && threshold < 1))
    throw new UsageError('--threshold must be between 0 and 1');
  return threshold;
}

/** What the models train on: dev.yaml, and everyday.yaml when the directory has one. */
export async function readDevelopmentHalf(
  safetyDir: string,
): Promise<{ dev: SafetyItem[]; everyday: SafetyItem[] }> {
  const dev = await readSafetySet(path.join(safetyDir, 'dev.yaml'));
  const everydayFile = path.join(safetyDir, 'everyday.yaml');
  const everyday = existsSync(everydayFile) ? await readSafetySet(everydayFile) : [];
  return { dev, everyday };
}

/**
 * Both models from a development half and the everyday messages: what `redflags:train` writes and
 * what `redflags:cv` trains for each fold, so the two never train differently.
 */
export function trainRedFlagModels(
  kb: KnowledgeBase,
  dev: readonly SafetyItem[],
  everyday: readonly SafetyItem[],
  threshold: number,
): { learned: LearnedModel; secondLook: LearnedModel } {
  const services = serviceTexts(kb);
  const learned = trainLearnedModel(
    [
      ...[...dev, ...everyday].map((i) => ({
        text: i.text,
        action: i.expect === 'none' ? null : (i.action ?? null),
      })),
      ...services.map((text) => ({ text, action: null })),
    ],
    {
      threshold,
      minExamples: MIN_EXAMPLES,
      bags: BAGS,
      negationReach: NEGATION_REACH,
      trainedOn: `knowledge/eval/safety/dev.yaml (${dev.length} items), everyday.yaml (${everyday.length}) and ${services.length} names, summaries and phrasings of ordinary services`,
    },
  );
  const flagged = secondLookExamples(kb, [...dev, ...everyday]);
  const secondLook = trainLearnedModel(flagged, {
    // Never speaks on its own: the detector reads its probability of "no flag".
    threshold: 0.5,
    minExamples: SECOND_LOOK_MIN_EXAMPLES,
    rows: SECOND_LOOK_ROWS,
    bags: BAGS,
    negationReach: NEGATION_REACH,
    trainedOn: `the ${flagged.filter((e) => e.action !== null).length} emergencies and ${flagged.filter((e) => e.action === null).length / SECOND_LOOK_LOOK_ALIKE_WEIGHT} look-alikes of dev.yaml and everyday.yaml that the concepts flag when they read no context`,
  });
  return { learned, secondLook };
}

/**
 * The second look's examples: what the concepts flag when they read no context. A look-alike they
 * flag is "no flag"; an emergency they flag at its tier is its action. Context-blind because the
 * context rules are tuned on this same text: read with them, dev.yaml left the model some 230
 * look-alikes, the few the rules still missed, and it learned little of how a past, a denial or a
 * question reads. Read without them, it learns from some 1,700: every look-alike told in an
 * emergency's words, which is what the second look must tell apart on text the rules have not
 * seen (dev sections 5-23, each left out in turn: 114 of 191 false alarms set aside instead of 69;
 * see SECOND_LOOK in detector.ts). Neither kind teaches it about messages the concepts never flag,
 * which it never reads.
 */
export function secondLookExamples(
  kb: KnowledgeBase,
  items: readonly SafetyItem[],
): TrainingExample[] {
  const concepts = createRedFlagDetector(withoutContext(kb.emergency), null, null);
  return items.flatMap((item) => {
    const match = concepts.detect(item.text, item.lang).match;
    if (!match) return [];
    if (item.expect === 'none')
      return Array<TrainingExample>(SECOND_LOOK_LOOK_ALIKE_WEIGHT).fill({
        text: item.text,
        action: null,
      });
    return match.tier === item.expect ? [{ text: item.text, action: match.action }] : [];
  });
}

/**
 * The red flags with no context rules: no past, denial, question, mask or scene drops a match,
 * and no situation's `unless` either. A pattern's own `not` stays: it says what the situation is.
 */
export function withoutContext(emergency: Emergency): Emergency {
  // Every role empties except who the person is (attributes) and the safety net's words.
  const roles = Object.keys(emergency.context).filter((role) => !KEPT_ROLES.has(role));
  return {
    ...emergency,
    context: { ...emergency.context, ...Object.fromEntries(roles.map((role) => [role, []])) },
    situations: emergency.situations.map((s) => ({ ...s, unless: [] })),
  };
}

/** The context roles a reading with no context still has: they say who, not whether. */
const KEPT_ROLES = new Set(['attributes', 'safetyNet']);

/** What residents call the services that are not an emergency's answer, in every language. */
export function serviceTexts(kb: KnowledgeBase): string[] {
  const answers = new Set(kb.emergency.situations.map((s) => s.service));
  return kb.services
    .filter((service) => !answers.has(service.id))
    .flatMap((service) =>
      LANGUAGES.flatMap((lang) => [
        service.name[lang],
        service.summary[lang],
        ...(service.alternateNames?.[lang] ?? []),
        ...(service.phrasings?.[lang] ?? []),
      ]),
    );
}

runIfMain(import.meta.url, trainRedFlags, USAGE);
