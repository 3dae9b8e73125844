import { describe, expect, it } from 'vitest';
import {
  fullest,
  fullestText,
  groupByCode,
  parseGeneralDescriptions,
} from '../../../knowledge/ptv/general-descriptions';
import { KnowledgeError } from '../../../knowledge/problems';
import { draft, fakeGeneralDescription } from '../../factories/ptv';

describe('fullest text selection', () => {
  const versions = parseGeneralDescriptions([
    fakeGeneralDescription({
      name: { fi: 'Suun terveydenhuolto', sv: 'Mun- och tandvård', en: '' },
      background: { fi: draft('Lyhyt.') },
    }),
    fakeGeneralDescription({
      name: { fi: 'Suun terveydenhuolto', en: 'Oral health care' },
      background: { fi: draft('Pidempi kuvaus.', 'Toinen kappale.'), sv: null },
    }),
  ]);

  it('takes the longest text of a field per language across versions, after Draft.js conversion', () => {
    expect(fullest(versions, 'BackgroundDescription', 'fi')).toBe(
      'Pidempi kuvaus.\n\nToinen kappale.',
    );
  });

  it('combines languages found in different versions and leaves missing ones empty', () => {
    expect(fullestText(versions, 'Name')).toEqual({
      fi: 'Suun terveydenhuolto',
      sv: 'Mun- och tandvård',
      en: 'Oral health care',
    });
    expect(fullestText(versions, 'BackgroundDescription').sv).toBe('');
  });
});

describe('groupByCode', () => {
  it('groups SOTE versions by code in code order and leaves out other registries', () => {
    const groups = groupByCode(
      parseGeneralDescriptions([
        fakeGeneralDescription({ code: 'SOTE-0002' }),
        fakeGeneralDescription({ code: null }),
        fakeGeneralDescription({ code: 'SOTE-0001' }),
        fakeGeneralDescription({ code: 'KELA-0001' }),
        fakeGeneralDescription({ code: 'SOTE-0002' }),
      ]),
    );
    expect([...groups].map(([code, v]) => [code, v.length])).toEqual([
      ['SOTE-0001', 1],
      ['SOTE-0002', 2],
    ]);
  });
});

describe('parseGeneralDescriptions', () => {
  it('rejects a file that is not an export, naming the entry', () => {
    expect(() => parseGeneralDescriptions({ services: [] })).toThrow(KnowledgeError);
    expect(() => parseGeneralDescriptions([{ ReferenceCode: 'SOTE-0001', Name: 'x' }])).toThrow(
      /entry 0, Name/,
    );
  });
});
