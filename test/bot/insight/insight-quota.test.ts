import { describe, expect, it } from 'vitest';
import { createInsightQuota, hashAddress } from '../../../bot/insight/insight-quota';

describe('InsightQuota caps records per conversation and per address', () => {
  it.each([
    ['one conversation', () => ({ conversationId: 'c1', addressHash: hashAddress('10.0.0.1') }), 3],
    [
      'one address over many conversations',
      (i: number) => ({ conversationId: `c${i}`, addressHash: hashAddress('10.0.0.2') }),
      5,
    ],
    [
      'many conversations and addresses',
      (i: number) => ({ conversationId: `c${i}`, addressHash: hashAddress(`10.0.1.${i}`) }),
      40,
    ],
  ])('%s: %i of 40 records allowed', (_what, source, allowed) => {
    const quota = createInsightQuota({ perConversation: 3, perAddress: 5 });
    const results = Array.from({ length: 40 }, (_, i) => quota.take(source(i)));
    expect(results.filter(Boolean)).toHaveLength(allowed);
  });

  it('allows again after the window', () => {
    let now = 0;
    const quota = createInsightQuota({ perConversation: 1, windowMs: 1000 }, () => now);
    expect(quota.take({ conversationId: 'c' })).toBe(true);
    expect(quota.take({ conversationId: 'c' })).toBe(false);
    now = 1000;
    expect(quota.take({ conversationId: 'c' })).toBe(true);
  });

  it('hashes addresses: no IP in the hash, the same IP gives the same hash', () => {
    expect(hashAddress('192.168.1.20')).not.toContain('192');
    expect(hashAddress('192.168.1.20')).toBe(hashAddress('192.168.1.20'));
    expect(hashAddress('192.168.1.20')).not.toBe(hashAddress('192.168.1.21'));
  });
});
