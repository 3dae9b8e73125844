/** The bot's state in a real Redis: botbuilder's eTag rules, shared by instances, and expiry. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type Redis } from '../../../bot/redis/client';
import { RedisStorage } from '../../../bot/redis/storage';
import {
  redisServerAvailability,
  startRedisServer,
  type RunningRedis,
} from '../../../bot/support/redis-server';

const redisServer = redisServerAvailability();
if (!redisServer.ok) console.warn(`Skipping the Redis Storage tests: ${redisServer.reason}`);

describe.skipIf(!redisServer.ok)('RedisStorage (botbuilder Storage)', () => {
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

  it('gives each write a new eTag and rejects a write with a stale one', async () => {
    const storage = new RedisStorage(a);
    await storage.write({ 'c/1': { language: 'fi' } });
    const first = (await storage.read(['c/1']))['c/1'];
    expect(first).toMatchObject({ language: 'fi' });
    expect(first.eTag).toEqual(expect.any(String));

    await storage.write({ 'c/1': { ...first, language: 'sv' } });
    const second = (await storage.read(['c/1']))['c/1'];
    expect(second).toMatchObject({ language: 'sv' });
    expect(second.eTag).not.toBe(first.eTag);

    await expect(storage.write({ 'c/1': { ...first, language: 'en' } })).rejects.toThrow(
      /eTag conflict/,
    );
    expect((await storage.read(['c/1']))['c/1']).toMatchObject({ language: 'sv' });

    await storage.write({ 'c/1': { language: 'en', eTag: '*' } });
    expect((await storage.read(['c/1']))['c/1']).toMatchObject({ language: 'en' });
  });

  it('lets exactly one of two instances win a write from the same eTag', async () => {
    const onA = new RedisStorage(a);
    const onB = new RedisStorage(b);
    await onA.write({ 'c/2': { turns: 0 } });
    const read = (await onA.read(['c/2']))['c/2'];
    const results = await Promise.allSettled([
      onA.write({ 'c/2': { ...read, turns: 1, by: 'a' } }),
      onB.write({ 'c/2': { ...read, turns: 1, by: 'b' } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    const winner = results[0]?.status === 'fulfilled' ? 'a' : 'b';
    expect((await onB.read(['c/2']))['c/2']).toMatchObject({ by: winner });
  });

  it('reads only the keys that exist, and deletes', async () => {
    const storage = new RedisStorage(a);
    await storage.write({ 'c/3': { x: 1 } });
    expect(Object.keys(await storage.read(['c/3', 'c/missing']))).toEqual(['c/3']);
    await storage.delete(['c/3']);
    expect(await storage.read(['c/3'])).toEqual({});
  });

  it('forgets an item ttlMs after its last use', async () => {
    const storage = new RedisStorage(a, { ttlMs: 300 });
    await storage.write({ 'c/4': { x: 1 } });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(Object.keys(await storage.read(['c/4']))).toEqual(['c/4']); // a read keeps it alive
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(Object.keys(await storage.read(['c/4']))).toEqual(['c/4']);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await storage.read(['c/4'])).toEqual({});
  });
});
