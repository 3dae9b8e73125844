import { describe, expect, it } from 'vitest';
import {
  activityBytes,
  boundActivity,
  echoOfClientActivity,
  oldestToDrop,
} from '../../../../bot/server/direct-line/stored-activity';

describe('echoOfClientActivity keeps only what clients use', () => {
  it.each(['typing', 'event', 'message'])(
    'a %s activity with 60 kB of channelData and value is stored in under 1 kB',
    (type) => {
      const junk = 'x'.repeat(60 * 1024);
      const echo = echoOfClientActivity(
        {
          type,
          name: type === 'event' ? 'webchat/join' : undefined,
          from: { id: 'u', role: 'user' } as never,
          channelData: { clientActivityID: 'c-1', junk },
          value: { junk },
          entities: [{ type: 'x', junk }],
        },
        (text) => text,
      );
      expect(activityBytes(echo)).toBeLessThan(1024);
      expect(echo.channelData).toEqual({ clientActivityID: 'c-1' });
      expect(echo).not.toHaveProperty('value');
      expect(echo).not.toHaveProperty('entities');
    },
  );
});

describe('boundActivity', () => {
  it.each([
    ['ASCII text', 'a'],
    ['Finnish letters', 'ä'],
    ['emoji', '😀'],
    ['control characters', '\u0001'],
  ])('cuts %s to the bound', (_what, char) => {
    const activity = { type: 'message', id: 'c|0000001', text: char.repeat(20_000) };
    const bounded = boundActivity(activity, 2048);
    expect(activityBytes(bounded)).toBeLessThanOrEqual(2048);
    expect(bounded.text?.length).toBeGreaterThan(100);
    expect(bounded.id).toBe('c|0000001');
  });

  it('returns a small activity unchanged', () => {
    const activity = { type: 'message', text: 'hei' };
    expect(boundActivity(activity, 2048)).toBe(activity);
  });
});

describe('oldestToDrop', () => {
  it.each([
    [[10, 10, 10], 5, 100, 0],
    [[10, 10, 10], 2, 100, 1],
    [[40, 40, 40], 5, 100, 1],
    [[40, 40, 40], 5, 50, 2],
    [[500], 5, 100, 0], // the newest always stays
    [[], 5, 100, 0],
  ])(
    'sizes %j, at most %i activities and %i bytes → drop %i',
    (sizes, maxActivities, maxBytes, drop) => {
      expect(oldestToDrop(sizes, { maxActivities, maxBytes })).toBe(drop);
    },
  );
});
