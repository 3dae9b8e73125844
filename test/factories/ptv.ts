/**
 * PTV general-description entries and code lists shaped like the real export
 * (knowledge/ptv/data), small enough to read in a test.
 */
import type { CodeLists } from '../../knowledge/ptv/code-lists';
import { parseCodeList } from '../../knowledge/ptv/code-lists';

type Lang = 'fi' | 'sv' | 'en';
type Texts = Partial<Record<Lang, string | null>>;

export const labels = (texts: Texts) =>
  Object.entries(texts).map(([Lang, Label]) => ({ Lang, Label }));

/** Draft.js editor state as PTV stores it, one block per paragraph (plus an empty spacer block). */
export function draft(...paragraphs: string[]): string {
  const blocks = paragraphs.flatMap((text, i) => [
    { key: `k${i}`, text, type: 'unstyled', depth: 0, inlineStyleRanges: [], entityRanges: [] },
    { key: `e${i}`, text: '', type: 'unstyled', depth: 0, inlineStyleRanges: [], entityRanges: [] },
  ]);
  return JSON.stringify({ entityMap: {}, blocks });
}

export const URN = (n: number) => `http://urn.fi/URN:NBN:fi:au:ptvl:v${n}`;

export interface GdOverrides {
  code?: string | null;
  name?: Texts;
  short?: Texts;
  description?: Texts;
  background?: Texts;
  instructions?: Texts;
  restrictions?: Texts;
  charge?: Texts;
  chargeType?: string | null;
  targetGroups?: string[];
  serviceClasses?: string[];
  lifeEvents?: string[];
  ontology?: string[];
}

/** One general-description version. Keys of target groups etc. are old URNs, as in the export. */
export function fakeGeneralDescription(o: GdOverrides = {}) {
  const keyed = (keys: string[] = []) => keys.map((Key) => ({ Key, Value: 'arvo' }));
  return {
    Id: '00000000-0000-0000-0000-000000000001',
    ReferenceCode: o.code === undefined ? 'SOTE-0066' : o.code,
    ServiceType: 'Service',
    Name: labels(o.name ?? { fi: 'Suun terveydenhuolto' }),
    ShortDescription: labels(o.short ?? { fi: 'Hampaiden tarkastukset ja hoito.' }),
    Description: labels(o.description ?? {}),
    BackgroundDescription: labels(o.background ?? {}),
    Laws: [],
    ServiceRestrictions: labels(o.restrictions ?? {}),
    UserInstructions: labels(o.instructions ?? {}),
    ChargeTypeAdditionalInfo: labels(o.charge ?? {}),
    DeadLineAdditionalInfo: [],
    ChargeType: o.chargeType ?? null,
    ServiceClass: keyed(o.serviceClasses),
    OntologyTerm: (o.ontology ?? []).map((Value, i) => ({
      Key: `http://www.yso.fi/onto/koko/p${i}`,
      Value,
    })),
    TargetGroup: keyed(o.targetGroups ?? [URN(2001)]),
    LifeEvent: keyed(o.lifeEvents),
    IndustrialClass: [],
  };
}

const code = (notation: string, oldUri: string, fi: string, sv: string, en: string) => ({
  Id: `http://uri.suomi.fi/codelist/ptv/x/code/${notation}`,
  Notation: notation,
  OldUri: oldUri,
  Label: { Fi: fi, Sv: sv, En: en },
});

/** A few real codes: citizens, children and families, seniors, disabled; oral health, emergency, child welfare; having a child. */
export function fakeCodeLists(): CodeLists {
  return {
    targetGroups: parseCodeList(
      [
        code('KR1', URN(2001), 'Kansalaiset', 'Medborgare', 'Citizens'),
        code('KR1.1', URN(2002), 'Ikäihmiset', 'De äldre', 'Seniors'),
        code(
          'KR1.2',
          URN(2003),
          'Lapset ja lapsiperheet',
          'Barn och barnfamiljer',
          'Children and families with children',
        ),
        code('KR1.6', URN(2007), 'Vammaiset', 'Handikappade', 'Disabled people'),
      ],
      'target groups',
    ),
    serviceClasses: parseCodeList(
      [
        code(
          'P5.10',
          URN(1100),
          'Suun ja hampaiden terveydenhuolto',
          'Mun- och tandvård',
          'Oral and dental health care',
        ),
        code(
          'P5.5',
          URN(1101),
          'Ensiapu ja päivystys',
          'Första hjälpen och jour',
          'First aid and emergency services',
        ),
        code('P3.8', URN(1102), 'Lastensuojelu', 'Barnskydd', 'Child welfare'),
        code(
          'P4.13',
          URN(1103),
          'Sosiaalipalvelujen neuvonta- ja ohjauspalvelut',
          'Rådgivning inom socialservicen',
          'Social services counselling',
        ),
      ],
      'service classes',
    ),
    lifeEvents: parseCodeList(
      [code('KE1', URN(3001), 'Lapsen saaminen', 'Att få barn', 'Having a child')],
      'life events',
    ),
  };
}

export const fakeImportOptions = () => ({
  codeLists: fakeCodeLists(),
  reviewedAt: '2026-11-24',
  lifeStages: new Set(['families', 'working-age', 'older-people']),
  needProfiles: new Set(['occasional', 'high-need']),
});

/** PTV Open API v11 service hours as a service channel carries them (`serviceHours`). */
export function fakeServiceHours(...extra: Record<string, unknown>[]) {
  const day = (dayFrom: string) => ({ dayFrom, dayTo: '', from: '08:00:00', to: '16:00:00' });
  return [
    {
      serviceHourType: 'DaysOfTheWeek',
      validFrom: null,
      validTo: null,
      isClosed: false,
      validForNow: true,
      isAlwaysOpen: false,
      isReservation: false,
      additionalInformation: [{ value: null, language: 'fi' }],
      openingHour: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(day),
    },
    ...extra,
  ];
}

/** One "Exceptional" entry: a closed date range, or special hours when `hours` is given. */
export function fakeExceptionalHours(o: {
  validFrom: string;
  validTo?: string | null;
  isClosed?: boolean;
  hours?: [string, string][];
  info?: Texts;
}) {
  return {
    serviceHourType: 'Exceptional',
    validFrom: `${o.validFrom}T00:00:00`,
    validTo: o.validTo === undefined ? null : o.validTo && `${o.validTo}T00:00:00`,
    isClosed: o.isClosed ?? !o.hours,
    validForNow: false,
    isAlwaysOpen: false,
    isReservation: false,
    additionalInformation: Object.entries(o.info ?? {}).map(([language, value]) => ({
      value,
      language,
    })),
    openingHour: (o.hours ?? []).map(([from, to]) => ({ dayFrom: null, dayTo: null, from, to })),
  };
}
