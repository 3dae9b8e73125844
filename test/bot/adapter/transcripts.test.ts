/**
 * Transcript tables through the real stack: botbuilder TestAdapter → OpastinBot
 * → conversation logic → the REAL search engine over the REAL bundled knowledge
 * base. Each row is [what the resident says, what the bot must answer]; rows in
 * one table are one conversation, in order. The clock is Tuesday 10:00 in
 * Helsinki, so office-hours channels are open.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import type { KnowledgeBase, Language } from '../../../knowledge/schema';
import { createSearchEngine } from '../../../knowledge/search/index';
import type { SearchEngine } from '../../../knowledge/search/types';
import { botHarness, type BotReply, type Harness } from '../../factories/bot-harness';

/** What a reply must show: text (substring or regex), a card by title, a suggested action, or an absence. */
type Expect =
  | string
  | RegExp
  | { card: string | RegExp; first?: boolean }
  | { suggests: string }
  | { absent: string | RegExp }
  | { noCard: true }
  | { locale: string };
type Says = string | { join: true } | { event: unknown };
type Row = [Says, Expect[]];

const ID_CODE = '131052-308T';

const matches = (text: string, want: string | RegExp) =>
  typeof want === 'string' ? text.includes(want) : want.test(text);

function check(replies: BotReply[], want: Expect): void {
  const all = replies.map((r) => r.text).join('\n---\n');
  if (typeof want === 'string' || want instanceof RegExp) {
    expect(matches(all, want), `expected ${String(want)} in:\n${all}`).toBe(true);
  } else if ('card' in want) {
    const titles = want.first
      ? (replies[0]?.cardTitles ?? [])
      : replies.flatMap((r) => r.cardTitles);
    expect(
      titles.some((t) => matches(t, want.card)),
      `expected card ${String(want.card)}${want.first ? ' first' : ''}, got ${JSON.stringify(titles)}`,
    ).toBe(true);
  } else if ('locale' in want) {
    // Screen readers pronounce by the activity's locale: it must be the language of the text.
    expect(replies.map((r) => r.activity.locale)).toEqual(replies.map(() => want.locale));
  } else if ('noCard' in want) {
    expect(replies.flatMap((r) => r.cardTitles)).toEqual([]);
  } else if ('suggests' in want) {
    expect(replies.flatMap((r) => r.suggestions)).toContain(want.suggests);
  } else {
    expect(matches(all, want.absent), `did not expect ${String(want.absent)} in:\n${all}`).toBe(
      false,
    );
  }
}

const TRANSCRIPTS: Record<Language, Row[]> = {
  fi: [
    [
      { join: true },
      [
        /Olen Opastin/,
        /en diagnooseja/,
        /112/,
        { suggests: 'På svenska' },
        { suggests: 'Hammashoito' },
      ],
    ],
    [
      'tarvitsen hammaslääkärin',
      [
        { card: 'Suun terveydenhuolto' },
        /Hammashoitola: avoinna nyt, klo 15\.30 asti/,
        'Maksut',
        { suggests: 'Vastaus auttoi' },
      ],
    ],
    ['Vastaus auttoi', ['Kiitos palautteesta']],
    [
      'rintakipu',
      [{ card: 'Hätänumero 112', first: true }, /Soita 112/, /Jos kyse ei ole hätätilanteesta/],
    ],
    ['asun Lohjalla', ['Kotikuntasi: Lohja', { noCard: true }]],
    [
      'hammassärky',
      [{ card: 'Suun terveydenhuolto' }, 'Palvelupiste: Lohja', /Lohjan hyvinvointikeskus/],
    ],
    // A third person's emergency in the middle of a clarifying question: 112 first, no question.
    ['masennus', ['Ketä asia koskee?']],
    [
      'mieheni rintaa puristaa ja hän hikoilee',
      [
        { card: 'Hätänumero 112', first: true },
        /Soita heti 112\./,
        /Tunnistin viestistäsi: ”[^”]+”/,
        { absent: 'Ketä asia koskee?' },
        { suggests: 'Puhu ihmisen kanssa' },
      ],
    ],
    ['masennus', ['Ketä asia koskee?', { suggests: 'Itselleni' }, { suggests: 'Lapselleni' }]],
    ['Itselleni', [{ card: 'Mielenterveyspalvelut' }]],
    ['auto hajosi', [/En ole varma/, /Päivystysapu 116117/, { card: 'Puhu ihmisen kanssa' }]],
    [
      `henkilötunnukseni on ${ID_CODE} ja hammas särkee`,
      [/Älä kirjoita henkilötunnustasi/, { card: 'Suun terveydenhuolto' }, { absent: ID_CODE }],
    ],
    [`${ID_CODE} hammassärky`, [{ absent: /Älä kirjoita henkilötunnustasi/ }, { absent: ID_CODE }]],
    ['hammas särkee mitä teen', ['Tarkoititko tätä: Suun terveydenhuolto?', { suggests: 'Ei' }]],
    ['Ei', [/En ole varma/, { card: 'Puhu ihmisen kanssa' }]],
    [
      'äiti ei pärjää enää kotona',
      [{ absent: 'Ketä asia koskee?' }, { card: 'Ikäihmisten neuvonta ja palveluohjaus' }],
    ],
    ['muistisairaus', [{ card: 'Muistipoliklinikka ja muistihoitaja' }, 'Seuraava askel']],
    ['puhu ihmisen kanssa', [{ card: 'Puhu ihmisen kanssa' }, /116117/]],
    ['ohje', [/Kirjoita omin sanoin/, /på svenska/]],
    ['tietosuoja', [/henkilötunnustasi/, /poistetaan ennen tallennusta/]],
    ['på svenska', ['vi fortsätter på svenska', { suggests: 'Tandvård' }]],
    ['tandvärk', [{ card: 'Mun- och tandvård' }, 'Serviceställe: Lojo']],
    ['suomeksi', ['jatketaan suomeksi']],
    // The concepts see chest words, the second look an ordinary note: no 112 card, but
    // the one-line notice still names 112 before the answer.
    [
      'Asiakas kertoo rintaa puristavan jännittäessä, sydän tutkittu viime vuonna eikä vikaa löytynyt. Toivoo apua jännittämiseen, ohjattu lyhytterapiaan.',
      [
        /^Jos oireet ovat äkillisiä tai vakavia, soita: Hätänumero 112/,
        { absent: /Soita heti 112/ },
      ],
    ],
    ['aloita alusta', ['Aloitetaan alusta', /Olen Opastin/]],
  ],
  sv: [
    [
      { join: true },
      [
        /Jag är Opastin/,
        /inte diagnoser/,
        /112/,
        { suggests: 'Suomeksi' },
        { suggests: 'Tandvård' },
      ],
    ],
    [
      'tandvärk',
      [
        { card: 'Mun- och tandvård' },
        /Tandklinik: öppet nu, till kl\. 15\.30/,
        'Avgifter',
        { suggests: 'Svaret hjälpte' },
      ],
    ],
    ['Svaret hjälpte', ['Tack för din respons']],
    [
      'jag vill ta livet av mig',
      [{ card: /./, first: true }, /09 2525 0111/, /Om det inte är en nödsituation/],
    ],
    ['jag bor i Raseborg', ['Din hemkommun: Raseborg', { noCard: true }]],
    ['tandvärk', [{ card: 'Mun- och tandvård' }, 'Serviceställe: Raseborg']],
    ['ångest', ['Vem gäller det?']],
    [
      'min man har ont i bröstet och svettas',
      [
        { card: 'Nödnumret 112', first: true },
        /Ring genast 112\./,
        /Jag reagerade på orden: ”[^”]+”/,
        { absent: 'Vem gäller det?' },
      ],
    ],
    ['ångest', ['Vem gäller det?', { suggests: 'För mitt barn' }]],
    ['För mitt barn', [{ card: 'Mentalvård och psykosocialt stöd för unga' }]],
    [
      'min bil är trasig',
      [/Jag är inte säker/, { card: 'Prata med en människa' }, /Jourhjälpen 116117/],
    ],
    [
      `${ID_CODE} jag har tandvärk`,
      [/Skriv inte din personbeteckning/, { card: 'Mun- och tandvård' }, { absent: ID_CODE }],
    ],
    [
      `min personbeteckning är ${ID_CODE}, jag har haft tandvärk i tre dagar`,
      ['Menade du det här: Mun- och tandvård?', { suggests: 'Ja' }, { absent: ID_CODE }],
    ],
    ['Ja', [{ card: 'Mun- och tandvård' }]],
    ['min mamma klarar sig inte hemma', [{ absent: 'Vem gäller det?' }, { card: /./ }]],
    ['prata med en människa', [{ card: 'Prata med en människa' }]],
    ['hjälp', [/Skriv med egna ord/]],
    ['dataskydd', [/personbeteckning/]],
    ['in English', ["let's continue in English"]],
    ['toothache', [{ card: 'Dental care' }]],
    ['på svenska', ['vi fortsätter på svenska']],
    ['börja om', ['Vi börjar om', /Jag är Opastin/]],
  ],
  en: [
    [
      { join: true },
      [
        /I'm Opastin/,
        /not diagnoses/,
        /112/,
        { suggests: 'Suomeksi' },
        { suggests: 'Dental care' },
      ],
    ],
    [
      'toothache',
      [
        { card: 'Dental care' },
        /Dental clinic: open now, until 15:30/,
        'Fees',
        { suggests: 'Not helpful' },
      ],
    ],
    ['Not helpful', ['Thank you for your feedback', { suggests: 'Talk to a person' }]],
    [
      'my child swallowed detergent',
      [{ card: /./, first: true }, /0800 147 111/, /If this is not an emergency/],
    ],
    ['I live in Lohja', ['Your home municipality: Lohja', { noCard: true }]],
    ['psychologist', ['Who is this for?']],
    [
      'my husband has chest pain and is sweating',
      [
        { card: 'Emergency number 112', first: true },
        /Call 112 now\./,
        /I recognised these words in your message: “[^”]+”/,
        { absent: 'Who is this for?' },
      ],
    ],
    ['psychologist', ['Who is this for?', { suggests: 'For my child' }]],
    ['For my child', [{ card: 'School health care' }, 'Service point: Lohja']],
    [
      // No concept names this; the learned signal's general card comes first, and since it
      // cannot name the condition, the answer to the message follows it.
      'someone is kicking my door and saying hes going to kill me',
      [
        { card: 'Emergency number 112', first: true },
        /Your message may describe an emergency\./,
        { absent: 'Call 112 now.' },
        /Did you mean this: |This service fits your question/,
      ],
    ],
    [
      'my car broke down',
      [/I'm not sure/, { card: 'Talk to a person' }, /Medical helpline 116117/],
    ],
    [
      `my id is ${ID_CODE} and I have a toothache`,
      [
        /do not type your personal identity code/,
        'Did you mean this: Dental care?',
        { absent: ID_CODE },
      ],
    ],
    ['yes', [{ card: 'Dental care' }, { absent: ID_CODE }]],
    ['I feel depressed', [{ absent: 'Who is this for?' }, { card: 'Mental health services' }]],
    ['my baby has a fever', [{ card: 'Health advice by phone and chat' }]],
    ['talk to a person', [{ card: 'Talk to a person' }]],
    ['help', [/Write in your own words/]],
    ['privacy', [/personal identity code/]],
    [{ event: 'sv' }, ['vi fortsätter på svenska']],
    ['tandvärk', [{ card: 'Mun- och tandvård' }]],
    ['suomeksi', ['jatketaan suomeksi']],
    ['start over', [/Aloitetaan alusta/]],
  ],
};

let kb: KnowledgeBase;
beforeAll(async () => {
  const loaded = await loadKnowledgeDir();
  if (!loaded.kb)
    throw new Error(`the bundled knowledge base does not load: ${loaded.problems.length} problems`);
  kb = loaded.kb;
});

describe.each(Object.entries(TRANSCRIPTS) as [Language, Row[]][])(
  'transcript in %s',
  (lang, rows) => {
    let bot: Harness;
    // Every text the real engine is given, to prove the identity code never reaches it.
    const searched: string[] = [];
    beforeAll(() => {
      const engine = createSearchEngine(kb);
      const spy: SearchEngine = {
        detectLanguage: (text, current) => engine.detectLanguage(text, current),
        detectSegment: (text, l) => {
          searched.push(text);
          return engine.detectSegment(text, l);
        },
        search: (query, options) => {
          searched.push(query);
          return engine.search(query, options);
        },
        detectEmergency: (text, l) => {
          searched.push(text);
          return engine.detectEmergency(text, l);
        },
      };
      bot = botHarness({ kb, engine: spy, lang });
    });

    it.each(rows)('%j', async (says, wants) => {
      const replies =
        typeof says === 'string'
          ? await bot.say(says)
          : 'join' in says
            ? await bot.join()
            : await bot.setLanguage(says.event);
      expect(replies.length, 'the bot answered').toBeGreaterThan(0);
      for (const want of wants) check(replies, want);
    });

    it('stored the feedback and gaps redacted, without the identity code or any user id', async () => {
      const entries = await bot.insight.list();
      expect(entries.map((e) => e.kind)).toEqual(
        expect.arrayContaining([lang === 'en' ? 'not-helpful' : 'helpful', 'unanswered']),
      );
      expect(entries.every((e) => e.lang === lang)).toBe(true);
      const stored = JSON.stringify(entries);
      expect(stored).not.toContain(ID_CODE);
      expect(stored).not.toMatch(/"(?:user|from|conversation)/i);
      expect(bot.logs.join('\n')).not.toContain(ID_CODE);
      expect(searched.length, 'the spy saw the searches').toBeGreaterThan(5);
      expect(searched.join('\n')).not.toContain(ID_CODE);
    });
  },
);

// Issue 9 §3: the page was opened in Finnish, the resident writes Swedish. Each clearly Swedish
// message is answered in Swedish (the crisis line too); the bot offers once to keep Swedish.
const SWEDISH_IN_FINNISH: Row[] = [
  [{ join: true }, [/Olen Opastin/]],
  [
    'jag vill inte leva längre',
    [
      { card: /./, first: true },
      /09 2525 0111/,
      /Om det inte är en nödsituation/,
      { absent: /Jos kyse/ },
    ],
  ],
  [
    'jag har ont i en tand, var hittar jag tandvård',
    [
      { card: 'Mun- och tandvård' },
      { locale: 'sv-FI' },
      'Jag svarade på svenska',
      { suggests: 'Fortsätt på svenska' },
      { absent: 'Suun terveydenhuolto' },
    ],
  ],
  [
    'tarvitsen hammaslääkärin',
    [{ card: 'Suun terveydenhuolto' }, { locale: 'fi-FI' }, { absent: 'svenska' }],
  ],
  [
    'vart ska jag ringa när min mamma inte klarar sig hemma',
    [{ card: /./ }, { absent: 'Jag svarade på svenska' }, { absent: /Vastaus auttoi/ }],
  ],
  ['ok', [{ absent: /[åä]r /i }]],
];

describe('a conversation started in Finnish, written to in Swedish', () => {
  let bot: Harness;
  beforeAll(() => {
    bot = botHarness({ kb, engine: createSearchEngine(kb), lang: 'fi' });
  });
  it.each(SWEDISH_IN_FINNISH)('%j', async (says, wants) => {
    const replies =
      typeof says === 'string' ? await bot.say(says) : 'join' in says ? await bot.join() : [];
    expect(replies.length, 'the bot answered').toBeGreaterThan(0);
    for (const want of wants) check(replies, want);
  });
});
