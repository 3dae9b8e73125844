import { describe, expect, it } from 'vitest';
import { duplicateId } from '../../../knowledge/rules/duplicate-id';
import {
  fakeEmergency,
  fakeKnowledgeBase,
  fakeMunicipality,
  fakeNumber,
  fakePath,
  fakeSituation,
  fakeService,
  fakeServicePoint,
} from '../../factories/knowledge';

const check = (kb: ReturnType<typeof fakeKnowledgeBase>) =>
  duplicateId.check(kb, { today: '2026-11-24' });

describe('duplicate-id', () => {
  it('finds nothing when ids are unique', () => {
    expect(check(fakeKnowledgeBase())).toEqual([]);
  });

  it('reports the second service and path with the same id', () => {
    const kb = fakeKnowledgeBase({
      services: [fakeService(), fakeService()],
      paths: [fakePath(), fakePath()],
    });
    expect(check(kb).map((p) => p.message)).toEqual([
      "duplicate service id 'fake-service' (first used by service:fake-service id)",
      "duplicate path id 'fake-path' (first used by path:fake-path id)",
    ]);
  });

  it('reports service points that share an id across municipalities', () => {
    const kb = fakeKnowledgeBase({
      municipalities: [
        fakeMunicipality({ id: 'espoo', servicePoints: [fakeServicePoint({ id: 'centre' })] }),
        fakeMunicipality({ id: 'hanko', servicePoints: [fakeServicePoint({ id: 'centre' })] }),
      ],
    });
    expect(check(kb)).toEqual([
      expect.objectContaining({
        entity: 'municipalities',
        field: 'municipalities.1.servicePoints.0.id',
      }),
    ]);
  });

  it('reports duplicate municipalities, numbers and red flags', () => {
    const kb = fakeKnowledgeBase({
      municipalities: [
        fakeMunicipality({ id: 'espoo', servicePoints: [] }),
        fakeMunicipality({ id: 'espoo', servicePoints: [] }),
      ],
      emergency: fakeEmergency({
        numbers: [fakeNumber(), fakeNumber()],
        situations: [fakeSituation(), fakeSituation()],
      }),
    });
    expect(check(kb).map((p) => [p.entity, p.field])).toEqual([
      ['municipalities', 'municipalities.1.id'],
      ['emergency', 'numbers.1.id'],
      ['situation:chest-pain', 'id'],
    ]);
  });
});
