import { describe, expect, it } from 'vitest';
import { missingTranslation } from '../../../knowledge/rules/missing-translation';
import {
  fakeEmergency,
  fakeKnowledgeBase,
  fakeConcept,
  fakeConcepts,
  fakeService,
  list,
  text,
} from '../../factories/knowledge';

const check = (...services: ReturnType<typeof fakeService>[]) =>
  missingTranslation.check(fakeKnowledgeBase({ services, paths: [] }), { today: '2026-11-24' });

describe('missing-translation', () => {
  it('is an error for an empty Swedish summary, naming the language field', () => {
    const problems = check(fakeService({ summary: text('Lyhyt', '  ', 'Short') }));
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        entity: 'service:fake-service',
        field: 'summary.sv',
        message: 'no Swedish text (sv)',
      }),
    ]);
  });

  it('reports each missing language of nested texts such as channel names', () => {
    const service = fakeService();
    service.channels[0]!.name = text('Verkossa', '', '');
    expect(check(service).map((p) => p.field)).toEqual([
      'channels.0.name.sv',
      'channels.0.name.en',
    ]);
  });

  it('is a warning for optional texts (fees, requirements, professional notes)', () => {
    const problems = check(fakeService({ fees: text('Maksuton', 'Avgiftsfri', '') }));
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'fees.en' })]);
  });

  it('reports a text missing in every language once', () => {
    const problems = check(fakeService({ instructions: text('', '', '') }));
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'instructions',
        message: 'no text in any language (fi, sv, en)',
      }),
    ]);
  });

  it('only warns for PTV-imported services, whose untranslated texts are kept as published', () => {
    const imported = fakeService({
      ptvCodes: ['SOTE-0066'],
      classification: list(['Kansalaiset'], ['Medborgare'], ['Citizens']),
      description: text('Kuvaus', '', ''),
      instructions: text('', '', ''),
    });
    const problems = check(imported);
    expect(problems.map((p) => [p.severity, p.field])).toEqual([
      ['warning', 'description.sv'],
      ['warning', 'description.en'],
      ['warning', 'instructions'],
    ]);
  });

  it('warns when phrasings exist in some languages but not others', () => {
    const problems = check(fakeService({ phrasings: list(['terkkari'], [], ['nurse']) }));
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'phrasings.sv' }),
    ]);
  });

  it('is an error when a red-flag concept has no words in a language: the emergency would be missed', () => {
    const kb = fakeKnowledgeBase({
      emergency: fakeEmergency({
        concepts: [
          fakeConcept({ words: list(['rinta*'], ['bröst*'], []) }),
          ...fakeConcepts().slice(1),
        ],
      }),
    });
    expect(missingTranslation.check(kb, { today: '2026-11-24' })).toEqual([
      expect.objectContaining({ severity: 'error', entity: 'concept:chest', field: 'words.en' }),
    ]);
  });
});
