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

describe('self-harm: the crisis line even when it bleeds, unless it was an accident or blood spurts', () => {
  it.each([
    ['viiltelin eilen illalla', 'fi', 'self-harm', 'crisis'],
    ['viiltelin taas ranteeseen eikä vuoto lopu', 'fi', 'self-harm', 'crisis'],
    ['jag har skurit mig igen och det slutar inte blöda', 'sv', 'self-harm', 'crisis'],
    ['min son bränner sig själv med tändare', 'sv', 'self-harm', 'crisis'],
    ['my son is burning himself with a lighter', 'en', 'self-harm', 'crisis'],
    ['tytär 14v polttaa käsiään tupakalla', 'fi', 'self-harm', 'crisis'],
    ['kuristan itseäni kun ahdistaa', 'fi', 'self-harm', 'crisis'],
    ['hon stryper sig själv med ett bälte', 'sv', 'self-harm', 'crisis'],
    ['i choke myself when i panic', 'en', 'self-harm', 'crisis'],
    ['my colleague got acid on his arm and face, bad burns', 'en', 'burns', '112'],
    ['leikkasin sormeen vahingossa ja verta tulee tosi paljon', 'fi', 'severe-bleeding', '112'],
    ['han skar sig djupt i armen och blodet sprutar', 'sv', 'severe-bleeding', '112'],
    ['i cut myself cooking and it wont stop bleeding', 'en', 'severe-bleeding', '112'],
    ['the kitchen is on fire and i burned myself by accident', 'en', 'fire-smoke', '112'],
  ] as const)('"%s" (%s) -> %s, %s', (text, lang, situation, action) => {
    expect(detect(text, lang)).toMatchObject({ flag: situation, action });
  });

  it.each([
    ['viiltelin nuorena, nyt haen arpien poistoa', 'fi'],
    ['jag skar mig för flera år sedan och vill ta bort ärren', 'sv'],
    ['I have scars from cutting years ago', 'en'],
    ['aurinko polttaa ihoa rannalla', 'fi'],
    ['poika satutti kättään jalkapallossa', 'fi'],
  ] as const)(
    'scars from years ago, sunburn and sports are not self-harm: "%s" (%s)',
    (text, lang) => {
      expect(detect(text, lang)).toBeNull();
    },
  );
});

describe('ordinary service texts raise no flag (words that only look like danger)', () => {
  it.each([
    [
      'Kunta järjestää kuljetuspalvelut henkilölle, joka ei kykene käyttämään joukkoliikennettä.',
      'fi',
    ],
    ['Neuvolassa seurataan lapsen terveyttä, kasvua ja kehitystä.', 'fi'],
    ['Psykoterapiaan voi hakeutua lähetteellä.', 'fi'],
    ['Kurkkumätä-jäykkäkouristusrokote annetaan aikuisille kymmenen vuoden välein.', 'fi'],
    ['De privata laboratorierna fakturerar för sina tjänster.', 'sv'],
    ['Med olika tekniker tar man fram bilder av ett organ.', 'sv'],
    ['jobbet tar livet av mig, behöver tid till företagshälsan', 'sv'],
  ] as const)('"%s" (%s) -> nothing', (text, lang) => {
    expect(detect(text, lang)).toBeNull();
  });

  it('still hears the resident who is being followed or cannot breathe', () => {
    expect(detect('mua seurataan ja naapurit vakoilee', 'fi')).toMatchObject({
      flag: 'urgent-mental',
    });
    expect(detect('en saa henkeä', 'fi')).toMatchObject({ flag: 'breathing' });
  });
});

describe('notes and reported speech count like the resident’s own words', () => {
  it.each([
    ['As. kertoo suunnittelevansa itsemurhaa huomiseksi.', 'fi', 'suicide-intent'],
    ['sanoi et se aikoo hypätä sillalta illalla', 'fi', 'suicide-intent'],
    ['Uppger att han har planer på att ta sitt liv.', 'sv', 'suicide-intent'],
    ['Pt reports a suicide plan for tonight.', 'en', 'suicide-intent'],
    ['Pt states he intends to kill himself this weekend.', 'en', 'suicide-intent'],
    ['Äiti kertoo tyttären viiltelevän itseään.', 'fi', 'self-harm'],
    ['Kertoo viiltelleensä viimeksi eilen.', 'fi', 'self-harm'],
    ['Patient reports cutting last night.', 'en', 'self-harm'],
    ['Hon har självmordstankar men inga självmordsplaner.', 'sv', 'suicidal-thoughts'],
    ['Pt endorses suicidal ideation without plan.', 'en', 'suicidal-thoughts'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(detect(text, lang)).toMatchObject({ flag: situation });
  });

  it.each([
    ['Asiakas kertoo aiemmin olleen itsetuhoisia ajatuksia, nyt ei.', 'fi'],
    ['Nuori kertoo viiltelleensä yläkoulussa, viimeisin kerta 2 v sitten.', 'fi'],
    ['Klienten uppger tidigare självmordstankar, inga nu.', 'sv'],
    ['Hon berättar att hon skadade sig själv som tonåring men inte sedan dess.', 'sv'],
    ['Client reports previous suicidal thoughts, none currently.', 'en'],
    ['Hx of self-harm in adolescence, none for 3 years.', 'en'],
  ] as const)('a past told in a note is not now: "%s" (%s)', (text, lang) => {
    expect(detect(text, lang)).toBeNull();
  });
});

describe('words inside other words do not cancel or fake a flag', () => {
  it.each([
    ['Toivoisin ettei minun tarvitsisi herätä aamulla.', 'fi', 'suicidal-thoughts'],
    [
      'As. kertoo toistuvista itsetuhoisista ajatuksista, ei suunnitelmaa.',
      'fi',
      'suicidal-thoughts',
    ],
    ['Pt reports passive SI for two weeks, denies plan or intent.', 'en', 'suicidal-thoughts'],
    ['otan kaikki pillerit tänä yönä', 'fi', 'suicide-intent'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(detect(text, lang)).toMatchObject({ flag: situation });
  });

  it.each([
    ['Omainen huolissaan lääkesekaannuksista, tänään tarkistettu ja kaikki kunnossa.', 'fi'],
    ['Pt denies SI/HI.', 'en'],
  ] as const)('"%s" (%s) -> nothing', (text, lang) => {
    expect(detect(text, lang)).toBeNull();
  });
});

describe('a plain "no" denies things, not the person named after it', () => {
  it.each([
    [
      'Kotikäynnillä ei ruokaa, lapsi yksin kotona, äiti ei vastaa puhelimeen.',
      'fi',
      'child-in-danger',
    ],
    ['jääkaapissa ei ruokaa ja 4v lapsi yksin kotona', 'fi', 'child-in-danger'],
    ['ei kuumetta, vauva veltto ja sinertävä', 'fi', 'infant-limp-blue'],
    ['ingen mat hemma och barnet ensamt hemma', 'sv', 'child-in-danger'],
    ['ingen feber, bebisen slapp och blå', 'sv', 'infant-limp-blue'],
    ['no fever, baby floppy and blue', 'en', 'infant-limp-blue'],
  ] as const)('"%s" (%s) -> %s', (text, lang, situation) => {
    expect(detect(text, lang)?.flag).toBe(situation);
  });

  it.each([
    ['ei ole jättänyt lasta yksin kotiin', 'fi'],
    ['Ei päihteitä ja vanhemmat selvinpäin, lapsi leikkii.', 'fi'],
    ['ei alkoholia, lapsi ei ole yksin', 'fi'],
    ['ingen alkohol och barnet inte ensamt', 'sv'],
    ['no suicidal thoughts, patient calm and future oriented', 'en'],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(detect(text, lang)).toBeNull();
  });
});

describe("a protocol for a client's suicidal thoughts is no thought of anyone's now", () => {
  it.each([
    ['Jos asiakas soittaa itsetuhoisena, ohjataan kriisipuhelimeen.', 'fi'],
    ['Om klienten ringer suicidal hänvisas hen till kristelefonen.', 'sv'],
    ['if the client calls and is suicidal, refer to the crisis line', 'en'],
  ] as const)('"%s" (%s) -> no flag', (text, lang) => {
    expect(detect(text, lang)).toBeNull();
  });

  it.each([
    // Said by the client: the condition is theirs, and the threat real.
    ['Pt says if her ex comes back she will kill herself, referred to crisis team.', 'en'],
    [
      'Asiakas sanoo että jos poika viedään huostaan hän haluaa kuolla, ohjattu kriisipuhelimeen.',
      'fi',
    ],
    // The writer's own thought in a condition.
    ['jos mä tapan itteni ni kuka soittaa äidille', 'fi'],
  ] as const)('"%s" (%s) -> still flagged', (text, lang) => {
    expect(detect(text, lang)).not.toBeNull();
  });
});
