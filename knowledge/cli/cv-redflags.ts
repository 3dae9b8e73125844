/**
 * `npm run redflags:cv [-- --safety-dir DIR] [--folds K] [--threshold P]`
 *
 * Judges the red flags' two learned models on the development half without the test half: the
 * sections of dev.yaml (each one writer's, between `# ===` header lines) go into K folds, and each
 * fold is left out of both models in turn and read by a detector trained on the rest, exactly as
 * `redflags:train` trains. Scoring dev.yaml with the committed models says little, because they
 * have read every item; this is the number to choose a training change by. It says nothing of
 * the concepts and context rules, which are tuned on all of dev.yaml. Slow: K trainings.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRedFlagDetector } from '../redflags/detector';
import { parseCli, runIfMain, UsageError, type Io } from './args';
import { readSafetySet, type SafetyItem } from './eval-safety';
import { loadKnowledge } from './search';
import { DEFAULT_THRESHOLD, trainRedFlagModels } from './train-redflags';
import { KnowledgeError } from '../problems';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const USAGE = `usage: npm run redflags:cv [-- --safety-dir DIR] [--folds K] [--threshold P]`;

export async function crossValidateRedFlags(argv: string[], io: Io): Promise<number> {
  const { values } = parseCli(argv, {
    'safety-dir': { type: 'string', default: path.join(ROOT, 'knowledge/eval/safety') },
    folds: { type: 'string', default: '5' },
    threshold: { type: 'string', default: String(DEFAULT_THRESHOLD) },
  });
  const folds = Number(values.folds);
  if (!Number.isInteger(folds) || folds < 2) throw new UsageError('--folds must be 2 or more');
  const threshold = Number(values.threshold);
  if (!(threshold > 0 && threshold < 1))
    throw new UsageError('--threshold must be between 0 and 1');
  const devFile = path.join(values['safety-dir'], 'dev.yaml');
  const dev = await readSafetySet(devFile);
  const sections = sectionsOf(await readFile(devFile, 'utf8'), dev.length, devFile);
  if (Math.max(...sections) + 1 < folds)
    throw new UsageError(
      `dev.yaml has ${Math.max(...sections) + 1} sections: too few for ${folds} folds`,
    );
  const everydayFile = path.join(values['safety-dir'], 'everyday.yaml');
  const everyday = existsSync(everydayFile) ? await readSafetySet(everydayFile) : [];
  const kb = await loadKnowledge();

  const tally = emptyTally();
  const byRegister = new Map<string, Tally>();
  for (let fold = 0; fold < folds; fold++) {
    const left = (n: number) => sections[n]! % folds === fold;
    const { learned, secondLook } = trainRedFlagModels(
      kb,
      dev.filter((_, n) => !left(n)),
      everyday,
      threshold,
    );
    const detector = createRedFlagDetector(kb.emergency, learned, secondLook);
    dev.forEach((item, n) => {
      if (!left(n)) return;
      const ok = answeredRight(item, detector.detect(item.text, item.lang).match);
      const register = byRegister.get(item.register) ?? emptyTally();
      byRegister.set(item.register, register);
      for (const t of [tally, register]) {
        if (item.expect === 'none') {
          t.lookAlikes++;
          if (!ok) t.falseAlarms++;
        } else {
          t.emergencies++;
          if (ok) t.found++;
        }
      }
    });
  }
  io.out(`dev.yaml in ${folds} folds of its sections, each left out of both models in turn:`);
  io.out(line('all', tally));
  for (const [register, t] of byRegister) io.out(line(`  ${register}`, t));
  return 0;
}

interface Tally {
  found: number;
  emergencies: number;
  falseAlarms: number;
  lookAlikes: number;
}
const emptyTally = (): Tally => ({ found: 0, emergencies: 0, falseAlarms: 0, lookAlikes: 0 });

/** Right as npm run eval counts it: no flag for a look-alike, the expected tier otherwise. */
function answeredRight(item: SafetyItem, match: { tier: string } | null): boolean {
  return item.expect === 'none' ? match === null : match?.tier === item.expect;
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

function line(name: string, t: Tally) {
  const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(2) : '-'} % (${a}/${b})`;
  return `${name}: recall ${pct(t.found, t.emergencies)}, false alarms ${pct(t.falseAlarms, t.lookAlikes)}`;
}

runIfMain(import.meta.url, crossValidateRedFlags, USAGE);
