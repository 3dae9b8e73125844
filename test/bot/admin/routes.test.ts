import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../bot/server/rate-limit';
import { Client, startAdmin } from './admin-harness';

let admin: Awaited<ReturnType<typeof startAdmin>>;
const DENTAL = 'services/dental-care.yaml';

beforeAll(async () => {
  admin = await startAdmin();
}, 60_000);
afterAll(() => admin.close());

async function loggedIn(): Promise<Client> {
  const client = new Client(admin.url);
  expect((await client.login()).status).toBe(200);
  return client;
}

async function topResult(q: string): Promise<string | undefined> {
  const res = await fetch(`${admin.url}/api/search?q=${encodeURIComponent(q)}`);
  const body = (await res.json()) as { results: { id: string }[] };
  return body.results[0]?.id;
}

describe('login, logout and CSRF', () => {
  it('answers nothing under /admin without a login', async () => {
    const anon = new Client(admin.url);
    for (const url of [
      '/admin/api/services',
      `/admin/api/file?path=${DENTAL}`,
      '/admin/api/history',
      '/admin/api/insight',
      '/admin/api/insight.csv',
      '/admin/admin.js',
    ])
      expect((await anon.request('GET', url)).status, url).toBe(401);
    expect((await anon.request('PUT', '/admin/api/file', { path: DENTAL, text: 'x' })).status).toBe(
      401,
    );
    const page = await anon.request('GET', '/admin');
    expect(page.status).toBe(200);
    expect(page.text).toContain('login-form');
    expect(page.text).not.toContain('edit-form');
  });

  it('rejects a wrong password and sets a HttpOnly SameSite=Strict cookie on success', async () => {
    const client = new Client(admin.url);
    expect((await client.login('anna', 'wrong password!')).status).toBe(401);
    const ok = await client.login();
    expect(ok.setCookie).toMatch(/HttpOnly/);
    expect(ok.setCookie).toMatch(/SameSite=Strict/);
    expect((await client.request('GET', '/admin')).text).toContain('edit-form');
  });

  it('refuses a change without the CSRF token (403) and logs out', async () => {
    const client = await loggedIn();
    const file = (await client.request('GET', `/admin/api/file?path=${DENTAL}`)).json;
    const noToken = await client.request(
      'PUT',
      '/admin/api/file',
      { path: DENTAL, etag: file.etag, edits: { 'summary.sv': 'Stulen' } },
      { 'X-CSRF-Token': 'forged' },
    );
    expect(noToken.status).toBe(403);
    expect(await readFile(path.join(admin.contentDir, DENTAL), 'utf8')).toBe(file.text);
    expect((await client.request('POST', '/admin/api/logout')).status).toBe(200);
    expect((await client.request('GET', '/admin/api/services')).status).toBe(401);
  });
});

describe('editing and publishing', () => {
  it('lists services with the facts the filters need', async () => {
    const client = await loggedIn();
    const { json } = await client.request('GET', '/admin/api/services');
    const dental = json.services.find((s: { id: string }) => s.id === 'dental-care');
    expect(dental).toMatchObject({ level: 'basic', missing: [], path: DENTAL });
    expect(typeof dental.reviewOverdue).toBe('boolean');
  });

  it('saves a form edit as a small YAML diff, publishes it live, and reverts it', async () => {
    const client = await loggedIn();
    const file = (await client.request('GET', `/admin/api/file?path=${DENTAL}`)).json;
    expect(file.data.summary.sv).toContain('tänder');
    const word = 'zebrafiskmottagning';
    expect(await topResult(word)).not.toBe('dental-care');
    const saved = await client.request('PUT', '/admin/api/file', {
      path: DENTAL,
      etag: file.etag,
      edits: { 'summary.sv': `Tandvård och ${word} för alla åldrar.` },
    });
    expect(saved.status).toBe(200);
    const after = await readFile(path.join(admin.contentDir, DENTAL), 'utf8');
    const changed = after.split('\n').filter((line, i) => line !== file.text.split('\n')[i]);
    expect(changed).toEqual([`  sv: Tandvård och ${word} för alla åldrar.`]);
    expect(await topResult(word)).toBe('dental-care');

    const history = (await client.request('GET', `/admin/api/history?path=${DENTAL}`)).json;
    expect(history[0]).toMatchObject({
      author: 'anna',
      action: 'update',
      changes: ['~ summary.sv'],
    });
    const reverted = await client.request('POST', '/admin/api/revert', { id: history[0].id });
    expect(reverted.status).toBe(200);
    expect(await readFile(path.join(admin.contentDir, DENTAL), 'utf8')).toBe(file.text);
    expect(await topResult(word)).not.toBe('dental-care');
  });

  it("gives the second editor a 409 with the first editor's version", async () => {
    const anna = await loggedIn();
    const ben = await loggedIn();
    const opened = (await anna.request('GET', `/admin/api/file?path=${DENTAL}`)).json;
    const first = await anna.request('PUT', '/admin/api/file', {
      path: DENTAL,
      etag: opened.etag,
      edits: { 'summary.en': 'First editor was here.' },
    });
    expect(first.status).toBe(200);
    const second = await ben.request('PUT', '/admin/api/file', {
      path: DENTAL,
      etag: opened.etag,
      edits: { 'summary.en': 'Second editor overwrites?' },
    });
    expect(second.status).toBe(409);
    expect(second.json.current.text).toContain('First editor was here.');
    expect(await readFile(path.join(admin.contentDir, DENTAL), 'utf8')).toContain(
      'First editor was here.',
    );
    await anna.request('POST', '/admin/api/revert', {
      id: (await anna.request('GET', `/admin/api/history?path=${DENTAL}`)).json[0].id,
    });
  });

  it('never publishes an invalid knowledge base (422) and the last good one keeps serving', async () => {
    const client = await loggedIn();
    const file = (await client.request('GET', `/admin/api/file?path=${DENTAL}`)).json;
    const version = admin.live.current().kb.version;
    const bad = await client.request('PUT', '/admin/api/file', {
      path: DENTAL,
      etag: file.etag,
      edits: { level: 'galactic' },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.problems.length).toBeGreaterThan(0);
    expect(admin.live.current().kb.version).toBe(version);
    expect(await readFile(path.join(admin.contentDir, DENTAL), 'utf8')).toBe(file.text);
    const check = await client.request('POST', '/admin/api/preview', {
      path: DENTAL,
      edits: { level: 'galactic' },
    });
    expect(check.json.problems.some((p: { field?: string }) => p.field === 'level')).toBe(true);
  });

  it('previews an unsaved change: results, the card and the evaluation set wins/losses', async () => {
    const client = await loggedIn();
    const word = 'kvastfeningsklinik';
    const res = await client.request('POST', '/admin/api/preview', {
      path: DENTAL,
      edits: { 'summary.sv': `Mun- och tandvård, ${word}.`, 'phrasings.sv': ['ont i magen'] },
      q: word,
      compare: true,
    });
    expect(res.status).toBe(200);
    expect(res.json.search.results[0].id).toBe('dental-care');
    expect(res.json.search.card.subtitle).toContain(word);
    expect(Array.isArray(res.json.evalChanges)).toBe(true);
    // Nothing was saved.
    expect(await readFile(path.join(admin.contentDir, DENTAL), 'utf8')).not.toContain(word);
    const emergency = await client.request('POST', '/admin/api/preview', {
      path: DENTAL,
      edits: {},
      q: 'kova rintakipu ja hengenahdistus',
    });
    expect(emergency.json.search.emergency).not.toBeNull();
    // Which situation and which words fired, and the card the resident sees first.
    const { flagText, emergencyCard, emergency: match } = emergency.json.search;
    expect(flagText).toMatch(/^EMERGENCY [a-z-]+ \(action 112; "/);
    expect(flagText).toContain(match.flag);
    expect(flagText).toContain(`"${match.matched}"`);
    expect(emergencyCard.links.map((l: { url: string }) => l.url)).toContain('tel:112');
  });

  it('picks up a direct file edit, and shows disk problems when the file is broken', async () => {
    const client = await loggedIn();
    admin.publisher.watch(admin.contentDir, 50);
    const file = path.join(admin.contentDir, DENTAL);
    const original = await readFile(file, 'utf8');
    const word = 'hummerterapi';
    await writeFile(file, original.replace('Mun- och tandvård', `Mun- och tandvård ${word}`));
    await expect.poll(() => topResult(word), { timeout: 10_000 }).toBe('dental-care');
    await writeFile(file, `${original}\nnot: [valid`);
    await expect
      .poll(
        async () => (await client.request('GET', '/admin/api/services')).json.diskProblems.length,
        {
          timeout: 10_000,
        },
      )
      .toBeGreaterThan(0);
    // The editor says which version residents get while the files are broken.
    const listing = (await client.request('GET', '/admin/api/services')).json;
    expect(listing.knowledge).toMatchObject({ source: 'last-accepted' });
    expect(listing.knowledge.message).toMatch(/last accepted version/);
    expect(await topResult(word)).toBe('dental-care');
    await writeFile(file, original);
    await expect.poll(() => topResult(word), { timeout: 10_000 }).not.toBe('dental-care');
  });
});

describe('bad input', () => {
  it('rejects invalid YAML, unknown fields, path traversal and a 10 MB field with clear messages', async () => {
    const client = await loggedIn();
    const file = (await client.request('GET', `/admin/api/file?path=${DENTAL}`)).json;
    const put = (body: object) =>
      client.request('PUT', '/admin/api/file', { path: DENTAL, etag: file.etag, ...body });

    const yaml = await put({ text: 'id: dental-care\nname: [unclosed' });
    expect(yaml.status).toBe(422);
    expect(JSON.stringify(yaml.json.problems)).toMatch(/YAML|yaml|flow/i);

    const unknown = await put({ edits: { colour: 'blue' } });
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(unknown.json.problems)).toContain('colour');

    const traversal = await client.request('PUT', '/admin/api/file', {
      path: '../../x',
      etag: null,
      text: 'x',
    });
    expect(traversal.status).toBe(400);
    expect(traversal.json.error.message).toContain('not a knowledge file');
    const readTraversal = await client.request('GET', '/admin/api/file?path=../../etc/passwd');
    expect(readTraversal.status).toBe(400);

    const huge = await put({ edits: { 'summary.sv': 'x'.repeat(10 * 1024 * 1024) } });
    expect(huge.status).toBe(413);
    expect(huge.json.error.message).toMatch(/too large/);

    expect(await readFile(path.join(admin.contentDir, DENTAL), 'utf8')).toBe(file.text);
    expect((await fetch(`${admin.url}/api/health`)).status).toBeLessThan(500);
  });

  it('stores script tags as text', async () => {
    const client = await loggedIn();
    const file = (await client.request('GET', `/admin/api/file?path=${DENTAL}`)).json;
    const script = '<script>alert(1)</script> Tandvård';
    const saved = await client.request('PUT', '/admin/api/file', {
      path: DENTAL,
      etag: file.etag,
      edits: { 'summary.sv': script },
    });
    expect(saved.status).toBe(200);
    const reread = (await client.request('GET', `/admin/api/file?path=${DENTAL}`)).json;
    expect(reread.data.summary.sv).toBe(script);
    await client.request('POST', '/admin/api/revert', {
      id: (await client.request('GET', `/admin/api/history?path=${DENTAL}`)).json[0].id,
    });
  });
});

describe('hostile content', () => {
  /** Nine lines that expand to 9^9 strings when aliases are followed. */
  const bomb = [
    'id: dental-care',
    'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
    ...'bcdefghi'
      .split('')
      .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
  ].join('\n');

  it('answers an alias bomb in preview and save with 422 and a located problem', async () => {
    const client = await loggedIn();
    const file = (await client.request('GET', `/admin/api/file?path=${DENTAL}`)).json;
    for (const [method, url] of [
      ['POST', '/admin/api/preview'],
      ['PUT', '/admin/api/file'],
    ] as const) {
      const res = await client.request(method, url, { path: DENTAL, etag: file.etag, text: bomb });
      expect(res.status, `${method} ${url}`).toBe(422);
      expect(res.json.problems).toContainEqual(
        expect.objectContaining({
          file: DENTAL,
          line: expect.any(Number),
          message: expect.stringMatching(/alias bomb/),
        }),
      );
    }
    // Form edits on top of a bomb (a new file's base) are refused the same way, not with a 500.
    const edits = await client.request('PUT', '/admin/api/file', {
      path: 'services/new-bomb.yaml',
      etag: null,
      base: bomb.replace('dental-care', 'new-bomb'),
      edits: { 'name.fi': 'x' },
    });
    expect(edits.status).toBeGreaterThanOrEqual(400);
    expect(edits.status).toBeLessThan(500);
    expect(await readFile(path.join(admin.contentDir, DENTAL), 'utf8')).toBe(file.text);
    expect(await topResult('hammaslääkäri')).toBe('dental-care');
  });

  it('refuses a javascript: channel url, naming the field', async () => {
    const client = await loggedIn();
    const file = (await client.request('GET', `/admin/api/file?path=${DENTAL}`)).json;
    const res = await client.request('PUT', '/admin/api/file', {
      path: DENTAL,
      etag: file.etag,
      edits: { 'channels.0.url': 'javascript:alert(document.cookie)' },
    });
    expect(res.status).toBe(422);
    expect(res.json.problems).toContainEqual(
      expect.objectContaining({
        field: 'channels.0.url',
        message: expect.stringMatching(/https:/),
      }),
    );
  });

  it('answers a 256-character id with 400 and what an id looks like', async () => {
    const client = await loggedIn();
    const id = 'a'.repeat(256);
    const scaffold = await client.request('GET', `/admin/api/scaffold?id=${id}`);
    expect(scaffold.status).toBe(400);
    expect(scaffold.json.error.message).toMatch(/at most \d+ characters/);
    const save = await client.request('PUT', '/admin/api/file', {
      path: `services/${id}.yaml`,
      etag: null,
      text: `id: ${id}\n`,
    });
    expect(save.status).toBe(400);
    const read = await client.request('GET', `/admin/api/file?path=services/${id}.yaml`);
    expect(read.status).toBe(400);
  });
});

describe('insight from residents', () => {
  it('groups questions, resolves a group by adding phrasings (live at once) and exports CSV', async () => {
    const client = await loggedIn();
    const at = new Date().toISOString();
    for (const text of ['tandblekning pris', 'pris på tandblekning', 'tandblekning pris?'])
      await admin.insight.record({ kind: 'unanswered', lang: 'sv', text, at });
    await admin.insight.record({ kind: 'unanswered', lang: 'fi', text: '=HYPERLINK("x")', at });
    const groups = (await client.request('GET', '/admin/api/insight')).json;
    const group = groups.find((g: { lang: string }) => g.lang === 'sv');
    expect(group).toMatchObject({ kind: 'unanswered', count: 3 });

    const csv = await client.request('GET', '/admin/api/insight.csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.text).toContain(`"'=HYPERLINK(""x"")"`);

    const resolved = await client.request('POST', '/admin/api/insight/resolve', {
      id: group.id,
      addToService: 'dental-care',
      note: 'whitening',
    });
    expect(resolved.status).toBe(200);
    const file = (await client.request('GET', `/admin/api/file?path=${DENTAL}`)).json;
    expect(file.data.phrasings.sv).toContain('tandblekning pris');
    expect(await topResult('tandblekning')).toBe('dental-care');
    const after = (await client.request('GET', '/admin/api/insight')).json;
    expect(after.find((g: { id: string }) => g.id === group.id).resolved).toMatchObject({
      by: 'anna',
      note: expect.stringContaining('dental-care'),
    });
  });
});

describe('new service', () => {
  it('creates a service from the scaffold and publishes it', async () => {
    const client = await loggedIn();
    const scaffold = await client.request('GET', '/admin/api/scaffold?id=mushroom-advice');
    expect(scaffold.status).toBe(200);
    const t = (fi: string, sv: string, en: string) => ({ fi, sv, en });
    const edits = {
      name: t('Sienineuvonta', 'Svamprådgivning', 'Mushroom advice'),
      summary: t('Sienten tunnistusneuvontaa.', 'Rådgivning om svampar.', 'Advice on mushrooms.'),
      description: t('Sienineuvoja kertoo.', 'Svamprådgivaren berättar.', 'The adviser tells.'),
      'audience.text': t('Kaikki.', 'Alla.', 'Everyone.'),
      instructions: t('Tule paikalle.', 'Kom på plats.', 'Come in person.'),
      'phrasings.fi': ['sienineuvonta'],
      'phrasings.sv': ['svamprådgivning'],
      'phrasings.en': ['mushroom advice'],
    };
    const saved = await client.request('PUT', '/admin/api/file', {
      path: scaffold.json.path,
      etag: null,
      base: scaffold.json.text,
      edits,
    });
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    expect(await topResult('svamprådgivning')).toBe('mushroom-advice');
    expect((await client.request('GET', '/admin/api/scaffold?id=mushroom-advice')).status).toBe(
      409,
    );
  });
});

describe('login rate limit', () => {
  it('answers 429 with Retry-After once the burst of wrong passwords is spent', async () => {
    // A frozen clock: on a loaded machine each scrypt check is slow enough for the
    // bucket to refill between attempts, so a real clock never showed the 429.
    const own = await startAdmin(
      {},
      { admin: { createLimiter: (limit) => createRateLimiter(limit, { now: () => 0 }) } },
    );
    try {
      const client = new Client(own.url);
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++)
        statuses.push((await client.login('anna', 'wrong guess!!')).status);
      expect(statuses).toEqual(Array(20).fill(401));
      const limited = await client.login();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await own.close();
    }
  }, 60_000);
});

describe('unknown editor files', () => {
  // Names of Object.prototype members once reached the file tables' prototypes and gave 500.
  it.each(['toString', '__proto__', 'constructor', 'valueOf'])(
    '/admin/%s is a 404, logged in or not',
    async (name) => {
      for (const client of [new Client(admin.url), await loggedIn()]) {
        const res = await client.request('GET', `/admin/${name}`);
        expect(res.status, name).toBe(404);
        expect(res.json.error.code).toBe('NotFound');
      }
    },
  );
});
