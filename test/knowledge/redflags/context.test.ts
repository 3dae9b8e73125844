/**
 * The context layer as residents and counsellors meet it: what the words around
 * a match do to it. A denied plan leaves the thought (crisis line, not 112), a
 * denied thought leaves nothing, and reported speech in a note counts like the
 * resident's own words. Phrasings are written for these tests, not taken from
 * the evaluation sets.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import { createRedFlagDetector, type RedFlagDetector } from '../../../knowledge/redflags/detector';
import type { Language } from '../../../knowledge/schema';

let detector: RedFlagDetector;

beforeAll(async () => {
  const { kb } = await loadKnowledgeDir();
  detector = createRedFlagDetector(kb!.emergency);
});

const detect = (text: string, lang: Language) => detector.detect(text, lang).match;

describe('a denied plan leaves the suicidal thought: the crisis line, not 112', () => {
  it.each([
    ['ajattelen et tappaisin itteni mut en mä aio tehdä mitään', 'fi'],
    ['mietin usein miten tappaisin itseni, en kuitenkaan aio', 'fi'],
    ['As. kertoo ajatelleensa tappaa itsensä, ei konkreettisia suunnitelmia.', 'fi'],
    ['en aio tappaa itseäni mutta ajattelen sitä joka päivä', 'fi'],
    ['jag funderar på att ta mitt liv men jag har ingen plan', 'sv'],
    ['Klienten har tankar på att ta sitt liv, förnekar planer.', 'sv'],
    ["I think about killing myself a lot but I don't have a plan", 'en'],
    ["I'm not going to do anything but I keep thinking about dying", 'en'],
    ['i wish i didnt exist', 'en'],
    ['välillä toivon etten vaan olis olemassa', 'fi'],
  ] as const)('"%s" (%s) -> suicidal-thoughts, crisis', (text, lang) => {
    expect(detect(text, lang)).toMatchObject({ flag: 'suicidal-thoughts', action: 'crisis' });
  });
});

describe('a plan stated, also in reported speech, is 112', () => {
  it.each([
    ['aion ottaa kaikki pillerit tänä yönä, ei kukaan voi estää', 'fi'],
    ['ei kukaan estä mua, aion tappaa itseni huomenna', 'fi'],
    ['asiakas kertoo aikovansa tappaa itsensä tänä iltana', 'fi'],
    ['Klienten uppger att hon tänker ta sitt liv i kväll.', 'sv'],
    ['jag ska ta livet av mig i natt, ingen kan stoppa mig', 'sv'],
    ['pt reports plan to overdose tonight', 'en'],
    ["i'm going to kill myself tonight, nobody can stop me", 'en'],
  ] as const)('"%s" (%s) -> suicide-intent, 112', (text, lang) => {
    expect(detect(text, lang)).toMatchObject({ flag: 'suicide-intent', action: '112' });
  });
});

describe('a denied or past thought is nothing', () => {
  it.each([
    ['ei itsetuhoisia ajatuksia eikä suunnitelmia', 'fi'],
    ['kertoo aiemmin olleen itsetuhoisia ajatuksia, nyt ei', 'fi'],
    ['Förnekar självmordstankar och planer.', 'sv'],
    ['denies suicidal ideation, plan or intent', 'en'],
    ['toivon että olisi olemassa parempi palvelu nuorille', 'fi'],
  ] as const)('"%s" (%s) -> nothing', (text, lang) => {
    expect(detect(text, lang)).toBeNull();
  });
});

describe('a question about an event that has not happened is a look-alike', () => {
  it.each([
    ['mitä jos lapsi nielee pariston', 'fi'],
    ['entä jos vauva tukehtuu ruokaan, miten silloin toimitaan', 'fi'],
    ['mitä tapahtuu jos ottaa liikaa parasetamolia', 'fi'],
    ['miten pitää toimia jos mummo joskus kaatuu eikä pääse ylös', 'fi'],
    ['mua pelottaa et en joku päivä enää herää', 'fi'],
    ['vad gör man om någon får en stroke', 'sv'],
    ['tänk om barnet sväljer ett batteri', 'sv'],
    ['vad händer om man tar för många tabletter', 'sv'],
    ['what should I do if someone chokes', 'en'],
    ['what if my kid swallows a battery', 'en'],
    ['if someone is having a heart attack what should i do', 'en'],
    ['in case of a fire in our building, where do we go', 'en'],
  ] as const)('"%s" (%s) -> nothing', (text, lang) => {
    expect(detect(text, lang)).toBeNull();
  });
});

describe('the same frame around an event that happened, or is happening now, is real', () => {
  it.each([
    ['mitä teen kun lapsi nieli pariston', 'fi', 'child-poisoning'],
    ['mitä tehdä jos lapsi on niellyt pariston', 'fi', 'child-poisoning'],
    ['mitä tehdä jos mummo kaatui ja löi päänsä ja oksentaa', 'fi', 'head-injury'],
    ['entä jos isällä on nyt aivoinfarkti, suu roikkuu', 'fi', 'stroke'],
    ['vad ska man göra om ett barn drack diskmedel nyss', 'sv', 'child-poisoning'],
    ['tänk om han har tagit alla tabletter, han svarar inte', 'sv', 'overdose'],
    ['vad ska jag göra, mitt barn svalde ett batteri', 'sv', 'child-poisoning'],
    ['what do I do my kid swallowed a battery', 'en', 'child-poisoning'],
    ['what should i do if my son swallowed a battery', 'en', 'child-poisoning'],
    ['what to do if my toddler ate a button battery', 'en', 'child-poisoning'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(detect(text, lang)).toMatchObject({ flag: situation });
  });

  it('keeps a thought that is put as a question: it is the emergency itself', () => {
    expect(detect('mitä jos vaan tappaisin itseni', 'fi')).toMatchObject({
      flag: 'suicidal-thoughts',
    });
  });
});
