/**
 * The concept lexicon as residents spell: a long stem forgives one typo of any
 * kind anywhere between its first and its last letter, also as the later part
 * of a compound, and no more than one. The typo lookup is indexed by a word's
 * first letters, so the edits right after the first letter are the ones to watch.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import { readExactly } from '../../../knowledge/redflags/context';
import {
  compileLexicon,
  shadowedWords,
  withIncludedWords,
  type Lexicon,
} from '../../../knowledge/redflags/lexicon';
import { tokenizeMessage } from '../../../knowledge/redflags/tokens';

const lexicon = compileLexicon([
  { id: 'suicide', words: { fi: ['itsemurha*'], sv: [], en: [] } },
  { id: 'chest', words: { fi: ['rinta*'], sv: [], en: [] } },
  { id: 'pain', words: { fi: ['*kipu*'], sv: [], en: [] } },
]);

const concepts = (text: string) =>
  lexicon.find(tokenizeMessage(text), 'fi').map((hit) => hit.concept);

/** The word with one letter at `at` replaced, one added before it, it left out, and it swapped with the next. */
const typos = (word: string, at: number) => [
  `${word.slice(0, at)}x${word.slice(at + 1)}`,
  `${word.slice(0, at)}x${word.slice(at)}`,
  word.slice(0, at) + word.slice(at + 1),
  word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2),
];

const STEM = 'itsemurha';
const POSITIONS = Array.from({ length: STEM.length - 2 }, (_, i) => i + 1);

describe('a long stem forgives one typo', () => {
  it.each(POSITIONS)('of any kind at letter %i', (at) => {
    for (const typo of typos(STEM, at)) {
      expect(concepts(`${typo}ajatuksia`), typo).toEqual(['suicide']);
      expect(concepts(`mulla on ${typo}ajatuksia`), typo).toEqual(['suicide']);
    }
  });

  it('in the later part of a compound: "rintakiupa"', () => {
    expect(concepts('rintakiupa')).toEqual(['chest', 'pain']);
  });

  it('in a compound, only in the message\'s language: Swedish "tandläkare" is no Finnish "lääk"', () => {
    const mixed = compileLexicon([
      { id: 'tooth', words: { fi: [], sv: ['tand*'], en: [] } },
      { id: 'medicine', words: { fi: ['*lääk*'], sv: [], en: [] } },
    ]);
    const read = (text: string, lang: 'fi' | 'sv') =>
      mixed.find(tokenizeMessage(text), lang).map((hit) => hit.concept);
    expect(read('tandläkare', 'sv')).toEqual(['tooth']);
    expect(read('tandläkare', 'fi')).toEqual(['tooth', 'medicine']);
  });

  it('but not in the first or the last letter, and not two typos', () => {
    expect(concepts('xtsemurhaajatuksia')).toEqual([]);
    expect(concepts('itsemurhxajatuksia')).toEqual([]);
    expect(concepts('itxemurxaajatuksia')).toEqual([]);
  });
});

describe("a word in another language's message", () => {
  const mixed = compileLexicon([
    { id: 'person', words: { fi: ['äiti'], sv: [], en: [] } },
    { id: 'locked', words: { fi: [], sv: ['låst'], en: [] } },
    { id: 'smoke', words: { fi: ['*savu'], sv: [], en: [] } },
    { id: 'at', words: { fi: [], sv: ['åt'], en: [] } },
  ]);
  const read = (text: string, lang: 'fi' | 'sv' | 'en') =>
    mixed.find(tokenizeMessage(text), lang).map((hit) => hit.concept);

  it('counts where its dotted letters are also written: "äiti" in a Swedish message', () => {
    expect(read('min äiti andas inte', 'sv')).toEqual(['person']);
    expect(read('my aiti is not breathing', 'en')).toEqual([]);
  });

  it('not where folding made it another word: Swedish "låst" is not English "last", "åt" not "at"', () => {
    expect(read('dörren är låst', 'sv')).toEqual(['locked']);
    expect(read('the last time', 'en')).toEqual([]);
    expect(read('look at me', 'en')).toEqual([]);
  });

  it('and the later part of a compound counts in any: "savu" in a Swedish message', () => {
    expect(read('det kommer massor av häkäsavu', 'sv')).toEqual(['smoke']);
  });
});

describe('a word that can drop a match reads exactly', () => {
  const exact = compileLexicon(
    [
      { id: 'paperwork', words: { fi: ['korvaus*'], sv: [], en: [] } },
      { id: 'bleeding', words: { fi: ['verenvuoto*'], sv: [], en: [] } },
    ],
    new Set(['paperwork']),
  );
  const found = (text: string) => exact.find(tokenizeMessage(text), 'fi').map((hit) => hit.concept);

  it('"korvasta" (from the ear) is not "korvausta" (compensation), but still finds "korvausta"', () => {
    expect(found('korvasta tulee verta')).toEqual([]);
    expect(found('haen korvausta')).toEqual(['paperwork']);
  });

  it('while an emergency word still forgives its typo', () => {
    expect(found('verenvoutoa')).toEqual(['bleeding']);
  });
});

describe('a word an earlier word of its concept always matches first', () => {
  const words = ['kipu*', 'kipua', 'kipu rinnassa', '*kipu*', 'kipulääkkee*', 'kipulääkkeen'];
  const withAll = [{ id: 'pain', words: { fi: words, sv: [], en: [] } }];
  const found = (concepts: typeof withAll, text: string) =>
    compileLexicon(concepts)
      .find(tokenizeMessage(text), 'fi')
      .map((hit) => `${hit.concept}:${hit.word}`);
  const without = (drop: string[]) => [
    { id: 'pain', words: { fi: words.filter((w) => !drop.includes(w)), sv: [], en: [] } },
  ];
  const messages = [
    'kipua on',
    'kipu rinnassa',
    'rintakipua',
    'kipulääkkeen otin',
    'kipulääkkeitä',
    'kiuplääkkeen',
    'kiplääkkeen',
  ];

  it('is found and is what kb:check reports', () => {
    expect(shadowedWords(withAll).map((s) => `${s.word} < ${s.by}`)).toEqual([
      'kipua < kipu*',
      'kipu rinnassa < kipu*',
      'kipulääkkeen < kipu*',
    ]);
  });

  it('changes no hit when removed', () => {
    const shadowed = shadowedWords(withAll).map((s) => s.word);
    for (const text of messages)
      expect(found(without(shadowed), text), text).toEqual(found(withAll, text));
  });

  it('unlike the words it keeps: a long stem finds a typo the short one misses', () => {
    expect(found(withAll, 'kiuplääkkeen')).toEqual(['pain:kiuplääkkeen']);
    expect(found(without(['kipulääkkee*']), 'kiuplääkkeen')).toEqual([]);
  });
});

describe('a gap in a phrase', () => {
  const gapped = compileLexicon([
    { id: 'none-missing', words: { fi: ['kaikki … tallella'], sv: ['alla ... kvar'], en: [] } },
  ]);
  const found = (text: string, lang: 'fi' | 'sv' = 'fi') =>
    gapped.find(tokenizeMessage(text), lang).map((hit) => hit.word);

  it('takes no word, or up to three between its words', () => {
    expect(found('kaikki tallella')).toEqual(['kaikki tallella']);
    expect(found('kaikki tabletit tallella')).toEqual(['kaikki tabletit tallella']);
    expect(found('kaikki 20 tablettia tallella')).toEqual(['kaikki 20 tablettia tallella']);
    expect(found('alla 14 fanns kvar', 'sv')).toEqual(['alla 14 fanns kvar']);
    expect(found('kaikki lääkkeet oli vielä tallella')).toEqual([
      'kaikki lääkkeet oli vielä tallella',
    ]);
  });

  it('but not four, and not across a comma: the phrase is said in one go', () => {
    expect(found('kaikki lapset ovat aina leikkineet tallella')).toEqual([]);
    expect(found('kaikki söivät, tallella')).toEqual([]);
  });

  it('and never over a relative clause, a "not" or a "but", which say something else', () => {
    expect(found('tog alla som fanns kvar', 'sv')).toEqual([]);
    expect(found('kaikki jotka olivat tallella')).toEqual([]);
    expect(found('kaikki ei ollut tallella')).toEqual([]);
    expect(found('alla men inte kvar', 'sv')).toEqual([]);
  });

  it('is shadowed by an earlier word that covers its words before the gap, as kb:check reports', () => {
    const concept = (fi: string[]) => [{ id: 'unanswered', words: { fi, sv: [], en: [] } }];
    const shadowed = (fi: string[]) => shadowedWords(concept(fi)).map((s) => `${s.word} < ${s.by}`);
    expect(shadowed(['ei vastaa', 'ei vastaa … puhelimeen'])).toEqual([
      'ei vastaa … puhelimeen < ei vastaa',
    ]);
    // First, or after a word that covers only part of what comes before its gap, it fires.
    expect(shadowed(['ei vastaa … puhelimeen', 'ei vastaa'])).toEqual([]);
    expect(shadowed(['ei vastaa ovelle', 'ei vastaa … puhelimeen'])).toEqual([]);
  });
});

describe("a concept's includes", () => {
  const list = (fi: string[]) => ({ fi, sv: [], en: [] });
  const found = (concepts: Parameters<typeof withIncludedWords>[0], text: string) =>
    compileLexicon(withIncludedWords(concepts))
      .find(tokenizeMessage(text), 'fi')
      .map((hit) => `${hit.concept}:${hit.word}`);

  it('finds the included words under the including concept, and the included one still alone', () => {
    const concepts = [
      { id: 'frost-site', includes: ['digit'], words: list(['posk*']) },
      { id: 'digit', words: list(['sormi*', 'varpa*']) },
    ];
    expect(found(concepts, 'sormi valkoinen')).toEqual(['frost-site:sormi', 'digit:sormi']);
    expect(found(concepts, 'posket kovat')).toEqual(['frost-site:posket']);
  });

  it('reads its own words first, so its longer phrase still wins over an included stem', () => {
    const concepts = [
      { id: 'cold-exposure', includes: ['cold'], words: list(['yön ulkona']) },
      { id: 'cold', words: list(['yö*']) },
    ];
    expect(found(concepts, 'yön ulkona')).toContain('cold-exposure:yön ulkona');
  });

  it('takes an include of an include, and stops at a cycle', () => {
    const concepts = [
      { id: 'a', includes: ['b'], words: list(['aa']) },
      { id: 'b', includes: ['c'], words: list(['bb']) },
      { id: 'c', includes: ['a'], words: list(['cc']) },
    ];
    const [a] = withIncludedWords(concepts);
    expect(a!.words.fi).toEqual(['aa', 'bb', 'cc']);
  });
});

/**
 * The content's own lexicon: a word that only contains a danger word by accident must not carry
 * it. Each of these once did, through a pattern that matched inside any word ("*risk*" in
 * "psykiatrisk", "*paristo*" in "ympäristö") or a stem too short ("pakka*" in "lääkepakkaus").
 */
describe('everyday words carry no danger concept by accident', () => {
  let content: Lexicon;
  beforeAll(async () => {
    const { kb } = await loadKnowledgeDir();
    content = compileLexicon(withIncludedWords(kb!.emergency.concepts), readExactly(kb!.emergency));
  });

  it.each([
    ['psykiatrisk', 'sv', 'learning'],
    ['frisk', 'sv', 'learning'],
    ['kuukautiset', 'fi', 'developmental'],
    ['ympärivuorokautinen', 'fi', 'developmental'],
    ['päivystävälle', 'fi', 'peer'],
    ['hautausavustus', 'fi', 'smoke'],
    ['ympäristössä', 'fi', 'swallow-battery'],
    ['naapurista', 'fi', 'pain'],
    ['lääkärintarkastus', 'fi', 'chest'],
    ['lääkepakkaus', 'fi', 'frost'],
    ['helmikuussa', 'fi', 'object'],
    ['talousneuvonta', 'fi', 'building'],
    ['vajaatoiminta', 'fi', 'burn-place'],
    ['puukiuas', 'fi', 'weapon'],
    ['släktingar', 'sv', 'limp'],
    ['kakelugnen', 'sv', 'arm-jaw'],
    ['hemskickad', 'sv', 'severe'],
    ['sparkar', 'sv', 'saved'],
    ['oxygen', 'en', 'medicine'],
    ['plants', 'en', 'intend'],
  ] as const)('"%s" (%s) is no %s', (word, lang, concept) => {
    const hits = content.find(tokenizeMessage(word), lang);
    expect(hits.map((hit) => hit.concept)).not.toContain(concept);
  });
});
