/**
 * The learned signal beside the concepts: what it adds for residents (an emergency in
 * words no concept lists gets the general answer of its action), what it must never do
 * (revive a match the context dropped, speak on plain service questions), and how it is
 * built (deterministic training, an explanation from the message's own words).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import {
  createRedFlagDetector,
  LEARNED_CONCEPT,
  type RedFlagDetector,
} from '../../../knowledge/redflags/detector';
import {
  createLearnedSignal,
  negatedWords,
  wordsForLearning,
} from '../../../knowledge/redflags/learned';
import { trainLearnedModel, type TrainingExample } from '../../../knowledge/redflags/learned-train';
import type { Emergency, Language } from '../../../knowledge/schema';

let emergency: Emergency;
let both: RedFlagDetector;
let conceptsAlone: RedFlagDetector;

beforeAll(async () => {
  const { kb } = await loadKnowledgeDir();
  emergency = kb!.emergency;
  both = createRedFlagDetector(emergency);
  conceptsAlone = createRedFlagDetector(emergency, null);
});

describe('an emergency in words no concept lists still comes first', () => {
  // Messages from a fresh development section that the concepts alone missed on first contact.
  it.each([
    ['seison sillalla enkä jaksa enää', 'fi', 'general-112', '112'],
    ['köysi on jo autossa ja paikka katottuna metsästä', 'fi', 'general-112', '112'],
    [
      'jag har bestämt mig, jag vet vilken bro och vilken tid. ville bara att nån skulle veta',
      'sv',
      'general-112',
      '112',
    ],
    ['someone is kicking my door and saying hes going to kill me', 'en', 'general-112', '112'],
    [
      'halkade på isen, handleden är svullen och böjd på ett konstigt sätt',
      'sv',
      'general-urgent',
      '116117',
    ],
  ] as const)('%s (%s) -> %s', (text, lang, flag, action) => {
    expect(conceptsAlone.detect(text, lang as Language).match).toBeNull();
    const match = both.detect(text, lang as Language).match;
    expect(match).toMatchObject({ flag, action, id: expect.any(String) });
    expect(match!.numbers.length).toBeGreaterThan(0);
  });

  it('answers with the general situation of its action, in the resident’s language', () => {
    const match = both.detect(
      'someone is kicking my door and saying hes going to kill me',
      'en',
    ).match!;
    const situation = emergency.situations.find((s) => s.id === match.flag)!;
    expect(situation.patterns).toEqual([]);
    expect(situation.message.en).toMatch(/emergency number/);
    expect(match.numbers).toEqual(['emergency']);
  });

  it('explains itself with words of the message, never with "and" or "ja"', () => {
    const text = 'someone is kicking my door and saying hes going to kill me';
    const match = both.detect(text, 'en').match!;
    expect(match.concepts.length).toBeGreaterThan(0);
    for (const { concept, word } of match.concepts) {
      expect(concept).toBe(LEARNED_CONCEPT);
      expect(text).toContain(word);
      expect(word.length).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('what the learned signal must not do', () => {
  it.each([
    ['sain sydänkohtauksen viime vuonna, missä on kuntoutus', 'fi'],
    ['ei itsetuhoisia ajatuksia eikä suunnitelmia', 'fi'],
    ['Förnekar självmordstankar och planer.', 'sv'],
    ['what should I do if my child swallows a battery', 'en'],
  ] as const)('a match the context dropped stays dropped: %s', (text, lang) => {
    expect(both.detect(text, lang).match).toBeNull();
  });

  it.each([
    ['missä saan hammaslääkäriajan', 'fi'],
    ['hur ansöker jag om färdtjänst', 'sv'],
    ['where can I get a flu vaccine', 'en'],
    ['äiti tarvitsee apua kotiin joka päivä', 'fi'],
  ] as const)('a plain service question gets no flag: %s', (text, lang) => {
    expect(both.detect(text, lang).match).toBeNull();
  });
});

describe('hard look-alikes written against the concepts', () => {
  // Written to test the concepts' context rules, these are what the learned signal still gets
  // wrong: it reads a child on a windowsill or a burning candle as danger. It may add its hedged
  // general card, with the answer after it; it never names a situation, and the concepts stay
  // quiet. Its false alarms are measured on fresh text by npm run eval, not pinned here.
  it.each([
    ['poika ja isä lähti kahdestaan kalaan', 'fi'],
    ['istun autossa moottori käynnissä odottamassa lasta', 'fi'],
    ['lapsi istuu ikkunalaudalla ja lukee kirjaa', 'fi'],
    ['tonight is the night of the big concert', 'en'],
    ['I just hit my head on the cupboard door, bit of a bump', 'en'],
    ['ljusen brinner på bordet, mysigt', 'sv'],
    ['hyresvärden svarar inte och elementen är kalla', 'sv'],
    ['I cannot breathe easy until the rent support is decided', 'en'],
    ["I'm confused about the letter I got this morning", 'en'],
    [
      'pappa tar sina tabletter två gånger om dagen och blir lite yr, vem kan se över medicinerna',
      'sv',
    ],
    ['det känns som en sten har fallit från mitt bröst', 'sv'],
    ['takasta tulee savua sisään kun tuulee, kuka nuohoaa', 'fi'],
    ['pakkaa köysi ja kiipeilyvaljaat mukaan retkelle', 'fi'],
    ['my mum is going to kill me if i fail maths', 'en'],
    ['I sat 70 minutes in the waiting room', 'en'],
    ['kaadoin kahvia pöydälle ja pyyhe on läpimärkä', 'fi'],
    ['kan man frysa svamp som man plockade själv', 'sv'],
    ['det är kallt ute och elementet är trasigt', 'sv'],
    ['menin ihan jäihin kun pomo huusi palaverissa', 'fi'],
    // Since the model learned from sections 14-18 (urgent cases, notes, spoken Finnish): a cup
    // that falls from a hand is a stroke sign there, and a child's blue stool after food a poison.
    ['isä pilkkoo pihalla puita kirveellä', 'fi'],
    ['lapsi söi eilen mustikoita ja kakka on sinistä', 'fi'],
    ['kahvikuppi putos kädestä ja meni rikki', 'fi'],
    ['my daughter fell off the trampoline and twisted her ankle, can we see a nurse', 'en'],
    // Since the model learned from sections 68-69 (wishes to die told many ways): a wish for a
    // better service reads as a wish, at 0.62.
    ['toivon että olisi olemassa parempi palvelu nuorille', 'fi'],
  ] as const)('%s (%s): no named situation', (text, lang) => {
    expect(conceptsAlone.detect(text, lang).match).toBeNull();
    const match = both.detect(text, lang).match;
    if (match)
      expect(match).toMatchObject({ learned: true, flag: expect.stringMatching(/^general-/) });
  });
});

describe('training', () => {
  const examples: TrainingExample[] = [
    { text: 'he fell in the lake and is not breathing', action: '112' },
    { text: 'she fell through the ice and went under', action: '112' },
    { text: 'the boy fell into the pool and is blue', action: '112' },
    { text: 'I want to end it all tonight', action: 'crisis' },
    { text: 'I want to die, nothing matters', action: 'crisis' },
    { text: 'where do I book a dentist', action: null },
    { text: 'I need a dentist appointment', action: null },
    { text: 'how do I book a dental check-up', action: null },
  ];
  const options = { threshold: 0.5, trainedOn: 'eight examples', minExamples: 1 };

  it('gives the same model for the same examples, byte for byte', () => {
    expect(JSON.stringify(trainLearnedModel(examples, options))).toBe(
      JSON.stringify(trainLearnedModel(examples, options)),
    );
  });

  it('learns the actions it was shown and keeps quiet on what it was told is nothing', () => {
    const signal = createLearnedSignal(trainLearnedModel(examples, options));
    expect(signal('my dad fell in the lake')?.action).toBe('112');
    expect(signal('I want to end it')?.action).toBe('crisis');
    expect(signal('book a dentist')).toBeNull();
  });

  it('averages models that each left out a share of the examples, and still learns every action', () => {
    const bagged = { ...options, bags: 4 };
    expect(JSON.stringify(trainLearnedModel(examples, bagged))).toBe(
      JSON.stringify(trainLearnedModel(examples, bagged)),
    );
    expect(JSON.stringify(trainLearnedModel(examples, bagged))).not.toBe(
      JSON.stringify(trainLearnedModel(examples, options)),
    );
    const signal = createLearnedSignal(trainLearnedModel(examples, bagged));
    expect(signal('my dad fell in the lake')?.action).toBe('112');
    expect(signal('I want to end it')?.action).toBe('crisis');
    expect(signal('book a dentist')).toBeNull();
  });
});

describe('reading negation', () => {
  const negated = (text: string) => {
    const { folded, written } = wordsForLearning(text);
    return written.filter((_, i) => negatedWords(folded, 3)[i]);
  };

  it('marks the words a "no" reaches, so a denied symptom is not the symptom', () => {
    expect(negated('Ei hypon oireita: ei hikoilua, ei vapinaa.')).toEqual([
      'hypon',
      'oireita',
      'hikoilua',
      'vapinaa',
    ]);
    expect(negated('Denies chest pain or SOB at rest')).toEqual(['chest', 'pain', 'or']);
    expect(negated('Inga självmordstankar')).toEqual(['självmordstankar']);
  });

  it('stops at a "but" or a "now", and reaches no further than it is told', () => {
    expect(negated('no chest pain earlier but now crushing pain and sweating')).toEqual([
      'chest',
      'pain',
      'earlier',
    ]);
    expect(negated('ei ollut kipua nyt rintaa puristaa')).toEqual(['ollut', 'kipua']);
    const { folded } = wordsForLearning('ei ollut koskaan aiemmin kipua');
    expect(negatedWords(folded, 0)).toEqual([false, false, false, false, false]);
  });
});
