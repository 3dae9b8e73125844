import { describe, expect, it } from 'vitest';
import { pathStepAudience } from '../../../knowledge/rules/path-step-audience';
import {
  fakeEmergencyService,
  fakeKnowledgeBase,
  fakePath,
  fakeService,
  fakeStep,
  text,
} from '../../factories/knowledge';

const kb = (pathStages: 'all' | string[]) =>
  fakeKnowledgeBase({
    services: [
      fakeService({ id: 'child-clinic', audience: { lifeStages: ['families'], text: text('x') } }),
      fakeService({ id: 'guidance' }),
      fakeEmergencyService(),
    ],
    paths: [
      fakePath({
        lifeStages: pathStages,
        steps: [fakeStep({ service: 'guidance' }), fakeStep({ service: 'child-clinic' })],
      }),
    ],
  });

describe('path-step-audience', () => {
  it('warns about a step whose service is for other life stages', () => {
    expect(pathStepAudience.check(kb(['older-people']), { today: '2026-11-24' })).toEqual([
      expect.objectContaining({
        severity: 'warning',
        entity: 'path:fake-path',
        field: 'steps.1.service',
        message: "'child-clinic' is for families, not for this path's older-people",
      }),
    ]);
  });

  it('accepts overlapping life stages and paths or services for everyone', () => {
    expect(
      pathStepAudience.check(kb(['families', 'older-people']), { today: '2026-11-24' }),
    ).toEqual([]);
    expect(pathStepAudience.check(kb('all'), { today: '2026-11-24' })).toEqual([]);
  });
});
