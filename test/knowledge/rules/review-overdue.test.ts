import { describe, expect, it } from 'vitest';
import { reviewOverdue } from '../../../knowledge/rules/review-overdue';
import { fakeKnowledgeBase, fakePath, fakeService } from '../../factories/knowledge';

const check = (reviewedAt: string) =>
  reviewOverdue.check(
    fakeKnowledgeBase({
      services: [fakeService({ reviewedAt })],
      paths: [fakePath({ reviewedAt: '2026-11-01' })],
    }),
    { today: '2026-11-24' },
  );

describe('review-overdue', () => {
  it('accepts content reviewed exactly 12 months ago', () => {
    expect(check('2025-11-24')).toEqual([]);
  });

  it('warns about content reviewed more than 12 months ago', () => {
    expect(check('2025-11-23')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        entity: 'service:fake-service',
        field: 'reviewedAt',
      }),
    ]);
  });

  it('warns about a review date in the future', () => {
    expect(check('2027-01-01')).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('future') }),
    ]);
  });
});
