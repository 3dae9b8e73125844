/**
 * npm run eval -- [--kb DIR] [--queries FILE] [--ptv-kb DIR] [--ptv-queries FILE] [--no-ptv]
 *                 [--safety-dir DIR] [--failures]
 *
 * Measures search quality on labelled query sets and prints, per language:
 * top-1, top-3, MRR, emergency recall, emergency false-positive rate and
 * out-of-scope rejection, for the engine and for a baseline of plain fuse.js
 * over names and summaries; then the red-flag safety sets (dev and test halves,
 * see eval-safety.ts; --failures lists the dev misses only), and the red flags that fire on
 * the neutral sentences of the PTV descriptions (eval-neutral.ts). The PTV set runs
 * on a knowledge base imported from knowledge/ptv/data (into a temp dir) unless --ptv-kb is given.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { parse } from 'yaml';
import { z } from 'zod';
import { KnowledgeError } from '../problems';
import { Language, type KnowledgeBase } from '../schema';
import { createSearchEngine } from '../search/index';
import { parseCli, runIfMain, type Io } from './args';
import { measureSafety, printSafety, productAnswer, readSafetySet } from './eval-safety';
import { languageReport, languageSets } from './eval-language';
import { measureNeutral, neutralSentences, printNeutral } from './eval-neutral';
import { parseGeneralDescriptions } from '../ptv/general-descriptions';
import { createRedFlagDetector } from '../redflags/detector';
import { loadKnowledge } from './search';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const USAGE = `usage: npm run eval -- [--kb DIR] [--queries FILE] [--ptv-kb DIR] [--ptv-queries FILE] [--no-ptv] [--safety-dir DIR] [--failures]`;

export const EvalItem = z.strictObject({
  q: z.string(),
  lang: Language,
  /** The service id(s) acceptable as the answer. */
  expect: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  /** The emergency service a red flag must send to; null or absent: no red flag may fire. */
  emergency: z.string().nullable().optional(),
  /** A question the knowledge base cannot answer: the engine must not be confident. */
  outOfScope: z.boolean().optional(),
});
export type EvalItem = z.infer<typeof EvalItem>;

export async function readEvalSet(file: string): Promise<EvalItem[]> {
  const parsed = z.array(EvalItem).safeParse(parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new KnowledgeError(`${file}: item ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

interface Answer {
  ranked: string[];
  emergency: string | null;
  confident: boolean;
}
type System = (item: EvalItem) => Answer;

export interface Figures {
  n: number;
  top1: number;
  top3: number;
  mrr: number;
  emergencyRecall: number;
  emergencyItems: number;
  falsePositiveRate: number;
  oosRejection: number;
  oosItems: number;
  /** In-scope queries answered confidently (the other side of out-of-scope rejection). */
  confidentInScope: number;
  failures: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);

export function measure(items: readonly EvalItem[], system: System): Figures {
  let n = 0,
    top1 = 0,
    top3 = 0,
    rr = 0,
    emItems = 0,
    emHit = 0,
    nonEm = 0,
    fp = 0,
    oos = 0,
    rejected = 0;
  let inScope = 0,
    confidentInScope = 0;
  const failures: string[] = [];
  for (const item of items) {
    const answer = system(item);
    if (item.emergency) {
      emItems++;
      if (answer.emergency === item.emergency) emHit++;
      else
        failures.push(
          `emergency missed: "${item.q}" -> ${answer.emergency ?? 'none'} (want ${item.emergency})`,
        );
    } else {
      nonEm++;
      if (answer.emergency) {
        fp++;
        failures.push(`false emergency: "${item.q}" -> ${answer.emergency}`);
      }
    }
    if (item.outOfScope) {
      oos++;
      if (!answer.confident) rejected++;
      else failures.push(`out of scope but confident: "${item.q}" -> ${answer.ranked[0]}`);
      continue;
    }
    if (!item.expect) continue;
    const want = new Set([item.expect].flat());
    n++;
    inScope++;
    if (answer.confident) confidentInScope++;
    const rank = answer.ranked.slice(0, 10).findIndex((id) => want.has(id));
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank < 0 || rank >= 3) {
      failures.push(
        `rank ${rank < 0 ? '-' : rank + 1}: "${item.q}" -> ${answer.ranked.slice(0, 3).join(', ')} (want ${[...want].join('|')})`,
      );
    }
  }
  return {
    n,
    top1: ratio(top1, n),
    top3: ratio(top3, n),
    mrr: ratio(rr, n),
    emergencyRecall: ratio(emHit, emItems),
    emergencyItems: emItems,
    falsePositiveRate: ratio(fp, nonEm),
    oosRejection: ratio(rejected, oos),
    oosItems: oos,
    confidentInScope: ratio(confidentInScope, inScope),
    failures,
  };
}

export function engineSystem(kb: KnowledgeBase): System {
  const engine = createSearchEngine(kb);
  return (item) => {
    const r = engine.search(item.q, { lang: item.lang });
    return {
      ranked: r.results.map((x) => x.id),
      emergency: r.emergency?.id ?? null,
      confident: r.confident,
    };
  };
}

/** The baseline: one fuse.js pattern over every service's names and summaries (fuse defaults). */
export function fuseSystem(kb: KnowledgeBase): System {
  const fuse = new Fuse(kb.services, {
    keys: ['name.fi', 'name.sv', 'name.en', 'summary.fi', 'summary.sv', 'summary.en'],
  });
  return (item) => {
    const ranked = fuse.search(item.q, { limit: 10 }).map((r) => r.item.id);
    const top = kb.services.find((s) => s.id === ranked[0]);
    return {
      ranked,
      emergency: top?.level === 'emergency' ? top.id : null,
      confident: ranked.length > 0,
    };
  };
}

const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

function table(
  title: string,
  items: readonly EvalItem[],
  systems: [string, System][],
  io: Io,
  showFailures: boolean,
) {
  io.out(`\n${title}`);
  io.out('system    lang   n   top-1   top-3    MRR   em.recall  em.FP   OOS-rej  conf(in)');
  for (const [name, system] of systems) {
    for (const lang of ['fi', 'sv', 'en', 'all'] as const) {
      const subset = lang === 'all' ? items : items.filter((i) => i.lang === lang);
      if (subset.length === 0) continue;
      const f = measure(subset, system);
      io.out(
        `${name.padEnd(9)} ${lang.padEnd(4)} ${String(f.n).padStart(4)} ${pct(f.top1)} ${pct(f.top3)} ${pct(f.mrr)}  ${pct(f.emergencyRecall)}   ${pct(f.falsePositiveRate)} ${pct(f.oosRejection)}  ${pct(f.confidentInScope)}`,
      );
      if (showFailures && lang === 'all' && name === 'engine')
        for (const line of f.failures) io.out(`   ${line}`);
    }
  }
}

/** Imports the PTV general descriptions into a temp dir with the project's importer. */
async function importPtv(io: Io): Promise<{ dir: string; cleanup: () => Promise<void> } | null> {
  const importer = path.join(ROOT, 'knowledge/cli/import-ptv.ts');
  const source = path.join(ROOT, 'knowledge/ptv/data/general-descriptions.json');
  if (!existsSync(importer) || !existsSync(source)) {
    io.out(`\nPTV set skipped: ${existsSync(importer) ? source : importer} does not exist`);
    return null;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'opastin-ptv-'));
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const run = spawnSync(tsx, [importer, '--general-descriptions', source, '--out', dir], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    io.out(
      `\nPTV set skipped: the importer failed: ${(run.stderr || run.stdout).trim().split('\n')[0]}`,
    );
    await rm(dir, { recursive: true, force: true });
    return null;
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function evalCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseCli(argv, {
    kb: { type: 'string' },
    queries: { type: 'string', default: path.join(ROOT, 'knowledge/eval/queries.yaml') },
    'ptv-kb': { type: 'string' },
    'ptv-queries': { type: 'string', default: path.join(ROOT, 'knowledge/eval/ptv-queries.yaml') },
    'no-ptv': { type: 'boolean', default: false },
    failures: { type: 'boolean', default: false },
    'safety-dir': { type: 'string', default: path.join(ROOT, 'knowledge/eval/safety') },
  });
  const kb = await loadKnowledge(values.kb);
  const items = await readEvalSet(values.queries);
  warnUnknown(items, kb, io);
  table(
    `Bundled knowledge base (${kb.services.length} services), ${items.length} queries`,
    items,
    [
      ['engine', engineSystem(kb)],
      ['fuse.js', fuseSystem(kb)],
    ],
    io,
    values.failures,
  );

  await safetySection(kb, values['safety-dir'], io, values.failures);
  await neutralSection(kb, io);

  if (!values['no-ptv']) {
    const imported = values['ptv-kb']
      ? { dir: values['ptv-kb'], cleanup: async () => {} }
      : await importPtv(io);
    if (imported) {
      try {
        const ptvKb = await loadKnowledge(imported.dir);
        const ptvItems = await readEvalSet(values['ptv-queries']);
        warnUnknown(ptvItems, ptvKb, io);
        table(
          `PTV-imported knowledge base (${ptvKb.services.length} services), ${ptvItems.length} queries`,
          ptvItems,
          [
            ['engine', engineSystem(ptvKb)],
            ['fuse.js', fuseSystem(ptvKb)],
          ],
          io,
          values.failures,
        );
      } finally {
        await imported.cleanup();
      }
    }
  }
  await languageReport(
    createSearchEngine(kb),
    io,
    values.failures,
    languageSets(values['safety-dir']),
  );
  io.out(
    '\nTargets: top-3 >= 95% per language (PTV set: 90%), emergency recall 100%, em.FP <= 1%, OOS-rej >= 90%.',
  );
  return 0;
}

/**
 * The red-flag sets, dev and test reported separately. Misses are printed for
 * dev only: test.yaml is for reporting, and reading its misses would be tuning on it.
 */
async function safetySection(kb: KnowledgeBase, dir: string, io: Io, showMisses: boolean) {
  const answer = productAnswer(createSearchEngine(kb), kb);
  for (const half of ['dev', 'test'] as const) {
    const file = path.join(dir, `${half}.yaml`);
    if (!existsSync(file)) {
      io.out(`\nSafety ${half} set skipped: ${file} does not exist`);
      continue;
    }
    const items = await readSafetySet(file);
    const title = `Safety ${half} set (${half}.yaml): ${items.length} messages and notes`;
    printSafety(title, measureSafety(items, answer), io, showMisses && half === 'dev');
  }
  io.out(
    'Safety targets (test half): recall >= 98% overall and >= 95% per language, false alarms <= 3%, look-alike top-3 >= 90%.',
  );
}

/** The detector over every sentence of the bundled PTV descriptions: neutral text, watched for false alarms. */
async function neutralSection(kb: KnowledgeBase, io: Io) {
  const source = path.join(ROOT, 'knowledge/ptv/data/general-descriptions.json');
  if (!existsSync(source)) {
    io.out(`\nNeutral PTV sentences skipped: ${source} does not exist`);
    return;
  }
  const entries = parseGeneralDescriptions(JSON.parse(await readFile(source, 'utf8')));
  printNeutral(measureNeutral(neutralSentences(entries), createRedFlagDetector(kb.emergency)), io);
}

function warnUnknown(items: readonly EvalItem[], kb: KnowledgeBase, io: Io) {
  const ids = new Set(kb.services.map((s) => s.id));
  const unknown = new Set(
    items.flatMap((i) => [i.expect ?? [], i.emergency ?? []].flat()).filter((id) => !ids.has(id)),
  );
  if (unknown.size > 0)
    io.out(`warning: expected ids not in the knowledge base: ${[...unknown].join(', ')}`);
}

runIfMain(import.meta.url, evalCommand, USAGE);
