/** A publish on one instance reaches the others through real Redis pub/sub, once (bench:cluster measures how fast). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveKnowledge } from '../../../knowledge/live';
import { connectRedis, type Redis } from '../../../bot/redis/client';
import {
  KNOWLEDGE_CHANNEL,
  shareKnowledgeNotices,
  type KnowledgeNotices,
} from '../../../bot/redis/knowledge-notices';
import { fakeKnowledgeBase } from '../../factories/knowledge';
import { fakeKnowledge } from '../server/harness';
import {
  redisServerAvailability,
  startRedisServer,
  type RunningRedis,
} from '../../../bot/support/redis-server';

const redisServer = redisServerAvailability();
if (!redisServer.ok) console.warn(`Skipping the knowledge notice tests: ${redisServer.reason}`);

describe.skipIf(!redisServer.ok)('knowledge publish notices', () => {
  let server: RunningRedis;
  let a: Redis;
  let b: Redis;
  const notices: KnowledgeNotices[] = [];
  beforeAll(async () => {
    server = await startRedisServer();
    a = await connectRedis(server.url, () => undefined);
    b = await connectRedis(server.url, () => undefined);
  });
  afterAll(async () => {
    for (const n of notices) await n.close();
    await Promise.all([a?.close(), b?.close()]);
    await server?.stop();
  });

  it('swaps the other instance to the published version, without echoing it back', async () => {
    const engine = fakeKnowledge().current().engine;
    const v1 = { ...fakeKnowledgeBase(), version: 'v1' };
    const v2 = { ...fakeKnowledgeBase(), version: 'v2' };
    // The shared store: what a reload on any instance finds.
    let stored = v1;
    const liveA = new LiveKnowledge({ kb: v1, engine });
    const liveB = new LiveKnowledge({ kb: v1, engine });
    const reloads = { a: 0, b: 0 };
    const reload = (live: LiveKnowledge, name: 'a' | 'b') => async () => {
      reloads[name] += 1;
      if (live.current().kb.version !== stored.version) live.swap({ kb: stored, engine });
    };
    const log = () => undefined;
    notices.push(
      await shareKnowledgeNotices({ redis: a, live: liveA, reload: reload(liveA, 'a'), log }),
    );
    notices.push(
      await shareKnowledgeNotices({ redis: b, live: liveB, reload: reload(liveB, 'b'), log }),
    );

    const published = Date.now();
    stored = v2;
    liveA.swap({ kb: v2, engine }); // A's editor saved
    while (liveB.current().kb.version !== 'v2' && Date.now() - published < 10_000)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(liveB.current().kb.version).toBe('v2');

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reloads).toEqual({ a: 0, b: 1 });
  });

  it('announces a save as soon as it is stored, before the saving instance has swapped, once', async () => {
    const engine = fakeKnowledge().current().engine;
    const v1 = { ...fakeKnowledgeBase(), version: 'w1' };
    const v2 = { ...fakeKnowledgeBase(), version: 'w2' };
    let stored = v1;
    const liveA = new LiveKnowledge({ kb: v1, engine });
    const liveB = new LiveKnowledge({ kb: v1, engine });
    let reloadsOfB = 0;
    const reloadB = async () => {
      reloadsOfB += 1;
      if (liveB.current().kb.version !== stored.version) liveB.swap({ kb: stored, engine });
    };
    // A's publisher: commit listeners are called when the save is stored.
    const committed = new Set<(version: string) => void>();
    const commits = {
      onCommit(listener: (version: string) => void) {
        committed.add(listener);
        return () => committed.delete(listener);
      },
    };
    const log = () => undefined;
    notices.push(
      await shareKnowledgeNotices({ redis: a, live: liveA, reload: async () => {}, commits, log }),
    );
    notices.push(await shareKnowledgeNotices({ redis: b, live: liveB, reload: reloadB, log }));

    const heard: string[] = [];
    const listener = a.duplicate();
    await listener.connect();
    await listener.subscribe(KNOWLEDGE_CHANNEL, (message) => heard.push(message));

    stored = v2;
    for (const onCommit of committed) onCommit('w2');
    const started = Date.now();
    while (liveB.current().kb.version !== 'w2' && Date.now() - started < 10_000)
      await new Promise((resolve) => setTimeout(resolve, 10));
    // B serves the save while A is still building its own index.
    expect(liveB.current().kb.version).toBe('w2');
    expect(liveA.current().kb.version).toBe('w1');
    liveA.swap({ kb: v2, engine }); // A's own swap is not announced a second time
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reloadsOfB).toBe(1);
    expect(heard.filter((m) => m.includes('"w2"'))).toHaveLength(1);
    await listener.close();
  });
});
