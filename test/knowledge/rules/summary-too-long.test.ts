import { describe, expect, it } from 'vitest';
import { summaryTooLong } from '../../../knowledge/rules/summary-too-long';
import { fakeKnowledgeBase, fakeService, text } from '../../factories/knowledge';

const check = (summary: ReturnType<typeof text>) =>
  summaryTooLong.check(fakeKnowledgeBase({ services: [fakeService({ summary })], paths: [] }), {
    today: '2026-11-24',
  });

describe('summary-too-long', () => {
  it('accepts exactly 150 characters, counting ä and ö as one', () => {
    expect(check(text('ä'.repeat(150), 'ö'.repeat(150), 'a'.repeat(150)))).toEqual([]);
  });

  it('reports a 151-character summary in the language that is too long', () => {
    expect(check(text('Lyhyt', 'x'.repeat(151), 'Short'))).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'summary.sv',
        message: expect.stringContaining('151 characters; the limit is 150'),
      }),
    ]);
  });
});
