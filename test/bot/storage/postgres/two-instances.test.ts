/**
 * Two real instances (`tsx bot/index.ts`, the real composition root) on one
 * real PostgreSQL and no Redis: they start together on an empty database
 * (migrations and seeding must not race), share editor accounts, and a save on
 * A is what B serves. Without Redis, B learns of A's save by polling the
 * knowledge version; the measured delay is printed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../../../bot/admin/accounts';
import { PostgresAccountStore } from '../../../../bot/storage/postgres/account-store';
import { Client } from '../../admin/admin-harness';
import { http } from '../../server/harness';
import { startInstance, type Instance } from '../../../../bot/support/instance';
import { usePostgres } from '../../../support/postgres';

const pgServer = usePostgres();
const DENTAL = 'services/dental-care.yaml';
const USER = 'anna';
const PASSWORD = 'a long enough password';

/** Polls `probe` until it is true; returns how long that took. */
async function until(probe: () => Promise<boolean>, timeoutMs = 20_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await probe()) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`not true within ${timeoutMs} ms`);
}

describe.skipIf(!pgServer.ok)(pgServer.named('two instances on one DATABASE_URL'), () => {
  let pool: pg.Pool;
  let a: Instance;
  let b: Instance;
  const dirs: string[] = [];

  beforeAll(async () => {
    const url = await pgServer.newDatabase();
    const env = () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'opastin-instance-'));
      dirs.push(dir);
      return { DATABASE_URL: url, OPASTIN_DATA_DIR: dir };
    };
    [a, b] = await Promise.all([startInstance(env()), startInstance(env())]);
    pool = new pg.Pool({ connectionString: url });
    // Added after both started: they read accounts from the database, not a startup copy.
    await upsertAccount(new PostgresAccountStore(pool), USER, PASSWORD);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await pool?.end();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const editor = async (instance: Instance) => {
    const client = new Client(instance.url);
    expect((await client.login(USER, PASSWORD)).status).toBe(200);
    return client;
  };
  const topHit = async (instance: Instance, q: string) => {
    const res = await fetch(`${instance.url}/api/search?q=${encodeURIComponent(q)}&lang=fi`);
    const json = (await res.json()) as { results?: { id: string }[] };
    return json.results?.[0]?.id;
  };
  const snapshotHas = async (instance: Instance, word: string) =>
    (await (await fetch(`${instance.url}/api/knowledge`)).text()).includes(word);

  it('seeded the empty database once although both started together', async () => {
    const { rows } = await pool.query<{ author: string; n: number }>(
      "SELECT author, count(*)::int AS n FROM knowledge_history WHERE path = 'emergency.yaml' GROUP BY author",
    );
    expect(rows).toEqual([{ author: 'seed', n: 1 }]);
    expect(a.output()).not.toMatch(/error/i);
  });

  it('serves a save on A from B’s /api/search and /api/knowledge', async () => {
    const word = 'kiiltohammasklinikka';
    expect(await topHit(b, word)).not.toBe('dental-care');
    expect(await snapshotHas(b, word)).toBe(false);
    const client = await editor(a);
    const file = (await client.request('GET', `/admin/api/file?path=${DENTAL}`)).json;
    const text = (file.text as string).replace('hammashoitola,', `hammashoitola, ${word},`);
    // When A commits, seen from outside: B's reload can run while A still builds its own index.
    const version = async () =>
      (await pool.query<{ version: string }>('SELECT version FROM knowledge_state')).rows[0]!
        .version;
    const before = await version();
    const sent = performance.now();
    const committed = until(async () => (await version()) !== before).then(() => performance.now());
    const saved = await client.request('PUT', '/admin/api/file', {
      path: DENTAL,
      etag: file.etag,
      text,
    });
    expect(saved.status, saved.text).toBe(200);
    await until(async () => (await topHit(b, word)) === 'dental-care');
    const searchAt = performance.now();
    await until(() => snapshotHas(b, word));
    const snapshotAt = performance.now();
    const commitAt = await committed;
    console.log(
      `two instances, no Redis: A committed the save ${Math.round(commitAt - sent)} ms after it was sent; B served it ${Math.round(searchAt - commitAt)} ms (/api/search) and ${Math.round(snapshotAt - commitAt)} ms (/api/knowledge) after the commit`,
    );
    // The editor on B opens what A saved, with A's etag.
    const onB = (await (await editor(b)).request('GET', `/admin/api/file?path=${DENTAL}`)).json;
    expect(onB).toMatchObject({ text, etag: saved.json.file.etag });
  });

  it('gives one 200 and one 409 when A and B save from the same etag', async () => {
    const [onA, onB] = await Promise.all([editor(a), editor(b)]);
    const file = (await onA.request('GET', `/admin/api/file?path=${DENTAL}`)).json;
    const save = (client: Client, note: string) =>
      client.request('PUT', '/admin/api/file', {
        path: DENTAL,
        etag: file.etag,
        text: (file.text as string).replace('hammashoito,', `hammashoito, ${note},`),
      });
    const statuses = (await Promise.all([save(onA, 'hampaat-a'), save(onB, 'hampaat-b')])).map(
      (r) => r.status,
    );
    expect(statuses.sort()).toEqual([200, 409]);
  });

  it('shows insight from residents on both instances on each, redacted', async () => {
    const ask = async (instance: Instance, text: string) => {
      const start = await http(`${instance.url}/v3/directline/conversations`, {
        body: { locale: 'fi-FI' },
      });
      expect(start.status).toBe(201);
      const { conversationId, token } = start.json;
      const posted = await http(
        `${instance.url}/v3/directline/conversations/${conversationId}/activities`,
        { token, body: { type: 'message', from: { id: 'resident' }, text, locale: 'fi-FI' } },
      );
      expect(posted.status).toBe(200);
    };
    await ask(a, 'qwzx plorbnik soita 040 123 4567');
    await ask(b, 'vrunkel zibbidoo');
    const examples = async (instance: Instance) => {
      const groups = (await (await editor(instance)).request('GET', '/admin/api/insight')).json;
      return JSON.stringify(groups);
    };
    for (const instance of [a, b]) {
      await until(async () => {
        const seen = await examples(instance);
        return seen.includes('plorbnik') && seen.includes('vrunkel');
      });
      expect(await examples(instance)).not.toContain('040 123 4567');
    }
  });
});
