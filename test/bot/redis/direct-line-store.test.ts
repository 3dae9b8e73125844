/** The Redis Direct Line store against a real redis-server: the same bounds as in memory, plus TTLs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type Redis } from '../../../bot/redis/client';
import { RedisDirectLineStore } from '../../../bot/redis/direct-line-store';
import { MAX_TOKENS_PER_CONVERSATION } from '../../../bot/server/direct-line/store';
import {
  redisServerAvailability,
  startRedisServer,
  type RunningRedis,
} from '../../../bot/support/redis-server';

const redisServer = redisServerAvailability();
if (!redisServer.ok)
  console.warn(`Skipping the Redis Direct Line store tests: ${redisServer.reason}`);

describe.skipIf(!redisServer.ok)('RedisDirectLineStore', () => {
  let server: RunningRedis;
  let redis: Redis;
  beforeAll(async () => {
    server = await startRedisServer();
    redis = await connectRedis(server.url, () => undefined);
  });
  afterAll(async () => {
    await redis?.close();
    await server?.stop();
  });

  it('keeps a stream with absolute watermarks, dropping the oldest beyond the limit', async () => {
    const store = new RedisDirectLineStore(redis, { maxActivitiesPerConversation: 3 });
    const conversation = await store.createConversation({ locale: 'sv-FI' });
    const ids: string[] = [];
    for (const text of ['a', 'b', 'c', 'd', 'e'])
      ids.push(await store.append(conversation, { type: 'message', text }));
    const all = await store.activitiesSince(conversation, undefined);
    expect(all.activities.map((a) => a.text)).toEqual(['c', 'd', 'e']);
    expect(all.activities.map((a) => a.id)).toEqual(ids.slice(2));
    expect(all.watermark).toBe('5');
    expect((await store.activitiesSince(conversation, 3)).activities.map((a) => a.text)).toEqual([
      'd',
      'e',
    ]);
    expect((await store.activitiesSince(conversation, 5)).activities).toEqual([]);
  });

  it('cuts a huge activity and keeps a stream within its byte budget, oldest dropped', async () => {
    const store = new RedisDirectLineStore(redis, {
      maxActivityBytes: 2048,
      maxConversationBytes: 5000,
    });
    const conversation = await store.createConversation();
    const big = 'x'.repeat(1500);
    for (let i = 0; i < 6; i++)
      await store.append(conversation, { type: 'event', name: `e${i}`, value: big });
    await store.append(conversation, { type: 'message', text: 'y'.repeat(100_000) });
    const page = await store.activitiesSince(conversation, undefined);
    expect(JSON.stringify(page.activities).length).toBeLessThan(5000 + 2048);
    expect(page.activities.at(-1)?.text).toMatch(/^y+…$/);
    expect(JSON.stringify(page.activities.at(-1)).length).toBeLessThanOrEqual(2048 + 200);
    expect(page.watermark).toBe('7');
    expect(page.activities.length).toBeLessThan(7);
  });

  it('welcomes once: only the first markJoined wins, even when called at the same time', async () => {
    const store = new RedisDirectLineStore(redis);
    const conversation = await store.createConversation();
    const results = await Promise.all([1, 2, 3].map(() => store.markJoined(conversation)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('keeps only the newest tokens of a conversation, and never the token itself', async () => {
    const store = new RedisDirectLineStore(redis);
    const conversation = await store.createConversation({ locale: 'fi-FI', userId: 'u1' });
    const tokens: string[] = [];
    for (let i = 0; i < 10; i++) tokens.push(await store.issueToken(conversation.id));
    const checks = await Promise.all(tokens.map((token) => store.resolveToken(token)));
    expect(checks.filter((c) => c.ok)).toHaveLength(MAX_TOKENS_PER_CONVERSATION);
    expect((await store.resolveToken(tokens.at(-1))).ok).toBe(true);
    const last = await store.resolveToken(tokens.at(-1));
    expect(last).toMatchObject({ ok: true, conversation: { locale: 'fi-FI', userId: 'u1' } });
    const keys = await redis.keys('*');
    expect(keys.join(' ')).not.toContain(tokens.at(-1));
    expect(await store.authorize(tokens.at(-1), 'another')).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it('expires tokens by the clock and idle conversations by Redis TTL', async () => {
    let now = Date.now();
    const store = new RedisDirectLineStore(
      redis,
      { tokenTtlMs: 60_000, conversationIdleMs: 400 },
      () => now,
    );
    const conversation = await store.createConversation();
    const token = await store.issueToken(conversation.id);
    now += 60_000;
    expect(await store.resolveToken(token)).toMatchObject({ ok: false, code: 'TokenExpired' });
    now -= 60_000;
    const fresh = await store.issueToken(conversation.id);
    expect((await store.resolveToken(fresh)).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await store.resolveToken(fresh)).toMatchObject({ ok: false, status: 404 });
    expect(await redis.exists(`opastin:dl:c:${conversation.id}`)).toBe(0);
  });

  it('caps live conversations, ending the least recently used', async () => {
    await redis.flushAll();
    // Each call of the clock is a millisecond later, so the order of use is unambiguous.
    let now = Date.now();
    const store = new RedisDirectLineStore(redis, { maxConversations: 3 }, () => now++);
    const a = await store.createConversation();
    const tokenA = await store.issueToken(a.id);
    const b = await store.createConversation();
    const tokenB = await store.issueToken(b.id);
    await store.createConversation();
    expect((await store.resolveToken(tokenA)).ok).toBe(true); // a is now the most recently used
    await store.createConversation();
    expect(await store.count()).toBe(3);
    expect(await store.resolveToken(tokenB)).toMatchObject({ ok: false, status: 404 });
    expect((await store.resolveToken(tokenA)).ok).toBe(true);
  });
});
