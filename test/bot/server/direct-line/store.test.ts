import { describe, expect, it } from 'vitest';
import {
  MemoryDirectLineStore as DirectLineStore,
  MAX_TOKENS_PER_CONVERSATION,
} from '../../../../bot/server/direct-line/store';

describe('DirectLineStore keeps memory bounded', () => {
  it('drops the least recently used conversation when full', () => {
    const store = new DirectLineStore({ maxConversations: 3 });
    const [a, b, c] = [
      store.createConversation(),
      store.createConversation(),
      store.createConversation(),
    ];
    const tokenA = store.issueToken(a.id);
    expect(store.resolveToken(tokenA).ok).toBe(true); // a is now the most recently used
    store.createConversation();
    expect(store.size).toBe(3);
    expect(store.getConversation(b.id)).toBeUndefined();
    expect(store.getConversation(a.id)).toBeDefined();
    expect(store.getConversation(c.id)).toBeDefined();
  });

  it('trims old activities but keeps watermarks meaningful', () => {
    const store = new DirectLineStore({ maxActivitiesPerConversation: 3 });
    const conversation = store.createConversation();
    for (const text of ['1', '2', '3', '4', '5'])
      store.append(conversation, { type: 'message', text });
    const all = store.activitiesSince(conversation, undefined);
    expect(all.activities.map((a) => a.text)).toEqual(['3', '4', '5']);
    expect(all.watermark).toBe('5');
    expect(store.activitiesSince(conversation, 3).activities.map((a) => a.text)).toEqual([
      '4',
      '5',
    ]);
    expect(store.activitiesSince(conversation, 0).activities.map((a) => a.text)).toEqual([
      '3',
      '4',
      '5',
    ]);
    expect(store.activitiesSince(conversation, 5).activities).toEqual([]);
  });

  it('gives every activity a unique id and a timestamp', () => {
    const store = new DirectLineStore();
    const conversation = store.createConversation();
    const ids = ['a', 'b'].map((text) => store.append(conversation, { type: 'message', text }));
    expect(new Set(ids).size).toBe(2);
    expect(conversation.activities.every((a) => a.timestamp instanceof Date)).toBe(true);
  });

  it('issues distinct, long random tokens and ids', () => {
    const store = new DirectLineStore();
    const conversation = store.createConversation();
    const tokens = new Set(Array.from({ length: 100 }, () => store.issueToken(conversation.id)));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token.length).toBeGreaterThanOrEqual(43);
    expect(conversation.id.length).toBeGreaterThanOrEqual(24);
  });

  it('refreshing in a loop revokes the oldest tokens instead of piling them up', () => {
    const store = new DirectLineStore();
    const conversation = store.createConversation();
    const tokens = Array.from({ length: 10 }, () => store.issueToken(conversation.id));
    const live = tokens.filter((token) => store.resolveToken(token).ok);
    expect(live).toEqual(tokens.slice(-MAX_TOKENS_PER_CONVERSATION));
  });

  it('reports every conversation that ends, by expiry or eviction; its tokens then say it ended', () => {
    let now = 0;
    const ended: string[] = [];
    const store = new DirectLineStore(
      { maxConversations: 2, conversationIdleMs: 1000 },
      () => now,
      (id) => ended.push(id),
    );
    const a = store.createConversation();
    const tokenA = store.issueToken(a.id);
    const b = store.createConversation();
    store.createConversation(); // evicts a
    expect(ended).toEqual([a.id]);
    expect(store.resolveToken(tokenA)).toMatchObject({ ok: false, status: 404 });
    now = 2000;
    store.sweep();
    expect(ended).toContain(b.id);
    expect(store.size).toBe(0);
  });
});

describe('DirectLineStore keeps bytes bounded', () => {
  const big = (kb: number) => 'x'.repeat(kb * 1024);

  it('cuts one oversized activity down to its byte bound, keeping what a client shows', () => {
    const store = new DirectLineStore({ maxActivityBytes: 4096 });
    const conversation = store.createConversation();
    store.append(conversation, {
      type: 'message',
      text: big(50),
      from: { id: 'bot', role: 'bot' } as never,
      attachments: [{ contentType: 'x', content: big(50) }],
    });
    const [stored] = store.activitiesSince(conversation, undefined).activities;
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(4096);
    expect(stored).toMatchObject({ type: 'message', from: { id: 'bot' } });
    expect(stored?.text?.length).toBeGreaterThan(1000);
    expect(stored?.attachments).toBeUndefined();
  });

  it('drops the oldest activities past the per-conversation budget; watermarks only grow', () => {
    const store = new DirectLineStore({ maxConversationBytes: 20 * 1024 });
    const conversation = store.createConversation();
    const watermarks: number[] = [];
    for (let i = 0; i < 30; i++) {
      store.append(conversation, { type: 'message', text: `${i} ${big(3)}` });
      watermarks.push(Number(store.activitiesSince(conversation, undefined).watermark));
    }
    const page = store.activitiesSince(conversation, 0);
    const bytes = page.activities.reduce((sum, a) => sum + JSON.stringify(a).length, 0);
    expect(bytes).toBeLessThanOrEqual(20 * 1024);
    expect(page.activities.at(-1)?.text).toMatch(/^29 /);
    expect(page.activities.length).toBeLessThan(30);
    expect(watermarks).toEqual([...watermarks].sort((a, b) => a - b));
    expect(new Set(watermarks).size).toBe(30);
    expect(store.activitiesSince(conversation, 30).activities).toEqual([]);
  });

  it('ends the least recently active conversations when all streams pass the store budget', () => {
    const ended: string[] = [];
    const store = new DirectLineStore(
      { maxStoreBytes: 100 * 1024, maxConversationBytes: 64 * 1024 },
      Date.now,
      (id) => ended.push(id),
    );
    const quiet = store.createConversation();
    store.append(quiet, { type: 'message', text: 'hei' });
    const active = store.createConversation();
    store.append(active, { type: 'message', text: 'moi' });
    const activeToken = store.issueToken(active.id);
    const flooders = Array.from({ length: 5 }, () => store.createConversation());
    for (let round = 0; round < 20; round++) {
      for (const flooder of flooders) {
        store.append(flooder, { type: 'typing', text: big(4) });
        store.resolveToken(activeToken); // the resident's client polls more often than each flooder posts
      }
      store.append(active, { type: 'message', text: 'still here' });
      expect(store.bytes).toBeLessThanOrEqual(100 * 1024);
    }
    expect(ended[0]).toBe(quiet.id);
    expect(ended.length).toBeGreaterThan(1);
    expect(ended).not.toContain(active.id);
    expect(store.activitiesSince(active, undefined).activities.at(-1)?.text).toBe('still here');
  });
});
