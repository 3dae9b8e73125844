import { describe, expect, it } from 'vitest';
import { repeatsName, summaryRepeatsName } from '../../../knowledge/rules/summary-repeats-name';
import { fakeKnowledgeBase, fakeService, list, text } from '../../factories/knowledge';

describe('repeatsName', () => {
  it.each([
    ['Kotihoito on apua kotiin.', 'Kotihoito', true],
    ['Kotihoitoon kuuluu kotipalvelu.', 'Kotihoito', true],
    ['KOTIHOITO – apua kotiin', 'Kotihoito', true],
    ['Apua kotiin, kun arki ei suju.', 'Kotihoito', false],
    ['Home care helps at home.', 'Home care', true],
    ['Care at home when daily life is hard.', 'Home care', false],
  ])('%s / %s -> %s', (summary, name, expected) => {
    expect(repeatsName(summary, name)).toBe(expected);
  });
});

describe('summary-repeats-name', () => {
  const service = fakeService({
    name: text('Kotihoito', 'Hemvård', 'Home care'),
    summary: text('Apua kotiin.', 'Hemvård är hjälp hemma.', 'Help at home.'),
  });

  it('is an error on hand-written content', () => {
    const problems = summaryRepeatsName.check(
      fakeKnowledgeBase({ services: [service], paths: [] }),
      {
        today: '2026-11-24',
      },
    );
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'summary.sv',
        entity: 'service:fake-service',
      }),
    ]);
  });

  it('is a warning on PTV-imported content', () => {
    const imported = {
      ...service,
      ptvCodes: ['SOTE-0088'],
      classification: list(['x'], ['x'], ['x']),
    };
    const problems = summaryRepeatsName.check(
      fakeKnowledgeBase({ services: [imported], paths: [] }),
      {
        today: '2026-11-24',
      },
    );
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
  });
});
