import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { narrowServicePoints, redFlagServices } from '../../../knowledge/ptv/shared-files';
import { fakeEmergency, fakeKnowledgeBase, fakeSituation } from '../../factories/knowledge';

describe('narrowServicePoints', () => {
  it('keeps only services that exist, and keeps comments', () => {
    const text = `# Sample points, to be replaced.
municipalities:
  - id: espoo
    servicePoints:
      - id: a
        services: [dental-care, SOTE-0066, home-care]
      - id: b
`;
    const out = narrowServicePoints({ path: 'municipalities.yaml', text }, new Set(['SOTE-0066']));
    expect(out.text).toContain('# Sample points, to be replaced.');
    expect(parse(out.text)).toEqual({
      municipalities: [
        { id: 'espoo', servicePoints: [{ id: 'a', services: ['SOTE-0066'] }, { id: 'b' }] },
      ],
    });
  });
});

describe('redFlagServices', () => {
  it('lists each service red flags point to once', () => {
    const kb = fakeKnowledgeBase({
      emergency: fakeEmergency({
        situations: [
          fakeSituation({ id: 'a', service: 'poison-info' }),
          fakeSituation({ id: 'b', service: 'emergency-number' }),
          fakeSituation({ id: 'c', service: 'poison-info' }),
        ],
      }),
    });
    expect(redFlagServices(kb)).toEqual(['emergency-number', 'poison-info']);
  });
});
