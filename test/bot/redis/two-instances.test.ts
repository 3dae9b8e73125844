/**
 * Two real instances (`tsx bot/index.ts`) on one real redis-server: whatever
 * instance a request lands on, the resident's conversation is the same.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstance, type Instance } from '../../support/instance';
import { redisServerAvailability, startRedisServer, type RunningRedis } from '../../support/redis';
import { http } from '../server/harness';

const redisServer = redisServerAvailability();
if (!redisServer.ok) console.warn(`Skipping the two-instance Redis tests: ${redisServer.reason}`);

describe.skipIf(!redisServer.ok)('two instances on one REDIS_URL', () => {
  let redis: RunningRedis;
  let a: Instance;
  let b: Instance;
  const dirs: string[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    const env = () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'opastin-instance-'));
      dirs.push(dir);
      return { REDIS_URL: redis.url, OPASTIN_DATA_DIR: dir };
    };
    [a, b] = await Promise.all([startInstance(env()), startInstance(env())]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const activities = (base: string, id: string) =>
    `${base}/v3/directline/conversations/${id}/activities`;
  const say = (base: string, id: string, token: string, text: string) =>
    http(activities(base, id), {
      token,
      body: { type: 'message', from: { id: 'resident' }, text, locale: 'fi-FI' },
    });
  const botTexts = (list: { from: { role?: string }; text?: string }[]) =>
    list.filter((x) => x.from.role === 'bot').map((x) => x.text ?? '');

  it('a conversation started on A, posted to on B and polled on A goes on through B with the same token after A is killed', async () => {
    const start = await http(`${a.url}/v3/directline/conversations`, { body: { locale: 'fi-FI' } });
    expect(start.status).toBe(201);
    const { conversationId, token } = start.json;

    const posted = await say(b.url, conversationId, token, 'tarvitsen hammaslääkärin');
    expect(posted.status).toBe(200);
    const first = await http(activities(a.url, conversationId), { token });
    expect(first.status).toBe(200);
    const stream = first.json.activities as {
      id: string;
      text?: string;
      from: { role?: string };
    }[];
    const mine = stream.find((x) => x.id === posted.json.id);
    expect(mine?.text).toBe('tarvitsen hammaslääkärin');
    // The welcome and the answer the bot on B wrote, read through A.
    expect(botTexts(stream).join('\n')).toContain('Suun terveydenhuolto');

    await a.kill();

    const again = await say(b.url, conversationId, token, 'kiitos');
    expect(again.status).toBe(200);
    const next = await http(
      `${activities(b.url, conversationId)}?watermark=${first.json.watermark}`,
      {
        token,
      },
    );
    expect(next.status).toBe(200);
    expect(next.json.activities[0]).toMatchObject({ id: again.json.id, text: 'kiitos' });
    expect(botTexts(next.json.activities).length).toBeGreaterThan(0);
    // Refreshing the token works on the surviving instance too.
    const refreshed = await http(`${b.url}/v3/directline/tokens/refresh`, {
      method: 'POST',
      token,
    });
    expect(refreshed.json.conversationId).toBe(conversationId);
  }, 60_000);
});
