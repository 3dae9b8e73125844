import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../../bot/conversation/turn';
import type {
  ConversationData,
  Reply,
  TurnInput,
  TurnResult,
} from '../../../bot/conversation/types';
import { conversationKb } from '../../factories/conversation-kb';
import { fakeEngine, type FakeEngine } from '../../factories/fake-engine';
import { fakeEmergencyMatch } from '../../factories/emergency-match';

const ID_CODE = '131052-308T';
const NOW = new Date('2026-11-24T08:00:00Z'); // Tuesday 10:00 in Helsinki

/** Runs messages through handleTurn, threading the state like the adapter does. */
function conversation(engine?: FakeEngine) {
  const kb = conversationKb();
  const eng = engine ?? fakeEngine(kb);
  let state: ConversationData = {};
  const results: TurnResult[] = [];
  const run = (input: TurnInput) => {
    const result = handleTurn(input, state, { kb, engine: eng, now: NOW });
    state = result.state;
    results.push(result);
    return result;
  };
  return {
    kb,
    engine: eng,
    results,
    get state() {
      return state;
    },
    say: (text: string, locale = 'fi-FI', value?: unknown) =>
      run({ type: 'message', text, locale, value }),
    run,
  };
}

const textOf = (replies: Reply[]) =>
  replies
    .map((r) =>
      r.type === 'text' ? r.text : [r.card.title, r.card.subtitle, r.card.speak].join(' '),
    )
    .join('\n');
const cards = (result: TurnResult) =>
  result.replies.flatMap((r) => (r.type === 'card' ? [r.card] : []));

describe('emergency first', () => {
  it('shows the emergency card before anything else, even before the identity-code warning', () => {
    const c = conversation();
    const result = c.say(`rintakipu ${ID_CODE}`);
    expect(result.replies[0]).toMatchObject({ type: 'card', card: { kind: 'emergency' } });
    expect(textOf(result.replies)).toMatch(/Älä kirjoita henkilötunnustasi/);
    expect(cards(result)[0]?.links.map((l) => l.url)).toContain('tel:112');
  });

  it('checks for an emergency even when the message looks like a command or a clarification answer', () => {
    const c = conversation();
    c.say('psykologi');
    expect(c.state.pending?.ask).toBe('for-whom');
    const result = c.say('chest pain');
    expect(cards(result)[0]?.kind).toBe('emergency');
    expect(c.state.pending).toBeUndefined();
  });
});

/** What the detector answers for a third person's heart attack, an urgent injury and a near miss. */
const HUSBAND = 'mieheni rintaa puristaa ja hän hikoilee';
const ANKLE = 'nilkka turvonnut eikä kestä varata painoa';
const DIZZY = 'hammassärky ja huimaa';
const CHEST = fakeEmergencyMatch();
const URGENT = fakeEmergencyMatch({
  id: 'emergency-department',
  flag: 'urgent-injury',
  numbers: ['medical-helpline'],
  matched: 'nilkka turvonnut',
  tier: 'urgent',
  action: '116117',
});
function safetyEngine() {
  const kb = conversationKb();
  return fakeEngine(kb, {
    [HUSBAND]: () => ({ emergency: CHEST }),
    [ANKLE]: () => ({ emergency: URGENT }),
    // Acute words and nothing to answer: the notice alone.
    huimaa: () => ({ safetyNet: { words: ['huimaa'], numbers: ['emergency'] } }),
    [DIZZY]: () => ({
      safetyNet: { words: ['huimaa'], numbers: ['emergency', 'medical-helpline'] },
      confident: true,
      results: [{ id: 'dental-care', score: 1, why: [] }],
    }),
  });
}

describe('emergency and urgent matches come first, on every turn', () => {
  it.each([
    ['the for-whom question', 'psykologi', /Ketä asia koskee/],
    ['the municipality question', 'saaristo', /Missä kunnassa asut/],
  ])(
    'answers a third person’s emergency in the middle of %s, and drops the question',
    (_, first, question) => {
      const c = conversation(safetyEngine());
      expect(textOf(c.say(first).replies)).toMatch(question);
      const result = c.say(HUSBAND);
      expect(result.replies[0]).toMatchObject({
        type: 'card',
        card: { kind: 'emergency', tier: 'emergency', situation: 'chest-pain' },
      });
      expect(cards(result).map((card) => card.kind)).toEqual(['emergency']);
      expect(textOf(result.replies)).not.toMatch(question);
      expect(c.state.pending).toBeUndefined();
    },
  );

  it('says which words fired the flag, and leads with the number to call', () => {
    const [card] = cards(conversation(safetyEngine()).say(HUSBAND));
    expect(card?.lead).toBe('Soita 112 Soita heti 112.');
    expect(card?.sections.flatMap((s) => s.lines)).toContain(
      'Tunnistin viestistäsi: ”rintaa puristaa”.',
    );
    expect(card?.links.map((l) => l.url)).toEqual(['tel:112']);
  });

  it('sends an urgent match to 116117 first, with no service card or question', () => {
    const c = conversation(safetyEngine());
    c.say('psykologi');
    const result = c.say(ANKLE);
    const [card] = cards(result);
    expect(result.replies[0]).toMatchObject({ type: 'card', card: { tier: 'urgent' } });
    expect(card?.lead).toMatch(/Soita päivystysapuun 116117 tai hakeudu päivystykseen/);
    expect(card?.links.map((l) => l.url)).toEqual(['tel:116117']);
    expect(cards(result)).toHaveLength(1);
    expect(textOf(result.replies)).toMatch(/Jos asia ei ole kiireellinen/);
    expect(c.state.pending).toBeUndefined();
  });

  it('adds the safety-net line above the normal answer, never instead of it', () => {
    const result = conversation(safetyEngine()).say(DIZZY);
    expect(result.replies[0]).toEqual({
      type: 'text',
      text: 'Jos oireet ovat äkillisiä tai vakavia, soita: Hätänumero tai Päivystysapu.',
    });
    expect(cards(result).map((card) => card.serviceId)).toEqual(['dental-care']);
    expect(result.choices.map((ch) => ch.label)).toContain('Vastaus auttoi');
  });

  it('keeps the safety-net line when the message only adds the home municipality', () => {
    const result = conversation(safetyEngine()).say('asun Lohjalla, huimaa');
    expect(result.replies.map((r) => (r.type === 'text' ? r.text : r.card.kind))).toEqual([
      'Jos oireet ovat äkillisiä tai vakavia, soita: Hätänumero.',
      'Kotikuntasi: Lohja. Näytän jatkossa sen palvelupisteet.',
    ]);
  });
});

describe('identity codes', () => {
  it('warns once per conversation and never searches, stores or repeats the code', () => {
    const c = conversation();
    const first = c.say(`hetu ${ID_CODE} hammassärky`);
    const second = c.say(`${ID_CODE} hammassärky`);
    expect(textOf(first.replies)).toMatch(/Älä kirjoita henkilötunnustasi/);
    expect(textOf(second.replies)).not.toMatch(/Älä kirjoita henkilötunnustasi/);
    expect(c.engine.queries.join('\n')).not.toContain(ID_CODE);
    expect(JSON.stringify([c.results, c.state])).not.toContain(ID_CODE);
    expect(cards(first)[0]?.serviceId).toBe('dental-care');
  });

  it.each([
    ['a space for the sign', '131052 308T'],
    ['a Unicode minus', '131052\u2212308T'],
    ['full-width digits', '１３１０５２－３０８Ｔ'],
  ])('warns and stores nothing of a code written with %s', (_how, code) => {
    const c = conversation();
    const result = c.say(`koiran rokotus ${code}`);
    expect(textOf(result.replies)).toMatch(/Älä kirjoita henkilötunnustasi/);
    expect(result.insights.map((i) => i.text)).toEqual(['koiran rokotus [***]']);
    expect(JSON.stringify([c.results, c.state, c.engine.queries])).not.toMatch(/308|３０８/);
  });

  it('records an unanswered question with the code removed', () => {
    const c = conversation();
    const result = c.say(`koiran rokotus ${ID_CODE}`);
    expect(result.insights).toEqual([
      { kind: 'unanswered', lang: 'fi', text: 'koiran rokotus [***]', at: NOW.toISOString() },
    ]);
  });
});

describe('finding a service', () => {
  it('answers a confident search with the service card and feedback buttons', () => {
    const c = conversation();
    const result = c.say('hammassärky');
    expect(cards(result)[0]).toMatchObject({
      kind: 'service',
      title: 'Hammashoito',
      serviceId: 'dental-care',
    });
    expect(result.choices.map((ch) => ch.label)).toEqual(
      expect.arrayContaining(['Vastaus auttoi', 'Ei auttanut']),
    );
  });

  it('asks one for-whom question when the close results serve different people, then re-ranks', () => {
    const c = conversation();
    const asked = c.say('psykologi');
    expect(textOf(asked.replies)).toBe('Ketä asia koskee?');
    expect(asked.choices.map((ch) => ch.label)).toEqual([
      'Itselleni',
      'Lapselleni',
      'Iäkkäälle läheiselle',
    ]);
    const answered = c.say('Lapselleni');
    expect(c.engine.options.at(-1)).toMatchObject({ lifeStage: 'families' });
    expect(c.state.pending).toBeUndefined();
    expect(answered.replies).toHaveLength(1);
  });

  it('takes a typed answer to the for-whom question ("äidilleni")', () => {
    const c = conversation();
    c.say('psykologi');
    c.say('äidilleni');
    expect(c.engine.options.at(-1)).toMatchObject({ lifeStage: 'older-people' });
  });

  it('treats a message that does not answer the question as a new question', () => {
    const c = conversation();
    c.say('psykologi');
    const result = c.say('hammassärky');
    expect(cards(result)[0]?.serviceId).toBe('dental-care');
    expect(c.state.pending).toBeUndefined();
  });

  it('asks for the municipality when the service is not offered everywhere', () => {
    const c = conversation();
    const asked = c.say('saaristo');
    expect(textOf(asked.replies)).toMatch(/Missä kunnassa asut/);
    expect(asked.choices.map((ch) => ch.label)).toEqual(['Lohja', 'Hanko']);
    const answered = c.say('Hangossa');
    expect(c.state.municipality).toBe('hanko');
    expect(c.engine.options.at(-1)).toMatchObject({ municipality: 'hanko' });
    expect(cards(answered)[0]?.serviceId).toBe('island-ferry-care');
  });

  it('says honestly it is not sure, with the helpline and a person, never a random service', () => {
    const c = conversation();
    const result = c.say('auto hajosi');
    expect(textOf(result.replies)).toMatch(/En ole varma/);
    expect(cards(result).map((card) => card.kind)).toEqual(['contacts']);
    expect(textOf(result.replies)).toMatch(/116117/);
    expect(result.insights[0]?.kind).toBe('unanswered');
  });
});

describe('municipality memory', () => {
  it('remembers a municipality named in passing and shows its service point', () => {
    const c = conversation();
    expect(textOf(c.say('asun Lohjalla').replies)).toBe(
      'Kotikuntasi: Lohja. Näytän jatkossa sen palvelupisteet.',
    );
    const card = cards(c.say('hammassärky'))[0];
    expect(card?.sections.find((s) => s.heading === 'Palvelupiste: Lohja')?.lines).toEqual([
      'Lohjan keskus (esimerkki)',
      'Esimerkkitie 1, 00000 Espoo',
      'avoinna nyt, klo 16.00 asti',
    ]);
    expect(c.engine.options.at(-1)).toMatchObject({ municipality: 'lohja' });
  });

  it('recognises Swedish names and answers the question in the same message', () => {
    const c = conversation();
    const result = c.say('jag bor i Lojo och har tandvärk', 'sv-FI');
    expect(c.state.municipality).toBe('lohja');
    expect(textOf(result.replies)).toMatch(/Din hemkommun: Lojo/);
    expect(cards(result)[0]?.title).toBe('Tandvård');
  });

  it('forgets it on start over but keeps the chosen language', () => {
    const c = conversation();
    c.say('på svenska');
    c.say('asun Lohjalla');
    c.say('börja om');
    expect(c.state).toMatchObject({ lang: 'sv', langChosen: true });
    expect(c.state.municipality).toBeUndefined();
  });
});

describe('feedback', () => {
  it('records helpful / not helpful once, about the last answer, with the service id', () => {
    const c = conversation();
    c.say('hammassärky');
    const result = c.say('Ei auttanut');
    expect(result.insights).toEqual([
      {
        kind: 'not-helpful',
        lang: 'fi',
        text: 'hammassärky',
        serviceId: 'dental-care',
        at: NOW.toISOString(),
      },
    ]);
    // The same button again (it is no longer offered, so only a card value can send it): nothing new.
    expect(c.say('', 'fi-FI', { opastin: { type: 'feedback', helpful: false } }).insights).toEqual(
      [],
    );
  });

  it('accepts a card button value { opastin: action } and ignores forged values', () => {
    const c = conversation();
    c.say('hammassärky');
    expect(
      c.say('', 'fi-FI', { opastin: { type: 'feedback', helpful: true } }).insights[0]?.kind,
    ).toBe('helpful');
    const forged = c.say('', 'fi-FI', { opastin: { type: 'eval', code: 'x' } });
    expect(forged.insights).toEqual([]);
  });
});

describe('language', () => {
  it("follows Web Chat's locale until the resident chooses, then keeps the choice", () => {
    const c = conversation();
    expect(textOf(c.run({ type: 'welcome', locale: 'sv-FI' }).replies)).toMatch(/Jag är Opastin/);
    expect(textOf(c.say('in English', 'sv-FI').replies)).toMatch(/continue in English/);
    expect(textOf(c.say('hjälp', 'sv-FI').replies)).toMatch(/Write in your own words/);
  });

  it('honours the set-language event: silent before the welcome, confirmed after', () => {
    const c = conversation();
    expect(c.run({ type: 'set-language', lang: 'sv' }).replies).toEqual([]);
    expect(textOf(c.run({ type: 'welcome', locale: 'fi-FI' }).replies)).toMatch(/Jag är Opastin/);
    expect(textOf(c.run({ type: 'set-language', lang: 'en' }).replies)).toMatch(
      /continue in English/,
    );
    expect(c.run({ type: 'set-language', lang: 'xx' }).state.lang).toBe('en');
  });

  it('welcomes once, with topics and the other languages', () => {
    const c = conversation();
    const first = c.run({ type: 'welcome', locale: 'fi-FI' });
    expect(first.choices.map((ch) => ch.label)).toEqual([
      'Hammashoito',
      'På svenska',
      'In English',
    ]);
    expect(c.run({ type: 'welcome', locale: 'fi-FI' }).replies).toEqual([]);
  });
});

describe('other input', () => {
  it('finds a question asked in another language and offers to switch to it', () => {
    const kb = conversationKb();
    const engine = fakeEngine(kb, {
      tandvärk: (options) =>
        options?.lang === 'sv'
          ? { lang: 'sv', confident: true, results: [{ id: 'dental-care', score: 1, why: [] }] }
          : {},
    });
    const c = conversation(engine);
    const result = c.say('tandvärk');
    expect(cards(result)[0]?.title).toBe('Hammashoito');
    expect(result.choices.map((ch) => ch.label)).toContain('På svenska');
    expect(c.state.lang).toBe('fi');
  });

  it('answers an empty message (an attachment) with help instead of silence', () => {
    const c = conversation();
    expect(textOf(c.say('').replies)).toMatch(/Kirjoita omin sanoin/);
  });
});

describe('did you mean', () => {
  const uncertain = () => {
    const kb = conversationKb();
    return conversation(
      fakeEngine(kb, {
        'hammas jotain outoa': () => ({
          confident: false,
          results: [
            { id: 'dental-care', score: 0.6, why: [] },
            { id: 'child-psychology', score: 0.2, why: [] },
          ],
        }),
      }),
    );
  };

  it('asks about one clear but uncertain match, and shows it on yes', () => {
    const c = uncertain();
    const asked = c.say('hammas jotain outoa');
    expect(textOf(asked.replies)).toBe('Tarkoititko tätä: Hammashoito?');
    expect(asked.choices.map((ch) => ch.label)).toEqual(['Kyllä', 'Ei']);
    expect(asked.insights).toEqual([]);
    expect(cards(c.say('joo'))[0]?.serviceId).toBe('dental-care');
  });

  it('on no, says it is not sure and records the question as unanswered', () => {
    const c = uncertain();
    c.say('hammas jotain outoa');
    const result = c.say('Ei');
    expect(textOf(result.replies)).toMatch(/En ole varma/);
    expect(result.insights.map((e) => [e.kind, e.text])).toEqual([
      ['unanswered', 'hammas jotain outoa'],
    ]);
  });
});

describe('who the question is about', () => {
  it('needs no for-whom question when the question names a child or an older relative', () => {
    const c = conversation();
    const result = c.say('psykologi lapselleni');
    expect(c.state.pending).toBeUndefined();
    expect(c.engine.options.at(-1)).toMatchObject({ lifeStage: 'families' });
    expect(cards(result)[0]?.serviceId).toBeDefined();
  });

  it('still asks when the words point both ways', () => {
    const c = conversation();
    expect(textOf(c.say('psykologi äiti ja lapsi').replies)).toBe('Ketä asia koskee?');
  });
});
