/**
 * `npm run redflags:cv [-- --safety-dir DIR] [--folds K] [--threshold P] [--second-look L,S,W[,DL,DS] ...]`
 *
 * Judges the red flags' two learned models on the development half without the test half: the
 * sections of dev.yaml (each one writer's, between `# ===` header lines) go into K folds, and each
 * fold is left out of both models in turn and read by a detector trained on the rest, exactly as
 * `redflags:train` trains. Scoring dev.yaml with the committed models says little, because they
 * have read every item; this is the number to choose a training change by. It says nothing of
 * the concepts and context rules, which are tuned on all of dev.yaml. Slow: K trainings.
 *
 * Each `--second-look L,S,W[,DL,DS]` (the learned signal's and the second look's probabilities of
 * "no flag", the fewest words, and the two probabilities for a `doubted` situation; see
 * SECOND_LOOK in detector.ts) is scored on the same K trainings,
 * so settings are compared on equal terms; without one, the committed setting is scored.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRedFlagDetector, SECOND_LOOK, type SecondLook } from '../redflags/detector';
import { parseCli, runIfMain, UsageError, type Io } from './args';
import { measureSafety, printSafety, type SafetyAnswer, type SafetyItem } from './eval-safety';
import { loadKnowledge } from './search';
import {
  DEFAULT_THRESHOLD,
  readDevelopmentHalf,
  thresholdOf,
  trainRedFlagModels,
} from './train-redflags';
import { KnowledgeError } from '../problems';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const USAGE = `usage: npm run redflags:cv [-- --safety-dir DIR] [--folds K] [--threshold P] [--second-look L,S,W[,DL,DS] ...]`;

export async function crossValidateRedFlags(argv: string[], io: Io): Promise<number> {
  const { values } = parseCli(argv, {
    'safety-dir': { type: 'string', default: path.join(ROOT, 'knowledge/eval/safety') },
    folds: { type: 'string', default: '5' },
    threshold: { type: 'string', default: String(DEFAULT_THRESHOLD) },
    'second-look': { type: 'string', multiple: true },
  });
  const folds = Number(values.folds);
  if (!Number.isInteger(folds) || folds < 2) throw new UsageError('--folds must be 2 or more');
  const threshold = thresholdOf(values.threshold);
  const settings = (values['second-look'] ?? []).map(secondLookOf);
  if (settings.length === 0) settings.push(SECOND_LOOK);
  const { dev, everyday } = await readDevelopmentHalf(values['safety-dir']);
  const devFile = path.join(values['safety-dir'], 'dev.yaml');
  const sections = sectionsOf(await readFile(devFile, 'utf8'), dev.length, devFile);
  const sectionCount = Math.max(...sections) + 1;
  if (sectionCount < folds)
    throw new UsageError(`dev.yaml has ${sectionCount} sections: too few for ${folds} folds`);
  const kb = await loadKnowledge();

  // Each item's answer comes from the fold that left it out; the services (top 3) are the
  // search's, not the red flags', so they are not read here.
  const answers = settings.map(() => new Map<SafetyItem, SafetyAnswer>());
  for (let fold = 0; fold < folds; fold++) {
    const leftOut = (n: number) => sections[n]! % folds === fold;
    const { learned, secondLook } = trainRedFlagModels(
      kb,
      dev.filter((_, n) => !leftOut(n)),
      everyday,
      threshold,
    );
    settings.forEach((setting, s) => {
      const detector = createRedFlagDetector(kb.emergency, learned, secondLook, setting);
      dev.forEach((item, n) => {
        if (!leftOut(n)) return;
        const { match, safetyNet } = detector.detect(item.text, item.lang);
        answers[s]!.set(item, { match, top3: [], setAside: safetyNet?.setAside });
      });
    });
  }
  settings.forEach((setting, s) => {
    const { learned, secondLook, minWords, doubted } = setting;
    const title = `dev.yaml in ${folds} folds of its sections, each left out of both models in turn; second look at ${learned}, ${secondLook}, ${minWords} words; doubted at ${doubted.learned}, ${doubted.secondLook}`;
    const figures = measureSafety(dev, (item) => answers[s]!.get(item)!);
    printSafety(title, figures, io, false, { top3: false });
  });
  return 0;
}

/**
 * A `--second-look` setting, "0.98,0.5,8": two probabilities, then a count of words; optionally
 * two more probabilities for situations whose `secondLook` is `doubted` ("0.98,0.5,8,0.995,0.9"),
 * which otherwise stay as committed.
 */
export function secondLookOf(value: string): SecondLook {
  const numbers = value.split(',').map(Number);
  const [learned, secondLook, minWords, doubtedLearned, doubtedSecondLook] = numbers;
  const probability = (p: number | undefined) => p !== undefined && p > 0 && p < 1;
  const doubted = numbers.length === 5;
  if (
    (numbers.length !== 3 && !doubted) ||
    !probability(learned) ||
    !probability(secondLook) ||
    !Number.isInteger(minWords) ||
    minWords! < 0 ||
    (doubted && (!probability(doubtedLearned) || !probability(doubtedSecondLook)))
  )
    throw new UsageError(
      `--second-look wants L,S,W or L,S,W,DL,DS such as 0.98,0.5,8,0.995,0.9, not "${value}"`,
    );
  return {
    learned: learned!,
    secondLook: secondLook!,
    minWords: minWords!,
    doubted: doubted
      ? { learned: doubtedLearned!, secondLook: doubtedSecondLook! }
      : SECOND_LOOK.doubted,
  };
}

/**
 * The section of each item, in file order: a `# ===` line after items starts the next one. Needs
 * one item per line (as the safety sets are written), which the count of items checks.
 */
export function sectionsOf(yaml: string, items: number, file: string): number[] {
  const sections: number[] = [];
  let section = 0;
  let itemsInSection = 0;
  for (const line of yaml.split('\n')) {
    if (line.startsWith('# ===') && itemsInSection > 0) {
      section++;
      itemsInSection = 0;
    } else if (line.startsWith('- {')) {
      sections.push(section);
      itemsInSection++;
    }
  }
  if (sections.length !== items)
    throw new KnowledgeError(`${file}: write one item per line to split it into sections`);
  return sections;
}

runIfMain(import.meta.url, crossValidateRedFlags, USAGE);
