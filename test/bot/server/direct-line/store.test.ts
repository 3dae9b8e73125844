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
