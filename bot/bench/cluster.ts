/**
 * `npm run bench:cluster`: several instances sharing Redis (and PostgreSQL
 * when it can be had) behind a round-robin proxy, with no sticky sessions.
 * 300 residents with think time talk over the Direct Line; halfway through,
 * one of the 3 instances is killed (SIGKILL). Prints turns/s, p50/p99 turn
 * latency, errors (only requests in flight on the killed instance may fail)
 * and conversations that failed to continue (target 0). Then how long
 * another instance takes to serve an editor's publish (target < 1 s), and
 * last the same residents against one embedded instance, for comparison.
 *
 * Everything runs on loopback, starts its own redis-server (and PostgreSQL),
 * is bounded in count and time, and stops by itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { startInstance, type Instance } from '../support/instance';
import { postgresAvailability, startPostgres } from '../support/postgres-server';
import { startRedisServer } from '../support/redis-server';
import { upsertAccount } from '../admin/accounts';
import { startProxy } from './cluster/proxy';
import { runResidents, type ResidentResult } from './cluster/residents';
import { measurePublish } from './cluster/publish';
import { benchTeardown } from './teardown';

const INSTANCES = 3;
const RESIDENTS = 300;
const TURNS_EACH = 6;
const PLAN = {
  residents: RESIDENTS,
  turnsEach: TURNS_EACH,
  thinkMs: [2000, 6000] as [number, number],
};
const RAMP_MS = 10_000;
const RUN_DEADLINE_MS = 150_000;
const EDITOR = { user: 'bench', password: 'bench password, long enough' };

const teardown = benchTeardown('bench:cluster');

function percentile(sorted: number[], p: number): number {
  return sorted.length
    ? (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0)
    : 0;
}

function report(name: string, result: ResidentResult, extra = ''): void {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  const errors = [...result.errors].map(([kind, n]) => `${kind}: ${n}`).join(', ') || 'none';
  const errorCount = [...result.errors.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${name}`);
  console.log(
    `  ${result.turns} turns in ${(result.elapsedMs / 1000).toFixed(1)} s = ${((result.turns * 1000) / result.elapsedMs).toFixed(1)} turns/s; ` +
      `turn latency p50 ${percentile(sorted, 0.5).toFixed(0)} ms, p99 ${percentile(sorted, 0.99).toFixed(0)} ms`,
  );
  console.log(
    `  conversations started ${result.started}/${RESIDENTS}; failed to continue: ${result.lost}; ` +
      `went on after a failed request: ${result.recovered}`,
  );
  console.log(`  errors ${errorCount} (${errors})${extra}`);
}

function dataDirs(count: number): string[] {
  return Array.from({ length: count }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opastin-cluster-'));
    teardown.add(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  });
}

function addAccount(env: Record<string, string>): void {
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'bot/admin/cli/add-account.ts', '--user', EDITOR.user],
    {
      env: { ...process.env, ...env, OPASTIN_ADMIN_PASSWORD: EDITOR.password },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

async function clusterRun(): Promise<void> {
  const redis = await startRedisServer();
  teardown.add(() => redis.stop());
  const pg = postgresAvailability();
  let shared: Record<string, string> = { REDIS_URL: redis.url };
  if (pg.ok) {
    const server = await startPostgres(pg.binDir);
    teardown.add(() => server.stop());
    shared = { ...shared, DATABASE_URL: await server.newDatabase() };
  } else {
    // File knowledge store: one shared directory, as on a shared volume.
    const [knowledgeDir] = dataDirs(1);
    execFileSync('cp', ['-r', 'knowledge/content/.', knowledgeDir as string]);
    shared = { ...shared, OPASTIN_KNOWLEDGE_DIR: knowledgeDir as string };
    console.log(`PostgreSQL not available (${pg.reason}); knowledge from a shared directory`);
  }
  // With the file store, editor accounts are a file: give every instance the same data directory.
  const dirs = pg.ok ? dataDirs(INSTANCES) : Array(INSTANCES).fill(dataDirs(1)[0]);
  if (!pg.ok)
    await upsertAccount(
      path.join(dirs[0] as string, 'accounts.json'),
      EDITOR.user,
      EDITOR.password,
    );
  const instances: Instance[] = [];
  // The first instance migrates and seeds the database; the others start after it.
  instances.push(await startInstance({ ...shared, OPASTIN_DATA_DIR: dirs[0] as string }));
  teardown.add(() => instances.map((i) => i.stop()));
  instances.push(
    ...(await Promise.all(
      dirs.slice(1).map((dir) => startInstance({ ...shared, OPASTIN_DATA_DIR: dir as string })),
    )),
  );
  if (pg.ok) addAccount(shared);
  const proxy = await startProxy(
    instances.map((i) => ({ host: '127.0.0.1', port: Number(new URL(i.url).port) })),
  );
  teardown.add(() => proxy.close());
  console.log(
    `${INSTANCES} instances on ${pg.ok ? 'Redis + PostgreSQL' : 'Redis + a shared knowledge directory'} behind a round-robin proxy; ` +
      `${RESIDENTS} residents × ${TURNS_EACH} turns, think time ${PLAN.thinkMs[0] / 1000}–${PLAN.thinkMs[1] / 1000} s`,
  );

  const half = Math.floor((RESIDENTS * TURNS_EACH) / 2);
  let killedAt = 0;
  const started = Date.now();
  const result = await runResidents({
    ...PLAN,
    url: proxy.url,
    rampMs: RAMP_MS,
    deadlineMs: RUN_DEADLINE_MS,
    onTurn: (completed) => {
      if (completed !== half) return;
      killedAt = Date.now() - started;
      void (instances[0] as Instance).kill();
    },
  });
  report(
    `Cluster: ${INSTANCES} instances, instance 1 killed (SIGKILL) at ${(killedAt / 1000).toFixed(1)} s after ${half} turns`,
    result,
    `; the proxy re-sent ${proxy.retried()} refused request(s) to a live instance`,
  );

  const survivors = instances.slice(1);
  const publish = await measurePublish(
    redis.url,
    survivors[0] as Instance,
    survivors.slice(1),
    EDITOR,
    3,
  );
  console.log(
    `\nPublish on one instance (3 saves), from sending the save: Redis notice after ` +
      `${publish.map((t) => `${t.noticeMs.toFixed(0)}`).join(', ')} ms; ` +
      `served by the other instance after ${publish.map((t) => `${t.servedMs.toFixed(0)}`).join(', ')} ms, ` +
      `that is ${publish.map((t) => `${(t.servedMs - t.noticeMs).toFixed(0)}`).join(', ')} ms after the notice ` +
      `(before it: the save's own validation, write and index build on the saving instance)`,
  );
  await teardown.run();
}

async function embeddedRun(): Promise<void> {
  const [dir] = dataDirs(1);
  const instance = await startInstance({ OPASTIN_DATA_DIR: dir as string });
  teardown.add(() => instance.stop());
  const proxy = await startProxy([{ host: '127.0.0.1', port: Number(new URL(instance.url).port) }]);
  teardown.add(() => proxy.close());
  const result = await runResidents({
    ...PLAN,
    url: proxy.url,
    rampMs: RAMP_MS,
    deadlineMs: RUN_DEADLINE_MS,
  });
  report(
    'Embedded: one instance, state in memory (no REDIS_URL, no DATABASE_URL), nothing killed',
    result,
  );
  await teardown.run();
}

console.log(
  `bench:cluster on ${cpus().length} CPU(s), load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
try {
  await clusterRun();
  await embeddedRun();
} finally {
  await teardown.run();
}
// Keep-alive sockets to stopped servers must not hold the process open.
process.exit(0);
