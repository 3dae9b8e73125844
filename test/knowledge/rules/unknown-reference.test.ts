import { describe, expect, it } from 'vitest';
import { unknownReference } from '../../../knowledge/rules/unknown-reference';
import {
  fakeEmergency,
  fakeKnowledgeBase,
  fakeMunicipality,
  fakePath,
  fakeSituation,
  fakeSegments,
  fakeService,
  fakeServicePoint,
  fakeStep,
  text,
} from '../../factories/knowledge';

const check = (kb = fakeKnowledgeBase()) => unknownReference.check(kb, { today: '2026-11-24' });

describe('unknown-reference', () => {
  it('finds nothing in a consistent knowledge base', () => {
    expect(check()).toEqual([]);
  });

  it('reports a path step naming a missing service, with a suggestion', () => {
    const kb = fakeKnowledgeBase({
      paths: [fakePath({ steps: [fakeStep(), fakeStep({ service: 'fake-servce' })] })],
    });
    expect(check(kb)).toEqual([
      expect.objectContaining({
        severity: 'error',
        entity: 'path:fake-path',
        field: 'steps.1.service',
        message: "unknown service 'fake-servce'; did you mean 'fake-service'?",
      }),
    ]);
  });

  it('reports unknown life stages, need profiles and municipalities of a service', () => {
    const kb = fakeKnowledgeBase({
      services: [
        fakeService({
          audience: {
            lifeStages: ['families', 'pensioners'],
            needProfiles: ['lots'],
            text: text('x'),
          },
          municipalities: ['espoo', 'turku'],
        }),
      ],
      paths: [],
    });
    const ofService = check(kb).filter((p) => p.entity === 'service:fake-service');
    expect(ofService.map((p) => p.field)).toEqual([
      'audience.lifeStages.1',
      'audience.needProfiles.0',
      'municipalities.1',
    ]);
  });

  it('reports segments, service points and red flags pointing nowhere', () => {
    const [first, ...rest] = fakeSegments();
    const kb = fakeKnowledgeBase({
      segments: [{ ...first!, lifeStage: 'babies' }, ...rest],
      municipalities: [
        fakeMunicipality({ servicePoints: [fakeServicePoint({ services: ['nope'] })] }),
      ],
      emergency: fakeEmergency({
        situations: [fakeSituation({ service: 'ghost', numbers: ['999'] })],
      }),
    });
    expect(check(kb).map((p) => [p.entity, p.field])).toEqual([
      ['segments', 'segments.0.lifeStage'],
      ['municipalities', 'municipalities.0.servicePoints.0.services.0'],
      ['situation:chest-pain', 'service'],
      ['situation:chest-pain', 'numbers.0'],
    ]);
  });
});
