import { describe, expect, it } from 'vitest';
import {
  contactsCard,
  emergencyCard,
  serviceCard,
  type CardContext,
} from '../../../bot/conversation/cards';
import { translator } from '../../../bot/i18n';
import { finnishHolidays } from '../../../knowledge/hours/finnish-holidays';
import type { Service } from '../../../knowledge/schema';
import { conversationKb } from '../../factories/conversation-kb';
import { fakeEmergencyMatch } from '../../factories/emergency-match';
import { fakeNumber, fakePath, fakeService, fakeStep, text } from '../../factories/knowledge';

const kb = conversationKb();
const dental = kb.services.find((s) => s.id === 'dental-care') as Service;

function ctx(overrides: Partial<CardContext> = {}): CardContext {
  return {
    kb,
    lang: 'fi',
    t: translator('fi'),
    now: new Date('2026-11-24T08:00:00Z'),
    holidays: finnishHolidays(),
    ...overrides,
  };
}

describe('serviceCard', () => {
  it('lists channels digital first, each with whether it is open now', () => {
    const card = serviceCard(dental, ctx());
    const howTo = card.sections.find((s) => s.heading === 'Näin saat palvelun nyt');
    expect(howTo?.lines.slice(1)).toEqual([
      'Ajanvaraus: avoinna aina',
      'Hammashoitola: avoinna nyt, klo 15.30 asti',
    ]);
    expect(card.sections.find((s) => s.heading === 'Maksut')?.lines).toEqual([
      'Alle 18-vuotiaille maksuton.',
    ]);
  });

  it('says when a closed channel opens, in Helsinki time and in the resident’s language', () => {
    // Tuesday 18:00 UTC = 20:00 in Helsinki.
    const evening = new Date('2026-11-24T18:00:00Z');
    expect(serviceCard(dental, ctx({ now: evening })).speak).toContain(
      'Hammashoitola: suljettu, avautuu huomenna klo 8.00',
    );
    const friday = new Date('2026-11-27T18:00:00Z');
    expect(
      serviceCard(dental, ctx({ now: friday, lang: 'sv', t: translator('sv') })).speak,
    ).toContain('Tandklinik: stängt, öppnar på måndag kl. 8.00');
  });

  it('shows the next step of a path that fits, and none from a path for other people', () => {
    expect(serviceCard(dental, ctx()).sections.at(-1)).toEqual({
      heading: 'Seuraava askel',
      lines: ['Palvelupolulla "Hammaspolku" seuraava askel on Mielenterveyspalvelut. Jos pelottaa'],
    });
    const familiesOnly = {
      ...kb,
      paths: [
        fakePath({
          id: 'families',
          lifeStages: ['families'],
          steps: [fakeStep({ service: 'dental-care' }), fakeStep({ service: 'child-psychology' })],
        }),
      ],
    };
    expect(
      serviceCard(dental, ctx({ kb: familiesOnly })).sections.map((s) => s.heading),
    ).not.toContain('Seuraava askel');
    expect(
      serviceCard(dental, ctx({ kb: familiesOnly, lifeStage: 'families' })).sections.map(
        (s) => s.heading,
      ),
    ).toContain('Seuraava askel');
  });

  it('offers each link and phone number once, as buttons', () => {
    const service = fakeService({
      channels: [
        { kind: 'digital-contact', name: text('Puhelin'), phone: '116 117', hours: 'always' },
        { kind: 'digital-contact', name: text('Puhelin 2'), phone: '116 117', hours: 'always' },
      ],
    });
    expect(serviceCard(service, ctx()).links).toEqual([
      { label: 'Soita 116 117', url: 'tel:116117' },
    ]);
  });

  it('carries a complete spoken alternative', () => {
    const card = serviceCard(dental, ctx());
    expect(card.speak).toMatch(/^Hammashoito\. /);
    for (const section of card.sections)
      for (const line of section.lines) expect(card.speak).toContain(line);
  });
});

describe('emergencyCard', () => {
  it('shows the red flag’s message and its national numbers, most important first, as call buttons', () => {
    const card = emergencyCard(
      {
        id: 'emergency-number',
        flag: 'chest-pain',
        numbers: ['emergency', 'medical-helpline'],
        matched: 'rintakipu',
        tier: 'emergency',
        action: '112',
        concepts: [{ concept: 'chest', word: 'rintakipu' }],
      },
      ctx(),
    );
    expect(card).toMatchObject({
      kind: 'emergency',
      title: 'Hätänumero 112',
      lead: 'Soita 112 Soita heti 112.',
    });
    expect(card.links.map((l) => l.url)).toEqual(['tel:112', 'tel:116117']);
  });
});

describe('contactsCard', () => {
  it('lists the phone and chat channels that reach a person, with hours', () => {
    const card = contactsCard(ctx());
    expect(card.sections[0]?.lines).toEqual(['Päivystysapu 116117: avoinna aina, puh. 116117']);
  });
});

describe('emergencyCard for each tier and language', () => {
  const match = fakeEmergencyMatch({
    id: 'crisis-help',
    flag: 'suicidal-thoughts',
    numbers: ['crisis-line-sv', 'emergency'],
    matched: 'vill inte leva',
    action: 'crisis',
  });
  const withCrisisLines = conversationKb();
  withCrisisLines.emergency.numbers.push(
    fakeNumber({
      id: 'crisis-line-sv',
      number: '09 2525 0112',
      name: text('Kriisipuhelin ruotsiksi', 'Kristelefonen på svenska', 'Crisis line in Swedish'),
    }),
  );

  it('shows the numbers the detector chose for the language, in that language, and the firing words', () => {
    const card = emergencyCard(
      match,
      ctx({ kb: withCrisisLines, lang: 'sv', t: translator('sv') }),
    );
    expect(card.situation).toBe('suicidal-thoughts');
    expect(card.lead).toBe('Ring genast 09 2525 0112.');
    expect(card.sections[0]?.lines[0]).toMatch(/^Kristelefonen på svenska: 09 2525 0112 \(/);
    expect(card.sections[1]?.lines).toEqual(['Jag reagerade på orden: ”vill inte leva”.']);
    expect(card.links.map((l) => l.url)).toEqual(['tel:0925250112', 'tel:112']);
    expect(card.speak).toContain('vill inte leva');
  });

  it('sends an urgent match to 116117 / päivystys, not to 112', () => {
    const card = emergencyCard(
      {
        ...match,
        id: 'no-such-service',
        flag: 'urgent-fever',
        numbers: ['medical-helpline'],
        matched: 'kuumetta 40',
        tier: 'urgent',
        action: '116117',
      },
      ctx({ lang: 'en', t: translator('en') }),
    );
    expect(card.tier).toBe('urgent');
    expect(card.title).toBe('Helpline');
    expect(card.lead).toBe(
      'Call the medical helpline 116117 or go to the emergency department today.',
    );
    expect(card.links.map((l) => l.url)).toEqual(['tel:116117']);
  });
});
