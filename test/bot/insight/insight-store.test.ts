import { describe, expect, it } from 'vitest';
import { MemoryInsightStore } from '../../../bot/insight/insight-store';

describe('MemoryInsightStore', () => {
  it('lists entries oldest first, without fields it was not given', async () => {
    const store = new MemoryInsightStore();
    await store.record({
      kind: 'unanswered',
      lang: 'fi',
      text: 'koiran rokotus',
      at: '2026-11-24T10:00:00Z',
    });
    await store.record({
      kind: 'helpful',
      lang: 'sv',
      text: 'tandvärk',
      serviceId: 'dental-care',
      at: '2026-11-24T10:01:00Z',
    });
    expect(await store.list()).toEqual([
      { kind: 'unanswered', lang: 'fi', text: 'koiran rokotus', at: '2026-11-24T10:00:00Z' },
      {
        kind: 'helpful',
        lang: 'sv',
        text: 'tandvärk',
        serviceId: 'dental-care',
        at: '2026-11-24T10:01:00Z',
      },
    ]);
  });

  it('redacts again on the way in and keeps no extra fields such as a user id', async () => {
    const store = new MemoryInsightStore();
    const sneaky = {
      kind: 'unanswered',
      lang: 'en',
      text: 'my id 131052-308T',
      at: 'x',
      userId: 'u1',
    };
    await store.record(sneaky as never);
    const [entry] = await store.list();
    expect(JSON.stringify(entry)).not.toContain('131052-308T');
    expect(entry).not.toHaveProperty('userId');
  });

  it('keeps only the newest entries beyond its limit', async () => {
    const store = new MemoryInsightStore({ limit: 2 });
    for (const text of ['a', 'b', 'c'])
      await store.record({ kind: 'unanswered', lang: 'fi', text, at: 'x' });
    expect((await store.list()).map((e) => e.text)).toEqual(['b', 'c']);
  });

  it.each([
    [['koiran rokotus', 'Koiran  rokotus?', 'KOIRAN ROKOTUS', 'koiran rokotus!'], 1, 4],
    [['koiran rokotus', 'kissan rokotus'], 2, 1],
    [['hetu 131052-308T koira', 'hetu 010594Y9032 koira'], 1, 2],
  ])(
    'counts repeats of the same question instead of storing copies: %j',
    async (texts, entries, count) => {
      const store = new MemoryInsightStore();
      for (const text of texts)
        await store.record({ kind: 'unanswered', lang: 'fi', text, at: 'x' });
      const list = await store.list();
      expect(list).toHaveLength(entries);
      expect(list[0]?.count ?? 1).toBe(count);
    },
  );
});
