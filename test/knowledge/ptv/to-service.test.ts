import { describe, expect, it } from 'vitest';
import { parseGeneralDescriptions } from '../../../knowledge/ptv/general-descriptions';
import { toService } from '../../../knowledge/ptv/to-service';
import { Service } from '../../../knowledge/schema';
import { draft, fakeGeneralDescription, fakeImportOptions, URN } from '../../factories/ptv';

const convert = (...versions: ReturnType<typeof fakeGeneralDescription>[]) =>
  toService('SOTE-0066', parseGeneralDescriptions(versions), fakeImportOptions());

describe('toService', () => {
  const { service, notes } = convert(
    fakeGeneralDescription({
      name: { fi: 'Suun terveydenhuolto', sv: 'Mun- och tandvård', en: 'Oral health care' },
      short: { fi: 'Tarkastukset ja hoito.', sv: 'Kontroller och vård.', en: '' },
      background: { fi: draft('Kunta järjestää suun terveydenhuollon.', 'Lapset kutsutaan.') },
      chargeType: 'Free',
      charge: { fi: 'Alle 18-vuotiaille.' },
      targetGroups: [URN(2001), URN(2003)],
      serviceClasses: [URN(1100)],
      lifeEvents: [URN(3001)],
      ontology: ['Hammashoito', 'suun terveys', 'hammashoito'],
    }),
    fakeGeneralDescription({
      short: { en: 'Check-ups and treatment.' },
      restrictions: { sv: 'Hemkommun.' },
    }),
  );

  it('is a valid Service with the code as id and PTV code', () => {
    expect(Service.safeParse(service).success).toBe(true);
    expect(service).toMatchObject({
      id: 'SOTE-0066',
      ptvCodes: ['SOTE-0066'],
      municipalities: 'all',
      channels: [],
    });
  });

  it('takes texts from every version and turns Draft.js into paragraphs', () => {
    expect(service.summary).toEqual({
      fi: 'Tarkastukset ja hoito.',
      sv: 'Kontroller och vård.',
      en: 'Check-ups and treatment.',
    });
    expect(service.description.fi).toBe(
      'Kunta järjestää suun terveydenhuollon.\n\nLapset kutsutaan.',
    );
    expect(service.requirements).toEqual({ fi: '', sv: 'Hemkommun.', en: '' });
  });

  it('does not invent translations: missing languages stay empty', () => {
    expect(service.description.sv).toBe('');
    expect(service.instructions).toEqual({ fi: '', sv: '', en: '' });
  });

  it('labels target groups, service classes and life events from the code lists in every language', () => {
    expect(service.classification).toEqual({
      fi: [
        'Kansalaiset',
        'Lapset ja lapsiperheet',
        'Suun ja hampaiden terveydenhuolto',
        'Lapsen saaminen',
      ],
      sv: ['Medborgare', 'Barn och barnfamiljer', 'Mun- och tandvård', 'Att få barn'],
      en: [
        'Citizens',
        'Children and families with children',
        'Oral and dental health care',
        'Having a child',
      ],
    });
    expect(service.audience).toEqual({
      lifeStages: ['families'],
      text: {
        fi: 'Kansalaiset, Lapset ja lapsiperheet',
        sv: 'Medborgare, Barn och barnfamiljer',
        en: 'Citizens, Children and families with children',
      },
    });
    expect(notes).toEqual([]);
  });

  it('states a free service in every language and keeps the charge details', () => {
    expect(service.fees).toEqual({
      fi: 'Maksuton.\n\nAlle 18-vuotiaille.',
      sv: 'Avgiftsfri.',
      en: 'Free of charge.',
    });
  });

  it('turns ontology terms into Finnish phrasings without duplicates', () => {
    expect(service.phrasings).toEqual({ fi: ['hammashoito', 'suun terveys'], sv: [], en: [] });
  });

  it('shortens a long summary and keeps the full text in the description', () => {
    const long = `Ensimmäinen lause kertoo palvelusta. ${'Toinen lause on hyvin pitkä '.repeat(6)}loppuun.`;
    const { service: s, notes: n } = convert(fakeGeneralDescription({ short: { fi: long } }));
    expect(s.summary.fi).toBe('Ensimmäinen lause kertoo palvelusta.');
    expect(s.description.fi).toBe(long);
    expect(n).toEqual([
      expect.stringMatching(/^summary shortened .*full text is in the description$/),
    ]);
  });

  it('keeps the Finnish value of a code missing from the code lists, and says so', () => {
    const { service: s, notes: n } = convert(
      fakeGeneralDescription({ serviceClasses: ['http://urn.fi/URN:NBN:fi:au:ptvl:v9999'] }),
    );
    expect(s.classification?.fi).toContain('arvo');
    expect(n[0]).toMatch(/not in the code list/);
  });
});
