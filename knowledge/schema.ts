/**
 * The knowledge base schema: the single source of truth for content files, the
 * JSON snapshot and every TypeScript type in the engine (types are `z.infer`red
 * below, never written by hand). Prose for content editors: knowledge/schema.md.
 *
 * Objects are strict: an unknown field is an error, because a misspelt field
 * name ("sumary") would otherwise silently drop content from every answer.
 */
import { z } from 'zod';
import { LANGUAGES } from './language';

export { LANGUAGES };
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** Ids name files, so they stay far below every file system's name limit (255 bytes). */
export const MAX_ID_LENGTH = 80;

/** An id used in file names and URLs: lower-case words joined by hyphens, or a PTV code. */
export const Id = z
  .string()
  .max(MAX_ID_LENGTH, `expected at most ${MAX_ID_LENGTH} characters`)
  .regex(
    /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|SOTE-\d{4})$/,
    'expected an id of lower-case letters, digits and hyphens (e.g. dental-care) or a PTV code (SOTE-0066)',
  );

/**
 * A link residents and counsellors can open: https:, tel: or mailto: only. A
 * `javascript:` or `data:` link would run or show whatever its author wrote
 * wherever a card renders it, and plain http: can be tampered with on the way.
 */
export const SafeUrl = z.url({
  protocol: /^(?:https|tel|mailto)$/,
  error: 'expected an https:, tel: or mailto: address',
});

// Fields are bounded so one pasted 10 MB blob cannot bloat the snapshot or the index.
const MAX_TEXT = 20_000;
const Text = z.string().max(MAX_TEXT, `expected at most ${MAX_TEXT} characters`);

/** A text in all three languages. Empty strings are allowed by the schema but flagged by the missing-translation rule. */
export const LocalizedText = z.strictObject({ fi: Text, sv: Text, en: Text });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Lists per language, e.g. everyday phrasings ("terkkari", "tandläkare", "can't pay rent"). */
export const LocalizedList = z.strictObject({
  fi: z.array(Text).default([]),
  sv: z.array(Text).default([]),
  en: z.array(Text).default([]),
});
export type LocalizedList = z.infer<typeof LocalizedList>;

export const LEVELS = ['universal', 'basic', 'special', 'demanding', 'emergency'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

export const CHANNEL_KINDS = [
  'digital-self-service',
  'digital-contact',
  'visit',
  'mobile',
] as const;
export const ChannelKind = z.enum(CHANNEL_KINDS);
export type ChannelKind = z.infer<typeof ChannelKind>;

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const Day = z.enum(DAYS);
export type Day = z.infer<typeof Day>;

const ClockTime = z.string().regex(/^(?:[01]\d|2[0-4]):[0-5]\d$/, 'expected a time as HH:MM');

/** One weekly opening period, in Europe/Helsinki local time. `closes` may be "24:00". */
export const OpeningPeriod = z.strictObject({
  days: z.array(Day).min(1),
  opens: ClockTime,
  closes: ClockTime,
});
export type OpeningPeriod = z.infer<typeof OpeningPeriod>;

/** "always" for round-the-clock services, otherwise weekly periods in Europe/Helsinki time. */
export const OpeningHours = z.union([z.literal('always'), z.array(OpeningPeriod).min(1)]);
export type OpeningHours = z.infer<typeof OpeningHours>;

const IsoDate = z.iso.date('expected a date as YYYY-MM-DD');

/** Hours on one day, in Europe/Helsinki local time. */
export const DayPeriod = z.strictObject({ opens: ClockTime, closes: ClockTime });
export type DayPeriod = z.infer<typeof DayPeriod>;

/**
 * Exceptional hours in PTV's shape ("Exceptional" service hours): a date range
 * (both ends inclusive; `validTo` omitted means the one day) that is either
 * closed or open at special hours, with an optional note. They win over the
 * weekly hours and over public holidays.
 */
export const ExceptionalHours = z
  .strictObject({
    validFrom: IsoDate,
    validTo: IsoDate.optional(),
    isClosed: z.boolean(),
    /** The special hours on every day of the range; only when `isClosed` is false. */
    hours: z.array(DayPeriod).max(4).optional(),
    note: LocalizedText.optional(),
  })
  .refine((e) => !e.validTo || e.validTo >= e.validFrom, {
    message: 'validTo must not be before validFrom',
    path: ['validTo'],
  })
  .refine((e) => e.isClosed !== (e.hours !== undefined && e.hours.length > 0), {
    message: 'give either isClosed: true or special hours, not both or neither',
    path: ['hours'],
  });
export type ExceptionalHours = z.infer<typeof ExceptionalHours>;

// A year of one-off closures is a few dozen entries; the bound keeps a runaway paste out.
const ExceptionalHoursList = z.array(ExceptionalHours).max(100);

export const Channel = z.strictObject({
  kind: ChannelKind,
  name: LocalizedText,
  url: SafeUrl.optional(),
  phone: z.string().max(40).optional(),
  hours: OpeningHours.optional(),
  /** Closures and special hours on given dates; they win over `hours` and public holidays. */
  exceptionalHours: ExceptionalHoursList.optional(),
  /** Extra detail, e.g. "call-back within the same day". */
  note: LocalizedText.optional(),
});
export type Channel = z.infer<typeof Channel>;

export const AgeRange = z.strictObject({
  min: z.number().int().min(0).max(130).optional(),
  max: z.number().int().min(0).max(130).optional(),
});

/** `all`, or a list of life stage ids (families, working-age, older-people). */
export const LifeStageRefs = z.union([z.literal('all'), z.array(Id).min(1)]);
export type LifeStageRefs = z.infer<typeof LifeStageRefs>;

/** `all`, or a list of municipality ids. */
export const MunicipalityRefs = z.union([z.literal('all'), z.array(Id).min(1)]);
export type MunicipalityRefs = z.infer<typeof MunicipalityRefs>;

export const Audience = z.strictObject({
  lifeStages: LifeStageRefs,
  /** Need profiles the service mainly serves; omitted means both. */
  needProfiles: z.array(Id).optional(),
  ages: AgeRange.optional(),
  /** Who it is for, in plain words. */
  text: LocalizedText,
});

const PtvCode = z.string().regex(/^SOTE-\d{4}$/, 'expected a PTV code such as SOTE-0066');

export const Service = z.strictObject({
  id: Id,
  level: Level,
  name: LocalizedText,
  alternateNames: LocalizedList.default({ fi: [], sv: [], en: [] }),
  /** At most 150 characters and not repeating the name (PTV's rule); checked by rules, not here, so editors see a message tied to the field. */
  summary: LocalizedText,
  description: LocalizedText,
  audience: Audience,
  requirements: LocalizedText.optional(),
  instructions: LocalizedText,
  fees: LocalizedText.optional(),
  channels: z.array(Channel).default([]),
  municipalities: MunicipalityRefs.default('all'),
  ptvCodes: z.array(PtvCode).default([]),
  /** PTV code-list labels kept by the importer (target groups, service classes, life events). */
  classification: LocalizedList.optional(),
  professionalNotes: LocalizedText.optional(),
  reviewedAt: IsoDate,
  /** How residents actually write about this need, per language. The search treats them as synonyms. */
  phrasings: LocalizedList.default({ fi: [], sv: [], en: [] }),
});
export type Service = z.infer<typeof Service>;
/** What a content file may omit (defaults are filled in by the schema). */
export type ServiceInput = z.input<typeof Service>;

export const LifeStage = z.strictObject({
  id: Id,
  name: LocalizedText,
  /** Words that suggest this life stage in a note or a question ("vauva", "pensionär", "my son"). */
  signals: LocalizedList.default({ fi: [], sv: [], en: [] }),
  ages: AgeRange.optional(),
});
export type LifeStage = z.infer<typeof LifeStage>;

export const NeedProfile = z.strictObject({
  id: Id,
  name: LocalizedText,
  signals: LocalizedList.default({ fi: [], sv: [], en: [] }),
});
export type NeedProfile = z.infer<typeof NeedProfile>;

/** A client segment: one life stage combined with one need profile. */
export const Segment = z.strictObject({
  id: Id,
  lifeStage: Id,
  needProfile: Id,
  name: LocalizedText,
  description: LocalizedText,
  /** How services are steered for this segment (e.g. a named key worker, digital first). */
  serviceModel: LocalizedText,
});
export type Segment = z.infer<typeof Segment>;

export const Address = z.strictObject({
  street: LocalizedText,
  postalCode: z.string().regex(/^\d{5}$/, 'expected a five-digit postal code'),
  city: LocalizedText,
});

/** A place where services are given. Sample points are placeholders a county replaces with its own. */
export const ServicePoint = z.strictObject({
  id: Id,
  name: LocalizedText,
  sample: z.boolean(),
  address: Address,
  hours: OpeningHours.optional(),
  /** Closures and special hours on given dates; they win over `hours` and public holidays. */
  exceptionalHours: ExceptionalHoursList.optional(),
  url: SafeUrl.optional(),
  /** Sample points must not carry a phone number that could be mistaken for a real one. */
  phone: z.string().max(40).optional(),
  services: z.array(Id).default([]),
});
export type ServicePoint = z.infer<typeof ServicePoint>;

export const Municipality = z.strictObject({
  id: Id,
  name: LocalizedText,
  /** Official languages of the municipality, majority language first. */
  languages: z.array(Language).min(1),
  servicePoints: z.array(ServicePoint).default([]),
});
export type Municipality = z.infer<typeof Municipality>;

export const REFERRERS = ['self', 'professional', 'doctor'] as const;
export const Referrer = z.enum(REFERRERS);
export type Referrer = z.infer<typeof Referrer>;

export const URGENCIES = ['routine', 'soon', 'urgent', 'immediate'] as const;
export const Urgency = z.enum(URGENCIES);
export type Urgency = z.infer<typeof Urgency>;

export const PathStep = z.strictObject({
  service: Id,
  /** When to move on to this step: the triggers a counsellor or resident notices. */
  when: LocalizedText,
  /** Formal criteria for getting the service. */
  criteria: LocalizedText,
  referredBy: Referrer,
  /** What to prepare before contact (documents, assessments, consent). */
  prepare: LocalizedText,
  urgency: Urgency,
  counsellorNote: LocalizedText,
});
export type PathStep = z.infer<typeof PathStep>;

/** A referral path (palvelupolku): ordered steps from the lightest fitting service to the most demanding. */
export const ReferralPath = z.strictObject({
  id: Id,
  name: LocalizedText,
  description: LocalizedText,
  lifeStages: LifeStageRefs,
  needProfiles: z.array(Id).optional(),
  steps: z.array(PathStep).min(1),
  reviewedAt: IsoDate,
});
export type ReferralPath = z.infer<typeof ReferralPath>;

/** A real national number, kept once with its source so every front door shows the same one. */
export const NationalNumber = z.strictObject({
  id: Id,
  number: z.string().max(40),
  name: LocalizedText,
  hours: OpeningHours,
  source: SafeUrl,
  /** A line that answers in one language (crisis-line-sv): shown first to residents writing in it. */
  language: Language.optional(),
});
export type NationalNumber = z.infer<typeof NationalNumber>;

/**
 * A red-flag concept: a small lexicon of word forms meaning one thing ("chest",
 * "pain", "cannot"), in every language. Word syntax (see schema.md): `kipu` is
 * that word exactly, `kipu*` any word starting so, `*kipu*` also the later part
 * of a compound ("rintakipua"), and "vuotta sitten" consecutive words.
 */
export const ConceptWord = z.string().min(1).max(80);
export const Concept = z.strictObject({
  id: Id,
  /** For editors: what the concept means. */
  note: z.string().max(300).optional(),
  /**
   * Concepts whose words are this one's too, after its own: `cold-exposure` is `cold`, `frost`
   * and a night out for frostbite, without a second copy of their lists to drift apart.
   */
  includes: z.array(Id).max(8).optional(),
  words: z.strictObject({
    fi: z.array(ConceptWord).default([]),
    sv: z.array(ConceptWord).default([]),
    en: z.array(ConceptWord).default([]),
  }),
});
export type Concept = z.infer<typeof Concept>;

export const TIERS = ['emergency', 'urgent'] as const;
export const ACTIONS = ['112', 'crisis', 'poison', '116117'] as const;

/** Written before a concept in a pattern, it asks for that concept's absence. */
const ABSENT = 'not ';

/** A pattern element as the concept it names, and whether it asks for that concept's absence. */
export function patternConcept(element: string): { concept: string; absent: boolean } {
  return element.startsWith(ABSENT)
    ? { concept: element.slice(ABSENT.length), absent: true }
    : { concept: element, absent: false };
}

const presentCount = (pattern: readonly string[]) =>
  pattern.filter((c) => !patternConcept(c).absent).length;

/**
 * One way a situation fires: up to four concepts found together, and optionally concepts that
 * must not be in the match's sentence: "[limb, negation, lift, not limb-injury]" is an arm that
 * will not lift, unless the sentence tells of a swelling, a lump or a bone out of place.
 */
const Pattern = z
  .array(
    z
      .string()
      .max(MAX_ID_LENGTH + ABSENT.length)
      .regex(
        /^(?:not )?[a-z0-9]+(?:-[a-z0-9]+)*$/,
        "expected a concept id, or 'not ' and a concept id (e.g. not limb-injury)",
      ),
  )
  .min(1)
  .refine((p) => presentCount(p) > 0, {
    error: "a pattern needs at least one concept that must be there, not only 'not ...'",
  })
  .refine((p) => presentCount(p) <= 4, {
    error: 'a pattern combines at most four concepts',
  });

/**
 * A situation that must stop the conversation: any pattern (a list of concepts
 * all found within `window` words of one sentence) fires it, unless one of the
 * `unless` concepts is in the message.
 */
export const Situation = z.strictObject({
  id: Id,
  tier: z.enum(TIERS),
  action: z.enum(ACTIONS),
  /** The service shown first (emergency-number, crisis-help, poison-info, emergency-department). */
  service: Id,
  /** National number ids to show, most important first; language lines are reordered per language. */
  numbers: z.array(Id).min(1),
  /**
   * Any one of these fires the situation. A situation without patterns is the general one of
   * its action: only the learned signal (redflags/learned.ts) raises it, when no situation matched.
   */
  patterns: z.array(Pattern).default([]),
  unless: z.array(Id).default([]),
  /**
   * False: the second look (SECOND_LOOK in redflags/detector.ts) never sets this situation aside.
   * For what is said in everyday words on purpose: "look after my dog for me, by tomorrow I'll be gone".
   * `doubted`: only when the message itself gives a reason to doubt the match (someone else's, a
   * hypothetical, a book) and both models are near certain; for what people bury beside an errand.
   * `certain`: when both models are near certain and nothing in the message takes a doubt away (a
   * "now", an "again", the writer as a subject); for what a parent tells as a question.
   */
  secondLook: z.union([z.boolean(), z.literal('doubted'), z.literal('certain')]).default(true),
  /**
   * Denials that answer this situation beyond the plain one before the match (redflags/context.ts):
   * `later-denial`, a note's assessment after a quoted thought ("Sanoo että 'tekis mieli kadota',
   * tarkennettaessa ei itsetuhoisia ajatuksia"); `denied-plan`, a plan denied before the act it
   * names ("no plans to harm herself"). Never an intent: a plan told is a plan.
   */
  deniedBy: z.array(z.enum(['later-denial', 'denied-plan'])).default([]),
  window: z.number().int().min(1).max(20).default(6),
  message: LocalizedText,
});
export type Situation = z.infer<typeof Situation>;

/** Which concepts play a role around every situation (see schema.md, "Red flags"). */
export const RedFlagContext = z.strictObject({
  /** Past events, prevention, paperwork, bereavement: a match is dropped... */
  suppress: z.array(Id).default([]),
  /** ...unless one of these (now, right now, tonight) is in the same clause. */
  current: z.array(Id).default([]),
  /** Denial just before (or "ei ole" just after) a match drops it, unless its pattern uses this concept. */
  negation: z.array(Id).default([]),
  /** Words that make a negation mean "I don't know" rather than "there is none". */
  unsure: z.array(Id).default([]),
  /**
   * A plan or intent ("aion", "planerar", "going to"): denied ("ei aio", "ingen plan"), it drops
   * the match that needs it, and the denial says nothing about the thought behind it.
   */
  intent: z.array(Id).default([]),
  /** "Mitä jos", "what if someone", "vad gör man om": a match after one is a question, not an event... */
  hypothetical: z.array(Id).default([]),
  /** ...unless a verb in the past or perfect ("söi", "ate", "drack"; regular forms are recognised) or "now" tells it happened. */
  happened: z.array(Id).default([]),
  /** Thoughts and wishes: an if-clause is part of them ("mitä jos vaan tappaisin itseni"), so it never drops them. */
  thoughts: z.array(Id).default([]),
  /**
   * Phrases that say what their words are ("smoke alarm", "sydän särkyi", "häkävaroitin"): other
   * concepts found inside one are dropped; a concept naming the whole phrase stands.
   */
  mask: z.array(Id).default([]),
  /**
   * A worry about getting a condition ("pelkään et saan", "afraid of getting") and paperwork or
   * aftercare ("resepti", "kuntoutus") drop a match like a past event, unless the match is one of the
   * `thoughts`: "haluan kuolla ja tarvitsen kuntoutusta" is a wish to die now.
   */
  suppressExceptThoughts: z.array(Id).default([]),
  /**
   * A scene the resident was in (the news, a film, a course): it drops a match told as its
   * content, not one told as what happened then ("katsottiin uutisia kun isä kaatui", "we were
   * watching a film when he collapsed"): a "kun"/"när"/"when" between them keeps the match.
   */
  scene: z.array(Id).default([]),
  /**
   * The past happening again ("nyt taas sama tunne", "känns precis likadant", "same feeling
   * again"): after a past match it says the event is back now, so the past does not drop it.
   */
  recurrence: z.array(Id).default([]),
  /**
   * A first-ever event said in so many words ("no previous seizures known", "första anfallet"):
   * like a recurrence, the models do not get to set the match aside.
   */
  firstEver: z.array(Id).default([]),
  helpCalled: z.array(Id).default([]),
  feelsFine: z.array(Id).default([]),
  delayedHarm: z.array(Id).default([]),
  /**
   * Someone outside the family (a friend, a neighbour, a colleague, an ex) and the words that say
   * others already have their crisis in hand ("vanhemmat tietää", "on nyt osastolla", "parents are
   * on it"): a match about such a person, with such words in its sentence or a later one, is the
   * writer's worry about them, not an emergency to call in.
   */
  peer: z.array(Id).default([]),
  inOthersHands: z.array(Id).default([]),
  /**
   * Words of death said as a joke, with a laugh, in a song or over a game (`joking`), in the
   * match's sentence or the next: the match goes, unless the joke is denied or feared to be meant
   * (`earnest`).
   */
  joking: z.array(Id).default([]),
  earnest: z.array(Id).default([]),
  /**
   * A hypothetical taken back after the match ("no ei hypoteettisesti", "inte hypotetiskt", "not
   * hypothetically"): the question was about something that happened.
   */
  realised: z.array(Id).default([]),
  /**
   * Advice for some later day ("ohjeistettu", "Råd:", "pt told"): a match after an "if" that
   * follows such a word in its sentence is the condition of the advice, not an event now.
   */
  advice: z.array(Id).default([]),
  /**
   * Who the writer is when a peer's crisis is told: their own risk asked about and denied
   * ("kiistää omat itsetuhoajatukset", "mår själv bra", "I don't do it myself"). Like
   * `inOthersHands`, in a clause after the peer's words it makes a peer's thought or self-harm
   * the writer's worry, not a call to make.
   */
  ownSpared: z.array(Id).default([]),
  /**
   * `unless` concepts that speak for the whole message: who the person is ("autismi",
   * "kehitysvamma", "intellectual disability"), or a question said to be general ("kysyn
   * yleisesti", "nothing has happened"). They count anywhere in the message, not only in the
   * match's sentence, because a note names the condition once.
   */
  standing: z.array(Id).default([]),
  /**
   * A feared emergency that turned out to be something harmless: the belief (`mistaken`:
   * "luultiin", "trodde", "we thought") before a correction that follows the match
   * (`correction`: "mutta oli", "men det var bara", "turned out"). Not for thoughts and plans.
   */
  mistaken: z.array(Id).default([]),
  correction: z.array(Id).default([]),
  /**
   * `unless` concepts that are a verdict on what happened ("myrkytystietokeskus: ei
   * jatkotoimia", "växten ofarlig", "no action needed"): they count after the match, in its
   * sentence or a later one, because a note tells the event first and the verdict after it.
   */
  verdict: z.array(Id).default([]),
  /**
   * A word of harmlessness that is a `verdict` only in someone's voice (`voicedVerdict`:
   * "ofarlig", "harmless", "ei vaarallinen"), with a word of saying or judging before it in its
   * sentence or just after it (`voice`: "sa", "said", "sano", "bedömde"): "de sa att den
   * e ofarlig" is a verdict, "är den ofarlig?" a question. List it in `verdict` and `unless` too.
   */
  voicedVerdict: z.array(Id).default([]),
  voice: z.array(Id).default([]),
  /**
   * `unless` concepts that are a professional's findings that the feared state is over or not
   * there ("orientoitunut aikaan ja paikkaan", "SpO2 97", "talking in full sentences"): they count
   * only after the match, not denied, not dated before it ("aamulla vielä orientoitunut") and
   * not followed in their sentence by a "but".
   */
  resolution: z.array(Id).default([]),
  /**
   * A form's or a screening's question about a thought or self-harm (`asked`: "lomakkeessa
   * kysyttiin", "frågor om", "a question about", "self-harm item"), just before or after the
   * match: the topic of a question, not an answer, unless an answer after it says yes
   * (`affirmed`: "melko usein", "ibland", "sometimes", "myöntää") or the clause says "now".
   */
  asked: z.array(Id).default([]),
  /**
   * A time of life that is a past only when its clause is told in the past tense (`school-years`:
   * "lukiossa", "i gymnasiet", "in high school"): "viiltelin lukiossa" is a history, "yläkoulussa
   * on niin paha olla etten halua elää" is now.
   */
  pastIfToldPast: z.array(Id).default([]),
  affirmed: z.array(Id).default([]),
  /**
   * Who the person is, stated once for the whole message ("rv 31", "on chemotherapy"):
   * a pattern with one of these matches when the rest of it is in a later sentence.
   */
  attributes: z.array(Id).default([]),
  /** Acute words that give a one-line 112/116117 notice when no situation matched. */
  safetyNet: z.array(Id).default([]),
  /**
   * A message that says all is well (`all-well`: "kaikki kunnossa", "ei hätää", "mår bra", "Mum
   * calm, reports things going well"): when no situation matched, the learned signal, which
   * reads words and not what they are said of, does not speak beside it. Not denied, and not
   * followed in its sentence by a "but".
   */
  allWell: z.array(Id).default([]),
  /**
   * The person a finding is said of (`child`, `infant`, `elderly`): named after the first item of
   * a plain "no"'s list, it starts a statement of its own ("ei ruokaa, lapsi yksin kotona").
   */
  subjects: z.array(Id).default([]),
});
export type RedFlagContext = z.infer<typeof RedFlagContext>;

/** The content of one redflags/*.yaml file. */
export const RedFlagFile = z.strictObject({
  concepts: z.array(Concept).default([]),
  situations: z.array(Situation).default([]),
  context: RedFlagContext.optional(),
});
export type RedFlagFile = z.infer<typeof RedFlagFile>;

/** emergency.yaml: the national numbers. */
export const EmergencyNumbers = z.strictObject({
  numbers: z.array(NationalNumber).min(1),
});

export const Emergency = z.strictObject({
  numbers: z.array(NationalNumber).min(1),
  concepts: z.array(Concept).min(1),
  situations: z.array(Situation).min(1),
  context: RedFlagContext,
});
export type Emergency = z.infer<typeof Emergency>;

/** Life stages and need profiles: the two axes of a client segment. */
export const Segmentation = z.strictObject({
  lifeStages: z.array(LifeStage).min(1),
  needProfiles: z.array(NeedProfile).min(1),
  segments: z.array(Segment).min(1),
});
export type Segmentation = z.infer<typeof Segmentation>;

/**
 * The whole knowledge base as one value. This is also the JSON snapshot
 * (`npm run kb:export`, `GET /api/knowledge`) that the extension bundles and validates.
 */
export const KnowledgeBase = z.strictObject({
  /** Content hash: changes whenever any content changes. */
  version: z.string(),
  /** ISO timestamp of the newest reviewedAt or edit. */
  updatedAt: z.string(),
  lifeStages: z.array(LifeStage),
  needProfiles: z.array(NeedProfile),
  segments: z.array(Segment),
  municipalities: z.array(Municipality),
  services: z.array(Service),
  paths: z.array(ReferralPath),
  emergency: Emergency,
});
export type KnowledgeBase = z.infer<typeof KnowledgeBase>;
