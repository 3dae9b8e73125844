/** Rate limits and editor sessions in a real Redis are one state for every instance. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type Redis } from '../../../bot/redis/client';
import { redisRateLimiters } from '../../../bot/redis/rate-limiter';
import { RedisSessions } from '../../../bot/redis/sessions';
import {
  redisServerAvailability,
  startRedisServer,
  type RunningRedis,
} from '../../../bot/support/redis-server';

const redisServer = redisServerAvailability();
if (!redisServer.ok) console.warn(`Skipping the Redis limit/session tests: ${redisServer.reason}`);

describe.skipIf(!redisServer.ok)('shared rate limits and editor sessions', () => {
  let server: RunningRedis;
  let a: Redis;
  let b: Redis;
  beforeAll(async () => {
    server = await startRedisServer();
    a = await connectRedis(server.url, () => undefined);
    b = await connectRedis(server.url, () => undefined);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await server?.stop();
  });

  it('a client gets its burst once over all instances, then refills at the set rate', async () => {
    let now = 1_000_000;
    const limit = { burst: 3, perSecond: 2 };
    const onA = redisRateLimiters(a, () => now)('api', limit);
    const onB = redisRateLimiters(b, () => now)('api', limit);
    const other = redisRateLimiters(b, () => now)('login', limit);
    expect([
      await onA.take('10.0.0.1'),
      await onB.take('10.0.0.1'),
      await onA.take('10.0.0.1'),
    ]).toEqual([0, 0, 0]);
    expect(await onB.take('10.0.0.1')).toBe(500);
    expect(await onA.take('10.0.0.2')).toBe(0); // another client is not affected
    expect(await other.take('10.0.0.1')).toBe(0); // nor another kind of traffic
    now += 500;
    expect(await onB.take('10.0.0.1')).toBe(0);
    expect(await onA.take('10.0.0.1')).toBeGreaterThan(0);
    expect((await a.keys('*')).join(' ')).not.toContain('10.0.0.1');
  });

  it('a session created through one instance is valid on another until it expires or is deleted', async () => {
    let now = 1_000_000;
    const onA = new RedisSessions(a, 60_000, () => now);
    const onB = new RedisSessions(b, 60_000, () => now);
    const session = await onA.create('anna');
    expect(await onB.get(session.id)).toEqual(session);
    expect(await onB.get('guessed')).toBeNull();
    expect((await a.keys('*')).join(' ')).not.toContain(session.id);
    now += 61_000;
    expect(await onB.get(session.id)).toBeNull();
    now -= 61_000;
    await onB.delete(session.id);
    expect(await onA.get(session.id)).toBeNull();
  });
});
