/**
 * `npm run bench:postgres`: what the PostgreSQL stores cost (DATABASE_URL mode).
 * Prints editor saves per second (one writer), contended rounds where two
 * instances save from one etag (each must give exactly one save and one
 * conflict), the version query every instance runs four times a second, and
 * insight records per second. Uses DATABASE_URL when set (a scratch database:
 * it is emptied first); otherwise starts a throwaway PostgreSQL like the tests.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { BUNDLED_KNOWLEDGE_DIR } from '../../knowledge/loader';
import { ConflictError } from '../../knowledge/store/store';
import { PostgresInsightStore } from '../storage/postgres/insight-store';
import { seedKnowledge } from '../storage/postgres/knowledge-dir';
import { PostgresKnowledgeStore } from '../storage/postgres/knowledge-store';
import { migrate } from '../storage/postgres/migrate';
import { postgresAvailability, startPostgres } from '../support/postgres-server';

const FILE = 'services/dental-care.yaml';

function quantile(sorted: number[], q: number): string {
  return (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2);
}

async function timed(n: number, run: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  times.sort((x, y) => x - y);
  return {
    perSecond: (n / seconds).toFixed(0),
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
  };
}

async function database(): Promise<{ url: string; stop(): void }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: () => undefined };
  const found = postgresAvailability();
  if (!found.ok) throw new Error(`no PostgreSQL: ${found.reason}`);
  const server = await startPostgres(found.binDir);
  return { url: await server.newDatabase(), stop: server.stop };
}

const db = await database();
const pools = [
  new pg.Pool({ connectionString: db.url }),
  new pg.Pool({ connectionString: db.url }),
];
try {
  await migrate(pools[0]!);
  await pools[0]!.query(
    'TRUNCATE knowledge_file, knowledge_history, insight_entry; UPDATE knowledge_state SET version = 0',
  );
  const [a, b] = pools.map((pool) => new PostgresKnowledgeStore(pool)) as [
    PostgresKnowledgeStore,
    PostgresKnowledgeStore,
  ];
  await seedKnowledge(a, BUNDLED_KNOWLEDGE_DIR);
  const base = (await a.read(FILE))!.text;

  const saves = await timed(300, async (i) => {
    const current = await a.read(FILE);
    await a.write(FILE, `${base}# save ${i}\n`, { expectedEtag: current!.etag, author: 'bench' });
  });
  console.log(
    `saves (read + write, one instance): ${saves.perSecond}/s, p50 ${saves.p50} ms, p99 ${saves.p99} ms`,
  );

  let lost = 0;
  const rounds = await timed(200, async (i) => {
    const opened = await a.read(FILE);
    const results = await Promise.allSettled(
      [a, b].map((store, k) =>
        store.write(FILE, `${base}# round ${i} by ${k}\n`, {
          expectedEtag: opened!.etag,
          author: `i${k}`,
        }),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    const conflicts = results.filter(
      (r) => r.status === 'rejected' && r.reason instanceof ConflictError,
    ).length;
    if (ok !== 1 || conflicts !== 1) lost++;
  });
  console.log(
    `same-etag saves from two instances: ${rounds.perSecond} rounds/s, p50 ${rounds.p50} ms; rounds without exactly one save and one conflict: ${lost} of 200`,
  );

  const version = await timed(1000, () => b.version());
  console.log(
    `version check (each instance, every 250 ms): p50 ${version.p50} ms, p99 ${version.p99} ms`,
  );

  const insight = new PostgresInsightStore(pools[1]!);
  const records = await timed(2000, (i) =>
    insight.record({
      kind: 'unanswered',
      lang: 'fi',
      text: `kysymys ${i} 040 123 4567`,
      at: new Date().toISOString(),
    }),
  );
  console.log(
    `insight records: ${records.perSecond}/s, p50 ${records.p50} ms, p99 ${records.p99} ms`,
  );
  const list = await timed(5, () => insight.list());
  console.log(`insight list (2000 entries): p50 ${list.p50} ms`);
} finally {
  await Promise.all(pools.map((p) => p.end()));
  db.stop();
}
