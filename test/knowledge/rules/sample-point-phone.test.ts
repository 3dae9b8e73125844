import { describe, expect, it } from 'vitest';
import { samplePointPhone } from '../../../knowledge/rules/sample-point-phone';
import { fakeKnowledgeBase, fakeMunicipality, fakeServicePoint } from '../../factories/knowledge';

const check = (sample: boolean, phone?: string) =>
  samplePointPhone.check(
    fakeKnowledgeBase({
      municipalities: [fakeMunicipality({ servicePoints: [fakeServicePoint({ sample, phone })] })],
    }),
    { today: '2026-11-24' },
  );

describe('sample-point-phone', () => {
  it('rejects a real-looking number on a sample point', () => {
    expect(check(true, '019 123 4567')).toEqual([
      expect.objectContaining({
        field: 'municipalities.0.servicePoints.0.phone',
        severity: 'error',
      }),
    ]);
  });

  it('accepts no phone, a national number, or a real point with its own number', () => {
    expect([...check(true), ...check(true, '116117'), ...check(false, '019 123 4567')]).toEqual([]);
  });
});
