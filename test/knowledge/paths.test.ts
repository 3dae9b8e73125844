import { describe, expect, it } from 'vitest';
import { nextStep, pathsForService } from '../../knowledge/paths';
import { fakeKnowledgeBase, fakePath, fakeService, fakeStep } from '../factories/knowledge';

const kb = fakeKnowledgeBase({
  services: ['guidance', 'memory-clinic', 'home-care', 'assisted-living'].map((id) =>
    fakeService({ id }),
  ),
  paths: [
    fakePath({
      id: 'informal-carer',
      lifeStages: 'all',
      steps: [fakeStep({ service: 'guidance' }), fakeStep({ service: 'home-care' })],
    }),
    fakePath({
      id: 'memory-decline',
      lifeStages: ['older-people'],
      needProfiles: ['high-need'],
      steps: ['guidance', 'memory-clinic', 'home-care', 'assisted-living'].map((service) =>
        fakeStep({ service }),
      ),
    }),
    fakePath({
      id: 'child-concern',
      lifeStages: ['families'],
      steps: [fakeStep({ service: 'guidance' })],
    }),
  ],
});

const ids = (found: ReturnType<typeof pathsForService>) =>
  found.map((p) => `${p.path.id}#${p.stepIndex}`);

describe('pathsForService', () => {
  it('lists every path containing the service, with its step index', () => {
    expect(ids(pathsForService(kb, 'home-care'))).toEqual(['informal-carer#1', 'memory-decline#2']);
  });

  it("puts the path for the client's life stage first and one for another life stage last", () => {
    expect(ids(pathsForService(kb, 'guidance', { lifeStage: 'older-people' }))).toEqual([
      'memory-decline#0',
      'informal-carer#0',
      'child-concern#0',
    ]);
    expect(ids(pathsForService(kb, 'guidance', { lifeStage: 'families' }))[0]).toBe(
      'child-concern#0',
    );
  });

  it('prefers the matching need profile within the same life stage', () => {
    const withOccasional = fakeKnowledgeBase({
      services: kb.services,
      paths: [
        fakePath({
          id: 'a-high',
          lifeStages: ['older-people'],
          needProfiles: ['high-need'],
          steps: [fakeStep({ service: 'guidance' })],
        }),
        fakePath({
          id: 'b-occasional',
          lifeStages: ['older-people'],
          needProfiles: ['occasional'],
          steps: [fakeStep({ service: 'guidance' })],
        }),
      ],
    });
    const found = pathsForService(withOccasional, 'guidance', {
      lifeStage: 'older-people',
      needProfile: 'occasional',
    });
    expect(ids(found)).toEqual(['b-occasional#0', 'a-high#0']);
  });

  it('returns nothing for a service on no path', () => {
    expect(pathsForService(kb, 'nowhere')).toEqual([]);
  });
});

describe('nextStep', () => {
  const path = kb.paths.find((p) => p.id === 'memory-decline')!;

  it('gives the following step', () => {
    expect(nextStep(path, 1)?.service).toBe('home-care');
  });

  it('gives nothing after the last step or for an invalid index', () => {
    expect(nextStep(path, 3)).toBeUndefined();
    expect(nextStep(path, -1)).toBeUndefined();
  });
});
