/**
 * The three cards the bot shows, built as plain data (CardModel): a service,
 * the emergency numbers, and human contacts. Every card carries a full
 * plain-text alternative (`speak`) for screen readers.
 */
import { orderChannels } from '../../knowledge/hours';
import type { Channel, KnowledgeBase, Language, Service } from '../../knowledge/schema';
import type { EmergencyMatch } from '../../knowledge/search/types';
import type { Translate } from '../i18n';
import { findNextStep } from './next-step';
import { openingText } from './opening-text';
import type { CardModel } from './types';

export interface CardContext {
  kb: KnowledgeBase;
  lang: Language;
  t: Translate;
  now: Date;
  municipality?: string;
  lifeStage?: string;
}

function speakOf(card: Omit<CardModel, 'speak' | 'lead'>): string {
  const parts = [card.title, card.subtitle ?? ''];
  for (const section of card.sections) parts.push(section.heading ?? '', ...section.lines);
  return parts
    .filter(Boolean)
    .map((p) => (/[.!?:]$/.test(p) ? p : `${p}.`))
    .join(' ');
}

function channelLine(channel: Channel, ctx: CardContext): string {
  const { t, lang, now } = ctx;
  const status = openingText(channel.hours, now, t);
  const line = t('card.channelLine', { name: channel.name[lang], status });
  return channel.phone ? `${line}, ${t('card.phone', { phone: channel.phone })}` : line;
}

function channelLinks(channels: Channel[], ctx: CardContext): CardModel['links'] {
  const links: CardModel['links'] = [];
  for (const channel of channels) {
    if (channel.url)
      links.push({
        label: ctx.t('actions.open', { name: channel.name[ctx.lang] }),
        url: channel.url,
      });
    if (channel.phone) {
      links.push({
        label: ctx.t('actions.call', { number: channel.phone }),
        url: `tel:${channel.phone.replace(/\s+/g, '')}`,
      });
    }
  }
  // One link per target: the same phone number in two channels needs one button.
  return links.filter((link, i) => links.findIndex((l) => l.url === link.url) === i);
}

function servicePointSection(service: Service, ctx: CardContext): CardModel['sections'] {
  const municipality = ctx.kb.municipalities.find((m) => m.id === ctx.municipality);
  if (!municipality) return [];
  const offered =
    service.municipalities === 'all' || service.municipalities.includes(municipality.id);
  if (!offered) return [];
  const point =
    municipality.servicePoints.find((p) => p.services.includes(service.id)) ??
    municipality.servicePoints.find((p) => p.services.length === 0) ??
    municipality.servicePoints[0];
  if (!point) return [];
  const { lang, t, now } = ctx;
  const address = `${point.address.street[lang]}, ${point.address.postalCode} ${point.address.city[lang]}`;
  return [
    {
      heading: t('card.servicePoint', { municipality: municipality.name[lang] }),
      lines: [point.name[lang], address, openingText(point.hours, now, t)],
    },
  ];
}

/** The answer to "what is it, who is it for, how do I get it now, what next". */
export function serviceCard(service: Service, ctx: CardContext): CardModel {
  const { lang, t } = ctx;
  const channels = orderChannels(service.channels);
  const sections: CardModel['sections'] = [
    { heading: t('card.forWhom'), lines: [service.audience.text[lang]] },
    {
      heading: t('card.howToGet'),
      lines: [service.instructions[lang], ...channels.map((c) => channelLine(c, ctx))],
    },
  ];
  if (service.fees?.[lang]) sections.push({ heading: t('card.fees'), lines: [service.fees[lang]] });
  sections.push(...servicePointSection(service, ctx));
  const next = findNextStep(ctx.kb, service, ctx.lifeStage);
  const nextService = next && ctx.kb.services.find((s) => s.id === next.step.service);
  if (next && nextService) {
    sections.push({
      heading: t('card.nextStep'),
      lines: [
        t('card.nextStepText', {
          path: next.path.name[lang],
          service: nextService.name[lang],
          when: next.step.when[lang],
        }),
      ],
    });
  }
  const card = {
    kind: 'service' as const,
    title: service.name[lang],
    subtitle: service.summary[lang],
    sections,
    links: channelLinks(channels, ctx),
    serviceId: service.id,
  };
  return { ...card, speak: speakOf(card), lead: t('card.lead', { name: card.title }) };
}

/** The red-flag card: what to do now and the national numbers to call. */
export function emergencyCard(match: EmergencyMatch, ctx: CardContext): CardModel {
  const { kb, lang, t, now } = ctx;
  const flag = kb.emergency.redFlags.find((f) => f.id === match.flag);
  const service = kb.services.find((s) => s.id === match.id);
  const numbers = match.numbers
    .map((id) => kb.emergency.numbers.find((n) => n.id === id))
    .filter((n) => n !== undefined);
  const card = {
    kind: 'emergency' as const,
    title: service?.name[lang] ?? numbers[0]?.name[lang] ?? '112',
    sections: [
      {
        heading: t('emergency.numbers'),
        lines: numbers.map((n) => `${n.name[lang]}: ${n.number} (${openingText(n.hours, now, t)})`),
      },
    ],
    links: numbers.map((n) => ({
      label: t('actions.call', { number: n.number }),
      url: `tel:${n.number.replace(/\s+/g, '')}`,
    })),
  };
  const first = numbers[0]?.number ?? '112';
  // The red flag's message leads (it is what to do); the card holds the numbers and call buttons.
  const lead = [flag?.message[lang], t('emergency.lead', { number: first })]
    .filter(Boolean)
    .join(' ');
  return { ...card, speak: `${lead} ${speakOf(card)}`, lead };
}

/** Ids of the services whose phone and chat channels reach a person. */
const HUMAN_CONTACT_SERVICES = ['health-advice-line', 'social-guidance', 'senior-guidance'];

/** Where a person answers: phone and chat channels, with their hours, and the local service point. */
export function contactsCard(ctx: CardContext): CardModel {
  const { kb, lang, t, now } = ctx;
  const channels = HUMAN_CONTACT_SERVICES.flatMap((id) => {
    const service = kb.services.find((s) => s.id === id);
    return (service?.channels ?? []).filter((c) => c.kind === 'digital-contact');
  });
  const lines = channels.map((c) => channelLine(c, ctx));
  if (lines.length === 0) {
    const helpline = kb.emergency.numbers.find((n) => n.id === 'medical-helpline');
    if (helpline) lines.push(t('person.none', { number: helpline.number }));
  }
  const sections: CardModel['sections'] = [{ heading: t('person.intro'), lines }];
  const municipality = kb.municipalities.find((m) => m.id === ctx.municipality);
  const point = municipality?.servicePoints[0];
  if (municipality && point) {
    sections.push({
      heading: t('card.servicePoint', { municipality: municipality.name[lang] }),
      lines: [point.name[lang], openingText(point.hours, now, t)],
    });
  }
  const card = {
    kind: 'contacts' as const,
    title: t('person.title'),
    sections,
    links: channelLinks(channels, ctx),
  };
  return { ...card, speak: speakOf(card), lead: t('person.intro') };
}
