import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finnishHolidays } from '../../../knowledge/hours/finnish-holidays';
import { presentService } from '../../../knowledge/present';
import { Client, startAdmin } from './admin-harness';

let admin: Awaited<ReturnType<typeof startAdmin>>;
const DENTAL = 'services/dental-care.yaml';
const VISIT = 2; // dental-care.yaml: self-service, digital contact, visit
// Thursday 7 January 2027, 10:00 in Helsinki: an ordinary working day.
const DAY = new Date('2027-01-07T08:00:00Z');

beforeAll(async () => {
  admin = await startAdmin();
}, 60_000);
afterAll(() => admin.close());

async function loggedIn(): Promise<Client> {
  const client = new Client(admin.url);
  expect((await client.login()).status).toBe(200);
  return client;
}

function visitStatus(lang: 'fi' | 'sv' | 'en' = 'fi') {
  const { kb } = admin.live.current();
  const service = kb.services.find((s) => s.id === 'dental-care')!;
  const view = presentService(service, { kb, lang, now: DAY, holidays: finnishHolidays() });
  return view.channels.find((c) => c.kind === 'visit')?.status;
}

describe('POST /admin/api/closure', () => {
  it('adds a one-off closure that residents see at once, with its note', async () => {
    expect(visitStatus()?.state).toBe('open');
    const client = await loggedIn();
    const res = await client.request('POST', '/admin/api/closure', {
      path: DENTAL,
      channel: VISIT,
      validFrom: '2027-01-07',
      note: { fi: 'Henkilöstökoulutus', sv: 'Personalutbildning', en: 'Staff training' },
    });
    expect(res.status).toBe(200);
    expect(visitStatus()).toMatchObject({ state: 'closed', reason: 'Henkilöstökoulutus' });
    expect(visitStatus('en')?.text).toMatch(/^closed \(Staff training\), opens tomorrow at 8:00/);
    const file = await readFile(path.join(admin.contentDir, DENTAL), 'utf8');
    expect(file).toContain('exceptionalHours');
    const history = (await client.request('GET', `/admin/api/history?path=${DENTAL}`)).json;
    expect(history[0].author).toBe('anna');
    await client.request('POST', '/admin/api/revert', { id: history[0].id });
    expect(visitStatus()?.state).toBe('open');
  });

  it('closes a service point in municipalities.yaml', async () => {
    const client = await loggedIn();
    const res = await client.request('POST', '/admin/api/closure', {
      path: 'municipalities.yaml',
      point: 'lohja-sample-wellbeing-centre',
      validFrom: '2027-01-07',
      validTo: '2027-01-08',
    });
    expect(res.status).toBe(200);
    const lohja = admin.live.current().kb.municipalities.find((m) => m.id === 'lohja');
    const point = lohja?.servicePoints.find((p) => p.id === 'lohja-sample-wellbeing-centre');
    expect(point?.exceptionalHours).toEqual([
      { validFrom: '2027-01-07', validTo: '2027-01-08', isClosed: true },
    ]);
    const history = (await client.request('GET', '/admin/api/history?path=municipalities.yaml'))
      .json;
    await client.request('POST', '/admin/api/revert', { id: history[0].id });
  });

  it.each([
    [{ path: DENTAL, channel: VISIT, validFrom: '7.1.2027' }, /validFrom/],
    [{ path: DENTAL, channel: VISIT, validFrom: '2027-01-07', validTo: '2027-01-01' }, /before/],
    [{ path: DENTAL, channel: VISIT, validFrom: '2027-01-01', validTo: '2029-01-01' }, /at most/],
    [{ path: DENTAL, channel: 99, validFrom: '2027-01-07' }, /channel 99/],
    [{ path: DENTAL, validFrom: '2027-01-07' }, /channel/],
    [{ path: 'municipalities.yaml', point: 'nowhere', validFrom: '2027-01-07' }, /nowhere/],
    [{ path: 'segments.yaml', validFrom: '2027-01-07' }, /channel or a service point/],
    [{ path: '../etc/passwd', channel: 0, validFrom: '2027-01-07' }, /./],
    [
      { path: DENTAL, channel: VISIT, validFrom: '2027-01-07', note: { fi: 'x'.repeat(301) } },
      /note/,
    ],
  ])('refuses %j with a clear 400 and changes nothing', async (body, message) => {
    const client = await loggedIn();
    const before = await readFile(path.join(admin.contentDir, DENTAL), 'utf8');
    const res = await client.request('POST', '/admin/api/closure', body);
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(message);
    expect(await readFile(path.join(admin.contentDir, DENTAL), 'utf8')).toBe(before);
  });

  it('needs a login', async () => {
    const anon = new Client(admin.url);
    const body = { path: DENTAL, channel: VISIT, validFrom: '2027-01-07' };
    expect((await anon.request('POST', '/admin/api/closure', body)).status).toBe(401);
  });
});

describe('POST /admin/api/preview', () => {
  it('returns the core view model of the top result with the card built from it', async () => {
    const client = await loggedIn();
    const res = await client.request('POST', '/admin/api/preview', {
      path: DENTAL,
      edits: { 'summary.sv': '' },
      q: 'tandvärk',
    });
    expect(res.status).toBe(200);
    const { view, card } = res.json.search;
    expect(view.id).toBe('dental-care');
    // The Swedish summary was emptied: the preview shows the Finnish one, marked.
    expect(view.summary).toMatchObject({ lang: 'fi', marker: '(på finska)' });
    expect(card.subtitle).toBe(`${view.summary.text} (på finska)`);
    expect(view.channels[0].kind).toBe('digital-self-service');
  });
});
