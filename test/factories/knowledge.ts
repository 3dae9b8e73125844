/**
 * Fakes for the knowledge base, shared by every team's tests. Each fake is a
 * complete, valid value (the validation rules find no problems in
 * `fakeKnowledgeBase()`), so a test only overrides the one thing it is about.
 */
import { assembleKnowledgeBase } from '../../knowledge/parse';
import {
  KnowledgeBase as KnowledgeBaseSchema,
  type Channel,
  type Emergency,
  type KnowledgeBase,
  type LifeStage,
  type LocalizedList,
  type LocalizedText,
  type Municipality,
  type NationalNumber,
  type NeedProfile,
  type PathStep,
  type Concept,
  type Situation,
  type ReferralPath,
  type Segment,
  type Service,
  type ServicePoint,
} from '../../knowledge/schema';

/**
 * The day the fakes were last reviewed. A fixed date, never today: the review
 * rules compare it with a clock the test pins, and the suite must pass on any
 * system date (issue 10: a year ahead).
 */
export const FAKE_REVIEWED_AT = '2026-11-24';

/** A text in all three languages; the Swedish and English default to tagged copies of the Finnish. */
export function text(fi: string, sv = `${fi} (sv)`, en = `${fi} (en)`): LocalizedText {
  return { fi, sv, en };
}

export function list(fi: string[] = [], sv: string[] = [], en: string[] = []): LocalizedList {
  return { fi, sv, en };
}

export function fakeChannel(overrides: Partial<Channel> = {}): Channel {
  return {
    kind: 'digital-self-service',
    name: text('Verkkoasiointi', 'E-tjänst', 'Online service'),
    url: 'https://www.omaolo.fi/',
    hours: 'always',
    ...overrides,
  };
}

/** A basic-level service for everyone, named after its id. */
export function fakeService(overrides: Partial<Service> = {}): Service {
  const id = overrides.id ?? 'fake-service';
  return {
    id,
    level: 'basic',
    name: text(`Palvelu ${id}`, `Tjänst ${id}`, `Service ${id}`),
    alternateNames: list(),
    summary: text('Lyhyt kuvaus palvelusta.', 'En kort beskrivning.', 'A short description.'),
    description: text('Pidempi kuvaus.', 'En längre beskrivning.', 'A longer description.'),
    audience: { lifeStages: 'all', text: text('Kaikki', 'Alla', 'Everyone') },
    instructions: text('Varaa aika verkossa.', 'Boka tid på nätet.', 'Book online.'),
    channels: [fakeChannel()],
    municipalities: 'all',
    ptvCodes: [],
    reviewedAt: FAKE_REVIEWED_AT,
    phrasings: list(),
    ...overrides,
  };
}

export function fakeStep(overrides: Partial<PathStep> = {}): PathStep {
  return {
    service: 'fake-service',
    when: text('Kun tarvitaan', 'När det behövs', 'When needed'),
    criteria: text('Ei ehtoja', 'Inga villkor', 'No criteria'),
    referredBy: 'self',
    prepare: text('Ei mitään', 'Ingenting', 'Nothing'),
    urgency: 'routine',
    counsellorNote: text('Huomio', 'Observera', 'Note'),
    ...overrides,
  };
}

export function fakePath(overrides: Partial<ReferralPath> = {}): ReferralPath {
  const id = overrides.id ?? 'fake-path';
  return {
    id,
    name: text(`Polku ${id}`, `Stig ${id}`, `Path ${id}`),
    description: text('Polun kuvaus', 'Stigens beskrivning', 'Path description'),
    lifeStages: 'all',
    steps: [fakeStep()],
    reviewedAt: FAKE_REVIEWED_AT,
    ...overrides,
  };
}

export const fakeLifeStages: LifeStage[] = [
  {
    id: 'families',
    name: text('Perheet', 'Familjer', 'Families'),
    signals: list(['vauva'], ['bebis'], ['baby']),
  },
  { id: 'working-age', name: text('Työikäiset', 'Arbetsföra', 'Working age'), signals: list() },
  {
    id: 'older-people',
    name: text('Ikääntyneet', 'Äldre', 'Older people'),
    signals: list(['eläke'], ['pension'], ['retired']),
  },
];

export const fakeNeedProfiles: NeedProfile[] = [
  { id: 'occasional', name: text('Satunnainen', 'Sporadisk', 'Occasional'), signals: list() },
  { id: 'high-need', name: text('Paljon', 'Mycket', 'High need'), signals: list() },
];

export function fakeSegments(): Segment[] {
  return fakeLifeStages.flatMap((stage) =>
    fakeNeedProfiles.map((need) => ({
      id: `${stage.id}-${need.id}`,
      lifeStage: stage.id,
      needProfile: need.id,
      name: text(
        `${stage.name.fi} ${need.name.fi}`,
        `${stage.name.sv} ${need.name.sv}`,
        `${stage.name.en} ${need.name.en}`,
      ),
      description: text('Kuvaus', 'Beskrivning', 'Description'),
      serviceModel: text('Malli', 'Modell', 'Model'),
    })),
  );
}

export function fakeServicePoint(overrides: Partial<ServicePoint> = {}): ServicePoint {
  return {
    id: 'sample-centre',
    name: text('Esimerkkiasema', 'Exempelstation', 'Sample centre'),
    sample: true,
    address: {
      street: text('Esimerkkitie 1', 'Exempelvägen 1', 'Esimerkkitie 1'),
      postalCode: '00000',
      city: text('Espoo', 'Esbo', 'Espoo'),
    },
    services: ['fake-service'],
    ...overrides,
  };
}

export function fakeMunicipality(overrides: Partial<Municipality> = {}): Municipality {
  const id = overrides.id ?? 'espoo';
  return {
    id,
    name: text(id, id, id),
    languages: ['fi', 'sv'],
    servicePoints: [fakeServicePoint({ id: `${id}-sample-centre` })],
    ...overrides,
  };
}

export function fakeNumber(overrides: Partial<NationalNumber> = {}): NationalNumber {
  return {
    id: 'emergency',
    number: '112',
    name: text('Hätänumero', 'Nödnumret', 'Emergency number'),
    hours: 'always',
    source: 'https://112.fi/',
    ...overrides,
  };
}

/** A red-flag concept; words in all three languages unless overridden. */
export function fakeConcept(overrides: Partial<Concept> = {}): Concept {
  return {
    id: 'chest',
    words: list(['rinta*', '*rinta*'], ['bröst*'], ['chest*']),
    ...overrides,
  };
}

/** The chest-pain situation over the fake concepts: "rintakipu", "ont i bröstet", "chest pain". */
export function fakeSituation(overrides: Partial<Situation> = {}): Situation {
  return {
    id: 'chest-pain',
    tier: 'emergency',
    action: '112',
    service: 'emergency-number',
    numbers: ['emergency'],
    patterns: [['chest', 'pain']],
    unless: [],
    secondLook: true,
    deniedBy: [],
    window: 6,
    message: text('Soita 112', 'Ring 112', 'Call 112'),
    ...overrides,
  };
}

/** The concepts fakeSituation and fakeEmergency's context name. */
export function fakeConcepts(): Concept[] {
  return [
    fakeConcept(),
    fakeConcept({ id: 'pain', words: list(['kipu*', '*kipu*'], ['ont', 'smärt*'], ['pain*']) }),
    fakeConcept({ id: 'negation', words: list(['ei', 'en'], ['inte', 'inga'], ['no', 'not']) }),
  ];
}

export function fakeEmergency(overrides: Partial<Emergency> = {}): Emergency {
  return {
    numbers: [
      fakeNumber(),
      fakeNumber({ id: 'medical-helpline', number: '116117', source: 'https://www.116117.fi/' }),
    ],
    concepts: fakeConcepts(),
    situations: [fakeSituation()],
    context: {
      suppress: [],
      current: [],
      negation: ['negation'],
      unsure: [],
      intent: [],
      hypothetical: [],
      happened: [],
      thoughts: [],
      mask: [],
      suppressExceptThoughts: [],
      recurrence: [],
      firstEver: [],
      helpCalled: [],
      feelsFine: [],
      delayedHarm: [],
      peer: [],
      inOthersHands: [],
      joking: [],
      earnest: [],
      realised: [],
      advice: [],
      ownSpared: [],
      mistaken: [],
      correction: [],
      verdict: [],
      voicedVerdict: [],
      voice: [],
      resolution: [],
      asked: [],
      affirmed: [],
      pastIfToldPast: [],
      standing: [],
      scene: [],
      attributes: [],
      safetyNet: [],
      allWell: [],
      subjects: [],
    },
    ...overrides,
  };
}

type KnowledgeContent = Omit<KnowledgeBase, 'version' | 'updatedAt'>;

const KnowledgeContent = KnowledgeBaseSchema.omit({ version: true, updatedAt: true });

/** The emergency service the fake red flag points to; keep it when overriding `services`. */
export function fakeEmergencyService(overrides: Partial<Service> = {}): Service {
  return fakeService({
    id: 'emergency-number',
    level: 'emergency',
    channels: [fakeChannel({ kind: 'digital-contact', phone: '112', url: undefined })],
    ...overrides,
  });
}

/**
 * A small valid knowledge base: three life stages, two need profiles, six
 * segments, two municipalities, `fake-service`, `emergency-number` and one path.
 * Overrides replace whole lists (keep `fakeEmergencyService()` in `services`,
 * the red flag points to it) and must fit the schema, since they are parsed;
 * build deliberately invalid values by hand. version and updatedAt are recomputed.
 */
export function fakeKnowledgeBase(overrides: Partial<KnowledgeContent> = {}): KnowledgeBase {
  // Through the schema, so key order and defaults (and so the version hash) are
  // exactly what parsing the same content from files gives.
  const content = KnowledgeContent.parse({
    lifeStages: fakeLifeStages,
    needProfiles: fakeNeedProfiles,
    segments: fakeSegments(),
    municipalities: [
      fakeMunicipality(),
      fakeMunicipality({
        id: 'hanko',
        servicePoints: [fakeServicePoint({ id: 'hanko-sample-centre' })],
      }),
    ],
    services: [fakeService(), fakeEmergencyService()],
    paths: [fakePath()],
    emergency: fakeEmergency(),
    ...overrides,
  });
  return assembleKnowledgeBase(content);
}
