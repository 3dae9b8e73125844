/**
 * Two real instances (`tsx bot/index.ts`) on one real redis-server: whatever
 * instance a request lands on, the resident's conversation is the same. One
 * suite, run with the knowledge in a shared directory (two-instances.test.ts)
 * and in PostgreSQL (redis-and-postgres.test.ts).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR } from '../../../knowledge/loader';
import { upsertAccount } from '../../../bot/admin/accounts';
import { connectRedis } from '../../../bot/redis/client';
import { conversationStateKey } from '../../../bot/server/direct-line/bot-bridge';
import { startInstance, type Instance } from '../../../bot/support/instance';
import {
  redisServerAvailability,
  startRedisServer,
  type RunningRedis,
} from '../../../bot/support/redis-server';
import { http } from '../server/harness';

export const EDITOR = { user: 'anna', password: 'a long enough password' };

export interface Durable {
  /** Environment shared by both instances besides REDIS_URL (DATABASE_URL, or a knowledge directory). */
  shared(): Promise<Record<string, string>>;
  /** Creates the editor account where the instances read accounts (before they start). */
  addEditor(dataDir: string, shared: Record<string, string>): Promise<void>;
}

/** The two-instance suite; `durable` says where knowledge and accounts live. */
export function describeTwoInstances(title: string, durable: Durable, skipReason?: string): void {
  const redisServer = redisServerAvailability();
  const reason = skipReason ?? (redisServer.ok ? undefined : redisServer.reason);
  if (reason) console.warn(`Skipping "${title}": ${reason}`);
  describe.skipIf(Boolean(reason))(title, () => {
    suite(durable);
  });
}

/** A knowledge directory both instances share, as on one volume; accounts in each data dir. */
export function sharedDirectory(dirs: string[]): Durable {
  return {
    async shared() {
      const knowledgeDir = mkdtempSync(path.join(tmpdir(), 'opastin-knowledge-'));
      dirs.push(knowledgeDir);
      cpSync(BUNDLED_KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
      return { OPASTIN_KNOWLEDGE_DIR: knowledgeDir };
    },
    async addEditor(dataDir) {
      await upsertAccount(path.join(dataDir, 'accounts.json'), EDITOR.user, EDITOR.password);
    },
  };
}

function suite(durable: Durable): void {
  let redis: RunningRedis;
  let a: Instance;
  let b: Instance;
  const dirs: string[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    const shared = await durable.shared();
    const env = async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'opastin-instance-'));
      dirs.push(dir);
      await durable.addEditor(dir, shared);
      return { ...shared, REDIS_URL: redis.url, OPASTIN_DATA_DIR: dir };
    };
    // A first, so that with a database it alone migrates and seeds it.
    a = await startInstance(await env());
    b = await startInstance(await env());
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

  const login = (base: string, password: string) =>
    http(`${base}/admin/api/login`, { body: { user: EDITOR.user, password } });

  it('a publish on A is served by B without a restart (bench:cluster measures how fast)', async () => {
    const loggedIn = await login(a.url, EDITOR.password);
    const cookie = (loggedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const editor = { cookie, 'x-csrf-token': loggedIn.json.csrf };
    const dental = 'services/dental-care.yaml';
    const file = await http(`${a.url}/admin/api/file?path=${dental}`, { headers: editor });
    const word = 'seeprakalamaja';
    const saved = await http(`${a.url}/admin/api/file`, {
      method: 'PUT',
      headers: editor,
      body: { path: dental, etag: file.json.etag, edits: { 'summary.fi': `Hampaat ja ${word}.` } },
    });
    expect(saved.status).toBe(200);
    const publishedAt = Date.now();
    const version = (await http(`${a.url}/healthz`)).json.knowledgeVersion;
    let onB = (await http(`${b.url}/healthz`)).json.knowledgeVersion;
    while (onB !== version && Date.now() - publishedAt < 15_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      onB = (await http(`${b.url}/healthz`)).json.knowledgeVersion;
    }
    expect(onB).toBe(version);
    const search = await http(`${b.url}/api/search?q=${word}`);
    expect(JSON.stringify(search.json)).toContain('dental-care');
  }, 60_000);

  it('an editor logged in on A is logged in on B, and login attempts are throttled over both', async () => {
    const loggedIn = await login(a.url, EDITOR.password);
    expect(loggedIn.status).toBe(200);
    const cookie = (loggedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const onB = await http(`${b.url}/admin/api/session`, { headers: { cookie } });
    expect(onB.status).toBe(200);
    expect(onB.json).toEqual({ user: 'anna', csrf: loggedIn.json.csrf });
    const page = await fetch(`${b.url}/admin`, { headers: { cookie } });
    expect(await page.text()).not.toContain('login.js');

    // The login throttle allows a burst of 5 per IP: one was the login above (start afresh).
    const client = await connectRedis(redis.url, () => undefined);
    const earlier = await client.keys('opastin:rl:login:*');
    if (earlier.length > 0) await client.del(earlier);
    await client.close();
    expect((await login(a.url, 'wrong password')).status).toBe(401);
    const statuses: number[] = [];
    for (const base of [b.url, a.url, b.url, a.url, b.url, a.url])
      statuses.push((await login(base, 'wrong password')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);

    const logout = await http(`${b.url}/admin/api/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': loggedIn.json.csrf },
    });
    expect(logout.status).toBe(200);
    expect((await http(`${a.url}/admin/api/session`, { headers: { cookie } })).status).toBe(401);
  }, 60_000);

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
    // No second welcome: B knew the resident had joined.
    expect(botTexts(next.json.activities).join('\n')).not.toContain('Olen Opastin');
    // The bot's conversation state is in Redis too, not in the killed process.
    const client = await connectRedis(redis.url, () => undefined);
    const state = await client.hGet(`opastin:state:${conversationStateKey(conversationId)}`, 'v');
    await client.close();
    expect(state).toContain('"lastAnswer":{"query":"kiitos"}');
    // Refreshing the token works on the surviving instance too.
    const refreshed = await http(`${b.url}/v3/directline/tokens/refresh`, {
      method: 'POST',
      token,
    });
    expect(refreshed.json.conversationId).toBe(conversationId);
  }, 60_000);
}
