/**
 * Two instances saving DIFFERENT files at the same time, each checked by the
 * gate against the other's old text: a real PostgreSQL decides the order, and
 * nothing is published that the gate did not see as a whole.
 */
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { acceptKnowledge } from '../../../../knowledge/accept';
import { LiveKnowledge } from '../../../../knowledge/live';
import { KnowledgePublisher } from '../../../../knowledge/store/publisher';
import type { KnowledgeSnapshot } from '../../../../knowledge/store/store';
import { PostgresKnowledgeStore } from '../../../../bot/storage/postgres/knowledge-store';
import { migrate } from '../../../../bot/storage/postgres/migrate';
import { fakeEngine } from '../../../factories/fake-engine';
import { knowledgeFiles } from '../../../factories/knowledge-dir';
import {
  fakeEmergencyService,
  fakeKnowledgeBase,
  fakePath,
  fakeService,
  fakeStep,
} from '../../../factories/knowledge';
import { usePostgres } from '../../../support/postgres';

const pgServer = usePostgres();
const SECOND = 'services/second-service.yaml';
const PATH = 'paths/fake-path.yaml';

/** Holds every instance's first read until all have read: both check against the same files. */
function barrier(count: number) {
  let waiting = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return async (read: Promise<KnowledgeSnapshot>): Promise<KnowledgeSnapshot> => {
    const snapshot = await read;
    if (++waiting === count) open();
    await opened;
    return snapshot;
  };
}

/** An instance: its own pool, store and publisher, whose first read waits at `hold`. */
function instance(url: string, hold: ReturnType<typeof barrier>) {
  const pool = new pg.Pool({ connectionString: url });
  const store = new PostgresKnowledgeStore(pool);
  let first = true;
  const snapshot = store.snapshot.bind(store);
  store.snapshot = () => {
    if (!first) return snapshot();
    first = false;
    return hold(snapshot());
  };
  const kb = fakeKnowledgeBase();
  const live = new LiveKnowledge({ kb, engine: fakeEngine(kb) });
  const publisher = new KnowledgePublisher({ store, live, buildEngine: fakeEngine });
  return { pool, store, live, publisher };
}

describe.skipIf(!pgServer.ok)(pgServer.named('saves of different files on two instances'), () => {
  let url: string;
  const pools: pg.Pool[] = [];

  beforeEach(async () => {
    url = await pgServer.newDatabase();
    const pool = new pg.Pool({ connectionString: url });
    pools.push(pool);
    await migrate(pool);
    const kb = fakeKnowledgeBase({
      services: [fakeService(), fakeService({ id: 'second-service' }), fakeEmergencyService()],
    });
    await new PostgresKnowledgeStore(pool).replaceAll(knowledgeFiles(kb), 'seed');
  });

  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.end()));
  });

  const twoInstances = () => {
    const hold = barrier(2);
    const pair = [instance(url, hold), instance(url, hold)] as const;
    pools.push(...pair.map((i) => i.pool));
    return pair;
  };
  const save = async (
    on: ReturnType<typeof instance>,
    path: string,
    text: string,
    author: string,
  ) => {
    const current = await on.store.read(path);
    return on.publisher.save(path, text, { expectedEtag: current!.etag, author });
  };

  it('refuses the second of two saves that are each valid but together break a rule', async () => {
    const [a, b] = twoInstances();
    // Alone, each is fine: second-service is in no path, and a path may lead to a basic service.
    const emergencyLevel = stringify(fakeEmergencyService({ id: 'second-service' }));
    const pathToSecond = stringify(
      fakePath({ steps: [fakeStep(), fakeStep({ service: 'second-service' })] }),
    );
    const results = await Promise.all([
      save(a, SECOND, emergencyLevel, 'anna'),
      save(b, PATH, pathToSecond, 'ben'),
    ]);

    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    const refused = results.find((r) => !r.ok)!;
    expect(refused.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', rule: 'broken-path-step' }),
    );
    // What is stored passes the gate, and only one of the two changes is in it.
    const stored = await a.store.list();
    expect(acceptKnowledge({ files: stored }).accepted).toBe(true);
    const texts = new Map(stored.map((f) => [f.path, f.text]));
    expect([texts.get(SECOND) === emergencyLevel, texts.get(PATH) === pathToSecond]).toContain(
      false,
    );
    const history = await a.store.history();
    expect(history.filter((e) => e.author !== 'seed')).toHaveLength(1);
  });

  it('publishes both when the combination passes, each instance serving both changes', async () => {
    const [a, b] = twoInstances();
    const renamed = stringify(
      fakeService({ id: 'second-service', summary: { fi: 'Uusi', sv: 'Ny', en: 'New' } }),
    );
    const pathToSecond = stringify(
      fakePath({ steps: [fakeStep(), fakeStep({ service: 'second-service' })] }),
    );
    const results = await Promise.all([
      save(a, SECOND, renamed, 'anna'),
      save(b, PATH, pathToSecond, 'ben'),
    ]);

    expect(results.map((r) => r.ok)).toEqual([true, true]);
    // The later save was checked again with the earlier one in, so it serves both.
    await Promise.all([a.publisher.reload(), b.publisher.reload()]);
    for (const { live } of [a, b]) {
      const { kb } = live.current();
      expect(kb.services.find((s) => s.id === 'second-service')?.summary.fi).toBe('Uusi');
      expect(kb.paths[0]?.steps.map((s) => s.service)).toEqual(['fake-service', 'second-service']);
    }
  });

  it('never swaps in a read older than its own save, and does not load its own save again', async () => {
    const pool = new pg.Pool({ connectionString: url });
    pools.push(pool);
    const store = new PostgresKnowledgeStore(pool);
    // The first read (a reload's) is held until the save below has been published.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let readDone: () => void = () => undefined;
    const read = new Promise<void>((resolve) => (readDone = resolve));
    let holdNext = true;
    const snapshot = store.snapshot.bind(store);
    store.snapshot = async () => {
      const hold = holdNext;
      holdNext = false;
      const result = await snapshot();
      if (hold) {
        readDone();
        await released;
      }
      return result;
    };
    const kb = fakeKnowledgeBase();
    const live = new LiveKnowledge({ kb, engine: fakeEngine(kb) });
    const publisher = new KnowledgePublisher({ store, live, buildEngine: fakeEngine });

    const staleReload = publisher.reload();
    await read;
    const renamed = stringify(
      fakeService({ id: 'second-service', summary: { fi: 'Uusi', sv: 'Ny', en: 'New' } }),
    );
    const current = await store.read(SECOND);
    const saved = await publisher.save(SECOND, renamed, {
      expectedEtag: current!.etag,
      author: 'anna',
    });
    expect(saved.ok).toBe(true);
    release();
    await staleReload;

    const served = () =>
      live.current().kb.services.find((s) => s.id === 'second-service')?.summary.fi;
    expect(served()).toBe('Uusi');
    // The store is at the version its own save made: a reload has nothing to read.
    expect(await publisher.reload()).toMatchObject({ published: true, upToDate: true });
    expect(served()).toBe('Uusi');
  });
});
