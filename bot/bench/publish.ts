/**
 * `npm run bench:publish`: how soon an editor's save on instance A is served
 * by instance B (issue 11: within 2 s). Two real instances (`tsx bot/index.ts`)
 * on one throwaway redis-server and PostgreSQL; N saves of one service on A.
 * Prints p50/p95/max of the save's response time and of "A committed → B's
 * /api/search (and /api/knowledge) has the new text", and, from both
 * instances' logs, where the time goes: A's save (list, parse, rules, write,
 * engine) and B's reload (list, parse, rules, engine).
 *
 *   npm run bench:publish -- [--rounds 20] [--busy 2] [--no-redis]
 *
 * `--busy N` runs N busy-looping processes beside the instances, to see a
 * loaded machine; `--no-redis` leaves B to notice saves by polling the
 * database. The machine's load average is printed before and after.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { upsertAccount } from '../admin/accounts';
import { PostgresAccountStore } from '../storage/postgres/account-store';
import { startInstance, type Instance } from '../support/instance';
import { postgresAvailability, startPostgres } from '../support/postgres-server';
import { startRedisServer } from '../support/redis-server';
import { collectPhases, phaseSummary } from './publish/phases';
import { login, timedSave, type RoundTiming } from './publish/round';
import { benchTeardown } from './teardown';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    busy: { type: 'string', default: '0' },
    'no-redis': { type: 'boolean', default: false },
  },
});
const ROUNDS = Math.max(1, Number(args.rounds));
const BUSY = Math.max(0, Number(args.busy));
const ACCOUNT = { user: 'bench', password: 'bench password, long enough' };

const teardown = benchTeardown('bench:publish');

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function stats(values: number[]): string {
  const sorted = [...values].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `p50 ${at(0.5).toFixed(0)}, p95 ${at(0.95).toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)} ms`;
}

function busyLoops(count: number): void {
  for (let i = 0; i < count; i++) {
    const child: ChildProcess = spawn(process.execPath, ['-e', 'for (;;) {}'], {
      stdio: 'ignore',
    });
    teardown.add(() => child.kill('SIGKILL'));
  }
}

const found = postgresAvailability();
if (!found.ok) {
  console.error(`bench:publish needs PostgreSQL: ${found.reason}`);
  process.exit(1);
}
console.log(
  `bench:publish on ${cpus().length} CPU(s), load average ${load()}; ${ROUNDS} saves, ` +
    `${args['no-redis'] ? 'no Redis (B polls the database)' : 'Redis notices'}` +
    `${BUSY ? `, ${BUSY} busy-looping process(es) beside` : ''}`,
);
try {
  const server = await startPostgres(found.binDir);
  teardown.add(() => server.stop());
  const shared: Record<string, string> = { DATABASE_URL: await server.newDatabase() };
  if (!args['no-redis']) {
    const redis = await startRedisServer();
    teardown.add(() => redis.stop());
    shared.REDIS_URL = redis.url;
  }
  const env = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opastin-bench-'));
    teardown.add(() => rmSync(dir, { recursive: true, force: true }));
    return { ...shared, OPASTIN_DATA_DIR: dir };
  };
  // A first: it alone migrates and seeds the database.
  const a: Instance = await startInstance(env());
  teardown.add(() => a.stop());
  const b: Instance = await startInstance(env());
  teardown.add(() => b.stop());
  const phasesA = collectPhases(a, /admin: bench published/);
  const phasesB = collectPhases(b, /knowledge reloaded/);
  const selfReloadA = collectPhases(a, /knowledge reloaded/);
  const pool = new pg.Pool({ connectionString: shared.DATABASE_URL, max: 2 });
  teardown.add(() => pool.end());
  await upsertAccount(new PostgresAccountStore(pool), ACCOUNT.user, ACCOUNT.password);
  const editor = await login(a, ACCOUNT);
  busyLoops(BUSY);

  const times: RoundTiming[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    times.push(await timedSave(a, b, editor, pool, round));
    // An editor does not save twice a second; let both instances settle.
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  console.log(`save answered on A:             ${stats(times.map((t) => t.saveMs))}`);
  console.log(`  of which until the commit:    ${stats(times.map((t) => t.commitMs))}`);
  console.log(`commit → B's /api/search:       ${stats(times.map((t) => t.searchMs))}`);
  console.log(`commit → B's /api/knowledge:    ${stats(times.map((t) => t.knowledgeMs))}`);
  console.log(
    `sent → B's /api/search:         ${stats(times.map((t) => t.commitMs + t.searchMs))}`,
  );
  console.log(`A's save, median per phase:     ${phaseSummary(phasesA.lines())}`);
  console.log(`B's reload, median per phase:   ${phaseSummary(phasesB.lines())}`);
  console.log(`A's reload of its own saves:    ${phaseSummary(selfReloadA.lines())}`);
  console.log(`load average after: ${load()}`);
} finally {
  await teardown.run();
}
// Keep-alive sockets to stopped servers must not hold the process open.
process.exit(0);
