import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InsightEntry } from '../../../../bot/insight/insight-store';
import { PostgresInsightResolutions } from '../../../../bot/storage/postgres/insight-resolutions';
import { PostgresInsightStore } from '../../../../bot/storage/postgres/insight-store';
import { migrate } from '../../../../bot/storage/postgres/migrate';
import { usePostgres } from '../../../support/postgres';

const pgServer = usePostgres();
const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2031-03-15T12:00:00Z');

const entry = (overrides: Partial<InsightEntry> = {}): InsightEntry => ({
  kind: 'unanswered',
  lang: 'fi',
  text: 'missä on neuvola',
  at: NOW.toISOString(),
  ...overrides,
});

describe.skipIf(!pgServer.ok)(pgServer.named('PostgresInsightStore'), () => {
  let pools: pg.Pool[];

  beforeEach(async () => {
    const url = await pgServer.newDatabase();
    pools = [new pg.Pool({ connectionString: url }), new pg.Pool({ connectionString: url })];
    await migrate(pools[0]!);
  });

  afterEach(() => Promise.all(pools.map((p) => p.end())));

  const instance = (i: number, options = {}) =>
    new PostgresInsightStore(pools[i]!, { now: () => NOW, ...options });

  it('shows on each instance what residents asked on both, oldest first', async () => {
    const [a, b] = [instance(0), instance(1)];
    await a.record(entry({ text: 'asked on A', at: new Date(NOW.getTime() - 2000).toISOString() }));
    await b.record(
      entry({ kind: 'not-helpful', lang: 'sv', text: 'asked on B', serviceId: 'dental-care' }),
    );
    const expected = [
      {
        kind: 'unanswered',
        lang: 'fi',
        text: 'asked on A',
        at: new Date(NOW.getTime() - 2000).toISOString(),
      },
      {
        kind: 'not-helpful',
        lang: 'sv',
        text: 'asked on B',
        serviceId: 'dental-care',
        at: NOW.toISOString(),
      },
    ];
    expect(await a.list()).toEqual(expected);
    expect(await b.list()).toEqual(expected);
  });

  it('stores no identity code, phone number or email, and no field beyond the known ones', async () => {
    const store = instance(0);
    await store.record({
      ...entry({ text: 'hetu 010203A123B, soita 040 123 4567 tai anna@example.fi' }),
      conversationId: 'secret-conversation',
    } as InsightEntry);
    const raw = await pools[0]!.query('SELECT * FROM insight_entry');
    const stored = JSON.stringify(raw.rows);
    expect(stored).not.toMatch(/010203A123B|040 123 4567|anna@example\.fi|secret-conversation/);
    const [listed] = await store.list();
    expect(Object.keys(listed!).sort()).toEqual(['at', 'kind', 'lang', 'text']);
  });

  it('bounds one entry and keeps a question whose time is unreadable', async () => {
    const store = instance(0);
    await store.record(entry({ text: 'x'.repeat(5000), at: 'not a time' }));
    const [listed] = await store.list();
    expect(listed!.text.length).toBeLessThanOrEqual(1000);
    expect(listed!.at).toBe(NOW.toISOString());
  });

  it('forgets entries older than the retention period, and keeps at most maxEntries', async () => {
    const store = instance(0, { retentionDays: 30, maxEntries: 3 });
    await store.record(
      entry({ text: 'old', at: new Date(NOW.getTime() - 31 * DAY).toISOString() }),
    );
    for (const n of [1, 2, 3, 4])
      await store.record(
        entry({ text: `recent ${n}`, at: new Date(NOW.getTime() - n * DAY).toISOString() }),
      );
    // Past retention is hidden at once, and deleted by prune().
    expect((await store.list()).map((e) => e.text)).not.toContain('old');
    expect(await store.prune()).toBe(2);
    const left = await pools[0]!.query<{ text: string }>(
      'SELECT text FROM insight_entry ORDER BY seq',
    );
    expect(left.rows.map((r) => r.text)).toEqual(['recent 2', 'recent 3', 'recent 4']);
  });

  it('counts the same question from either instance instead of keeping copies; retention counts from the last time', async () => {
    const [a, b] = [instance(0, { retentionDays: 30 }), instance(1, { retentionDays: 30 })];
    const first = new Date(NOW.getTime() - 40 * DAY).toISOString();
    await a.record(entry({ text: 'Missä on neuvola?', at: first }));
    await b.record(entry({ text: 'missä on NEUVOLA', at: NOW.toISOString() }));
    await b.record(entry({ text: 'missä on neuvola', lang: 'sv', at: NOW.toISOString() }));
    expect(await a.list()).toEqual([
      { kind: 'unanswered', lang: 'fi', text: 'Missä on neuvola?', at: first, count: 2 },
      { kind: 'unanswered', lang: 'sv', text: 'missä on neuvola', at: NOW.toISOString() },
    ]);
    // First asked 40 days ago, but asked again today: kept.
    expect(await a.prune()).toBe(0);
    expect(await b.list()).toHaveLength(2);
  });

  it('shares resolved marks between instances; the newest mark of a group wins', async () => {
    const [a, b] = [
      new PostgresInsightResolutions(pools[0]!),
      new PostgresInsightResolutions(pools[1]!),
    ];
    await a.add({ id: 'g1', by: 'anna', at: NOW.toISOString(), note: 'first' });
    await b.add({
      id: 'g1',
      by: 'ben',
      at: new Date(NOW.getTime() + 1000).toISOString(),
      note: 'second',
    });
    expect((await a.all()).get('g1')).toEqual({
      id: 'g1',
      by: 'ben',
      at: new Date(NOW.getTime() + 1000).toISOString(),
      note: 'second',
    });
  });
});
