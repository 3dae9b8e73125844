/**
 * `npm run search:train [-- --safety-dir DIR] [--out-dir DIR] [--check]`
 *
 * Trains the search's learned ranking (search/learned-ranking.ts) on the messages of the safety
 * set's development half that name the services they need (`services:`: look-alikes and client
 * notes), and writes it to knowledge/search/ranking-model.ts. Only the development half: the test
 * half stays a measurement nobody trained on. `--check` writes nothing and fails when the committed
 * model is not what training gives now, so a dev set edited without retraining is caught.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitLinearModel } from '../redflags/learned-train';
import type { RankingModel } from '../search/learned-ranking';
import { parseCli, runIfMain, type Io } from './args';
import { writeOrCheck } from './generated-model';
import { readSafetySet } from './eval-safety';
import { loadKnowledge } from './search';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RANKING_MODEL_FILE = path.join(ROOT, 'knowledge/search/ranking-model.ts');

/**
 * 2^12 rows of 50 services is some 270 kB in the extension. Dev sections 21-27 left out of
 * training: 2^12 rows 92.9 % look-alike top-3, 2^13 rows 94.0 % at twice the size.
 */
const ROWS = 1 << 12;
const EPOCHS = 10;

export const USAGE = `usage: npm run search:train [-- --safety-dir DIR] [--out-dir DIR] [--check]`;

export async function trainRanking(argv: string[], io: Io): Promise<number> {
  const { values } = parseCli(argv, {
    'safety-dir': { type: 'string', default: path.join(ROOT, 'knowledge/eval/safety') },
    'out-dir': { type: 'string', default: path.dirname(RANKING_MODEL_FILE) },
    check: { type: 'boolean', default: false },
  });
  const dev = await readSafetySet(path.join(values['safety-dir'], 'dev.yaml'));
  const services = (await loadKnowledge()).services.map((s) => s.id);
  const known = new Set(services);
  const examples = dev
    .map((item) => ({
      text: item.text,
      wanted: (item.services ?? []).filter((id) => known.has(id)),
    }))
    .filter((e) => e.wanted.length > 0);
  const fitted = fitLinearModel(
    examples.map((e) => e.text),
    // Two services named: each is half the answer.
    (n, k) => (examples[n]!.wanted.includes(services[k]!) ? 1 / examples[n]!.wanted.length : 0),
    services.length,
    { rows: ROWS, epochs: EPOCHS },
  );
  const model: RankingModel = {
    ...fitted,
    trainedOn: `the ${examples.length} messages of knowledge/eval/safety/dev.yaml that name the services they need`,
    services,
  };
  const status = await writeOrCheck(
    'npm run search:train',
    [
      {
        file: path.join(values['out-dir'], path.basename(RANKING_MODEL_FILE)),
        name: 'RANKING_MODEL',
        type: 'RankingModel',
        typeFrom: './learned-ranking',
        what: 'the learned ranking',
        model,
      },
    ],
    values.check,
    io,
  );
  if (!values.check && status === 0) io.out(`${model.trainedOn}; ${model.rows} rows`);
  return status;
}

runIfMain(import.meta.url, trainRanking, USAGE);
