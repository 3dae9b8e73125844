import { describe, expect, it } from 'vitest';
import { channelPhone } from '../../../knowledge/rules/channel-phone';
import { fakeChannel, fakeKnowledgeBase, fakeService } from '../../factories/knowledge';

const check = (phone: string) =>
  channelPhone.check(
    fakeKnowledgeBase({
      services: [
        fakeService({ channels: [fakeChannel(), fakeChannel({ kind: 'digital-contact', phone })] }),
      ],
      paths: [],
    }),
    { today: '2026-11-24' },
  );

describe('channel-phone', () => {
  it('accepts a national number, however it is spaced', () => {
    expect(check('116 117')).toEqual([]);
  });

  it('rejects a local number on a service channel', () => {
    expect(check('09 816 3000')).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'channels.1.phone',
        entity: 'service:fake-service',
      }),
    ]);
  });
});
