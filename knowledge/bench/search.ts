/**
 * npm run bench:search -- [--kb DIR] [--ptv-kb DIR] [--sizes 5000,50000] [--red-flags]
 *
 * Builds knowledge bases of the real size (bundled, and the PTV import when
 * given or importable), 5,000 and 50,000 services (synthesised from the real
 * ones: names and areas varied, descriptions and instructions mixed across
 * services, one municipality each) and prints per size: index build time, heap,
 * p50/p99 latency over the labelled eval queries, and the same for plain fuse.js
 * over names and summaries. Then the red-flag layer alone: p50/p99 per message
 * over the safety sets (knowledge/eval/safety/); `--red-flags` runs only that.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import { readEvalSet } from '../cli/eval';
import { readSafetySet } from '../cli/eval-safety';
import { createRedFlagDetector } from '../redflags/detector';
import { loadKnowledge } from '../cli/search';
import type { KnowledgeBase, Service } from '../schema';
import { createSearchEngine } from '../search/index';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const PLACE_START = [
  'Kivi',
  'Mänty',
  'Koivu',
  'Järvi',
  'Mäki',
  'Salmi',
  'Niemi',
  'Lahti',
  'Harju',
  'Pelto',
  'Kallio',
  'Saari',
  'Ranta',
  'Kuusi',
  'Vaahtera',
  'Pihlaja',
  'Tammi',
  'Lehto',
  'Laakso',
  'Vuori',
];
const PLACE_END = [
  'kylä',
  'mäki',
  'niemi',
  'lahti',
  'harju',
  'puisto',
  'kallio',
  'ranta',
  'vaara',
  'kangas',
];
const AREAS = PLACE_START.flatMap((a) => PLACE_END.map((b) => a + b));

/** Deterministic pseudo-random numbers, so every run builds the same knowledge base. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function synthesise(kb: KnowledgeBase, size: number): KnowledgeBase {
  const rnd = random(size);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const services: Service[] = [];
  for (let i = 0; i < size; i++) {
    const base = kb.services[i % kb.services.length]!;
    const municipality = pick(kb.municipalities);
    const area = pick(AREAS);
    const other = pick(kb.services);
    services.push({
      ...base,
      id: `${base.id}-${i}`,
      name: {
        fi: `${base.name.fi}, ${municipality.name.fi} ${area}`,
        sv: `${base.name.sv}, ${municipality.name.sv} ${area}`,
        en: `${base.name.en}, ${municipality.name.en} ${area}`,
      },
      // Mixed across services, as texts of similar services written by different editors would be.
      description: rnd() < 0.5 ? base.description : other.description,
      instructions: rnd() < 0.5 ? base.instructions : other.instructions,
      summary: {
        fi: `${base.summary.fi} ${municipality.name.fi}.`,
        sv: `${base.summary.sv} ${municipality.name.sv}.`,
        en: `${base.summary.en} ${municipality.name.en}.`,
      },
      municipalities: [municipality.id],
    });
  }
  return { ...kb, services };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/**
 * Latency over the query mix: wall time of `n` sequential queries (or fewer when
 * `budgetMs` runs out, for slow baselines), and per distinct query the fastest of
 * `repeats` runs. The machine is shared (other processes preempt this one, and CPU
 * time is only counted in scheduler ticks), so the min-of-repeats figure is the
 * latency of the engine itself; the raw figure includes whatever else was running.
 */
function time(
  queries: readonly { q: string; lang: 'fi' | 'sv' | 'en' }[],
  n: number,
  run: (q: string, lang: 'fi' | 'sv' | 'en') => void,
  budgetMs = Infinity,
  repeats = 5,
) {
  for (let i = 0; i < Math.min(n, 20); i++)
    run(queries[i % queries.length]!.q, queries[i % queries.length]!.lang);
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n && (times.length < 10 || performance.now() - start < budgetMs); i++) {
    const { q, lang } = queries[i % queries.length]!;
    const t = performance.now();
    run(q, lang);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const best: number[] = [];
  if (repeats > 0) {
    for (const { q, lang } of queries) {
      let min = Infinity;
      for (let r = 0; r < repeats; r++) {
        const t = performance.now();
        run(q, lang);
        min = Math.min(min, performance.now() - t);
      }
      best.push(min);
    }
    best.sort((a, b) => a - b);
  }
  return {
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    bestP50: best.length ? percentile(best, 0.5) : NaN,
    bestP99: best.length ? percentile(best, 0.99) : NaN,
    n: times.length,
  };
}

/** JS heap plus typed-array backing stores (the postings live there, outside heapUsed). */
function usedMemory() {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const ms = (x: number) => `${x.toFixed(2)} ms`;

async function benchOne(
  label: string,
  kb: KnowledgeBase,
  queries: { q: string; lang: 'fi' | 'sv' | 'en' }[],
) {
  gc();
  const before = usedMemory();
  const t = performance.now();
  const c = process.cpuUsage();
  const engine = createSearchEngine(kb);
  const build = performance.now() - t;
  const buildCpu = process.cpuUsage(c);
  gc();
  const after = usedMemory();
  const ours = time(queries, 3000, (q, lang) => engine.search(q, { lang }));
  const fuseBuildStart = performance.now();
  const fuse = new Fuse(kb.services, {
    keys: ['name.fi', 'name.sv', 'name.en', 'summary.fi', 'summary.sv', 'summary.en'],
  });
  const fuseBuild = performance.now() - fuseBuildStart;
  const theirs = time(queries, 3000, (q) => fuse.search(q, { limit: 10 }), 20_000, 0);
  console.log(
    [
      label.padEnd(22),
      String(kb.services.length).padStart(6),
      ms(build).padStart(11),
      ms((buildCpu.user + buildCpu.system) / 1000).padStart(11),
      mb(after - before).padStart(7),
      mb(after).padStart(8),
      ms(ours.p50).padStart(9),
      ms(ours.p99).padStart(9),
      ms(ours.bestP50).padStart(9),
      ms(ours.bestP99).padStart(9),
      ms(fuseBuild).padStart(10),
      ms(theirs.p50).padStart(10),
      ms(theirs.p99).padStart(10),
      `${(theirs.p99 / ours.p99).toFixed(0)}x`.padStart(7),
      theirs.n < 3000 ? ` (fuse: ${theirs.n} queries)` : '',
    ].join(' '),
  );
  return engine;
}

/** Timed passes over every safety message; one pass is one sample of the p50 and p99. */
const RED_FLAG_ROUNDS = 9;
/** Untimed passes first, so the JIT has compiled the matcher as it has long before a real message arrives. */
const RED_FLAG_WARM_UP = 3;

/**
 * The red-flag layer alone, per message of the safety sets: the bot and the panel run it on every
 * message. One pass over 2,000-odd messages puts only some twenty in its p99, so a single pass
 * swings with whatever else the shared machine runs; the figure is the median pass, with the
 * best and worst passes beside it to show the spread. When the machine is busy throughout, every
 * pass is slowed, so each message's fastest run over the passes is also given: the detector's
 * own latency, as `time` does for the search.
 */
async function benchRedFlags(kb: KnowledgeBase) {
  const dir = path.join(ROOT, 'knowledge/eval/safety');
  const halves = ['dev.yaml', 'test.yaml'].map((f) => path.join(dir, f)).filter(existsSync);
  const items = (await Promise.all(halves.map(readSafetySet))).flat();
  if (items.length === 0) return console.log('\nred flags: no safety set found, skipped');
  const t = performance.now();
  const detector = createRedFlagDetector(kb.emergency);
  const build = performance.now() - t;
  for (let r = 0; r < RED_FLAG_WARM_UP; r++)
    for (const item of items) detector.detect(item.text, item.lang);
  const rounds: { p50: number; p99: number }[] = [];
  const fastest = items.map(() => Infinity);
  for (let r = 0; r < RED_FLAG_ROUNDS; r++) {
    // Each pass starts from a clean heap, so one pass does not pay for the garbage of another.
    gc();
    const times = items.map((item, i) => {
      const start = performance.now();
      detector.detect(item.text, item.lang);
      const took = performance.now() - start;
      fastest[i] = Math.min(fastest[i]!, took);
      return took;
    });
    times.sort((a, b) => a - b);
    rounds.push({ p50: percentile(times, 0.5), p99: percentile(times, 0.99) });
  }
  const byP99 = [...rounds].sort((a, b) => a.p99 - b.p99);
  const median = byP99[Math.floor(byP99.length / 2)]!;
  fastest.sort((a, b) => a - b);
  console.log(
    `\nred flags: ${items.length} safety messages and notes, ${kb.emergency.concepts.length} concepts, ${kb.emergency.situations.length} situations; build ${ms(build)}`,
  );
  console.log(
    `  median of ${RED_FLAG_ROUNDS} passes: p50 ${ms(median.p50)}  p99 ${ms(median.p99)}  (p99 best pass ${ms(byP99[0]!.p99)}, worst ${ms(byP99.at(-1)!.p99)})  target: p99 < 1 ms per message`,
  );
  console.log(
    `  each message's fastest pass: p50 ${ms(percentile(fastest, 0.5))}  p99 ${ms(percentile(fastest, 0.99))}`,
  );
}

async function importPtv(): Promise<string | null> {
  const importer = path.join(ROOT, 'knowledge/cli/import-ptv.ts');
  const source = path.join(ROOT, 'knowledge/ptv/data/general-descriptions.json');
  if (!existsSync(importer) || !existsSync(source)) return null;
  const dir = await mkdtemp(path.join(tmpdir(), 'opastin-bench-ptv-'));
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [
    importer,
    '--general-descriptions',
    source,
    '--out',
    dir,
  ]);
  return run.status === 0 ? dir : null;
}

async function main() {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (args.includes('--red-flags')) return benchRedFlags(await loadKnowledge(arg('--kb')));
  const sizes = (arg('--sizes') ?? '5000,50000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const kb = await loadKnowledge(arg('--kb'));
  const queries = await readEvalSet(path.join(ROOT, 'knowledge/eval/queries.yaml'));
  console.log(
    `query mix: ${queries.length} labelled queries (fi/sv/en, typos, sentences, emergencies, out-of-scope)`,
  );
  console.log(
    'knowledge base          services  build      build cpu   index  heap      p50       p99       best p50  best p99  fuse build fuse p50   fuse p99   p99 ratio',
  );
  await benchOne('bundled', kb, queries);
  const ptvDir = arg('--ptv-kb') ?? (await importPtv());
  let base = kb;
  if (ptvDir) {
    const ptv = await loadKnowledge(ptvDir);
    await benchOne('PTV import', ptv, queries);
    base = { ...kb, services: [...kb.services, ...ptv.services] };
    if (!arg('--ptv-kb')) await rm(ptvDir, { recursive: true, force: true });
  } else {
    console.log('(PTV import not available: skipped)');
  }
  for (const size of sizes) {
    const synthetic = synthesise(base, size);
    await benchOne(`synthetic ${size}`, synthetic, queries);
  }
  console.log(
    'index = heap added by building the engine; heap = total after the build (includes the knowledge base); both count typed arrays.',
  );
  console.log('Targets at 50,000: p99 < 5 ms, build < 3 s, heap < 300 MB.');
  await benchRedFlags(kb);
}

await main();
