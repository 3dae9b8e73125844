/**
 * The three cards the bot shows, built as plain data (CardModel): a service,
 * the emergency numbers, and human contacts; and the safety-net line. Every
 * card carries a full plain-text alternative (`speak`) for screen readers.
 */
import type { HolidayCalendar } from '../../knowledge/hours/calendar';
import {
  localize,
  phoneLink,
  plain,
  presentService,
  STRINGS,
  statusOf,
  type ChannelView,
  type PresentContext,
  type ServiceView,
} from '../../knowledge/present';
import type { KnowledgeBase, Language, Service } from '../../knowledge/schema';
import { emergencyView, nationalNumbers } from '../../knowledge/search/emergency-view';
import type { EmergencyMatch, SafetyNotice } from '../../knowledge/search/types';
import type { Translate } from '../i18n';
import type { CardModel } from './types';

export interface CardContext {
  kb: KnowledgeBase;
  lang: Language;
  t: Translate;
  now: Date;
  holidays: HolidayCalendar;
  municipality?: string;
  lifeStage?: string;
}

function presentContext(ctx: CardContext): PresentContext {
  const { kb, lang, now, holidays, municipality, lifeStage } = ctx;
  return { kb, lang, now, holidays, municipality, segment: { lifeStage } };
}

function speakOf(card: Omit<CardModel, 'speak' | 'lead'>): string {
  const parts = [card.title, card.subtitle ?? ''];
  for (const section of card.sections) parts.push(section.heading ?? '', ...section.lines);
  return parts
    .filter(Boolean)
    .map((p) => (/[.!?:)]$/.test(p) ? p : `${p}.`))
    .join(' ');
}

function channelLine(channel: ChannelView, ctx: CardContext): string {
  const { t, lang } = ctx;
  const status = channel.status?.text ?? STRINGS[lang].unknown;
  const line = t('card.channelLine', { name: plain(channel.name), status });
  return channel.phone ? `${line}, ${t('card.phone', { phone: channel.phone.display })}` : line;
}

function channelLinks(channels: ChannelView[], ctx: CardContext): CardModel['links'] {
  const links: CardModel['links'] = [];
  for (const channel of channels) {
    if (channel.url)
      links.push({ label: ctx.t('actions.open', { name: plain(channel.name) }), url: channel.url });
    if (channel.phone)
      links.push({
        label: ctx.t('actions.call', { number: channel.phone.display }),
        url: channel.phone.href,
      });
  }
  // One link per target: the same phone number in two channels needs one button.
  return links.filter((link, i) => links.findIndex((l) => l.url === link.url) === i);
}

function servicePointSection(view: ServiceView, ctx: CardContext): CardModel['sections'] {
  const municipality = view.municipality;
  if (!municipality) return [];
  const heading = ctx.t('card.servicePoint', { municipality: plain(municipality.name) });
  const point = municipality.point;
  if (!point) return municipality.text ? [{ heading, lines: [municipality.text] }] : [];
  // Sample points say so in their name ("(esimerkki)"), as schema.md requires.
  const lines = [plain(point.name), point.address, point.status.text];
  if (point.phone) lines.push(ctx.t('card.phone', { phone: point.phone.display }));
  return [{ heading, lines }];
}

/** The answer to "what is it, who is it for, how do I get it now, what next", laid out from the core's view. */
export function serviceCard(service: Service, ctx: CardContext): CardModel {
  return serviceCardFromView(presentService(service, presentContext(ctx)), ctx);
}

/** The bot's layout of a service view model (the editor preview shows the same view). */
export function serviceCardFromView(view: ServiceView, ctx: CardContext): CardModel {
  const { t } = ctx;
  const sections: CardModel['sections'] = [
    { heading: t('card.forWhom'), lines: [plain(view.audience)] },
    {
      heading: t('card.howToGet'),
      lines: [plain(view.instructions), ...view.channels.map((c) => channelLine(c, ctx))],
    },
  ];
  if (view.fees) sections.push({ heading: t('card.fees'), lines: [plain(view.fees)] });
  sections.push(...servicePointSection(view, ctx));
  const next = view.path?.next;
  if (view.path && next) {
    sections.push({
      heading: t('card.nextStep'),
      lines: [
        t('card.nextStepText', {
          path: plain(view.path.name),
          service: plain(next.name),
          when: plain(next.when),
        }),
      ],
    });
  }
  const links = channelLinks(view.channels, ctx);
  const point = view.municipality?.point;
  if (point?.phone && !links.some((l) => l.url === point.phone?.href))
    links.push({
      label: t('actions.call', { number: point.phone.display }),
      url: point.phone.href,
    });
  const card = {
    kind: 'service' as const,
    title: plain(view.name),
    subtitle: plain(view.summary),
    sections: sections.map((s) => ({ ...s, lines: s.lines.filter(Boolean) })),
    links,
    serviceId: view.id,
  };
  return { ...card, speak: speakOf(card), lead: t('card.lead', { name: card.title }) };
}

/**
 * The red-flag card, answered before anything else: what to do now, the
 * numbers to call (chosen for the resident's language by the detector) and the
 * words that fired it. An urgent match sends to 116117 / päivystys instead of 112.
 */
export function emergencyCard(match: EmergencyMatch, ctx: CardContext): CardModel {
  const { kb, lang, t } = ctx;
  const view = emergencyView(kb, match);
  const { numbers } = view;
  const card = {
    kind: 'emergency' as const,
    tier: match.tier,
    situation: match.flag,
    title: view.service?.name[lang] ?? numbers[0]?.name[lang] ?? '112',
    sections: [
      {
        heading: t('emergency.numbers'),
        lines: numbers.map(
          (n) => `${n.name[lang]}: ${n.number} (${statusOf({ hours: n.hours }, ctx).text})`,
        ),
      },
      { lines: [t('emergency.because', { words: match.matched })] },
    ],
    links: numbers.map((n) => ({
      label: t('actions.call', { number: n.number }),
      url: phoneLink(n.number)?.href ?? `tel:${n.number}`,
    })),
  };
  const first = numbers[0]?.number ?? (match.tier === 'urgent' ? '116117' : '112');
  const call = match.tier === 'urgent' ? 'emergency.urgentLead' : 'emergency.lead';
  // The situation's message leads (it is what to do); the card holds the numbers and call buttons.
  // The learned signal's general message says "if" itself: no flat "Call 112 now." after it.
  const order = match.learned && view.message ? undefined : t(call, { number: first });
  const lead = [view.message?.[lang], order].filter(Boolean).join(' ');
  return { ...card, speak: `${lead} ${speakOf(card)}`, lead };
}

/** The one-line 112 / 116117 reminder added above a normal answer when acute words fired no situation. */
export function safetyNetLine(notice: SafetyNotice, ctx: CardContext): string {
  const { kb, lang, t } = ctx;
  const numbers = nationalNumbers(kb, notice.numbers).map((n) => n.name[lang]);
  return t('safetyNet.line', { numbers: numbers.join(t('safetyNet.or')) });
}

/** Ids of the services whose phone and chat channels reach a person. */
const HUMAN_CONTACT_SERVICES = ['health-advice-line', 'social-guidance', 'senior-guidance'];

/** Where a person answers: phone and chat channels, with their hours, and the local service point. */
export function contactsCard(ctx: CardContext): CardModel {
  const { kb, lang, t } = ctx;
  const present = presentContext(ctx);
  const channels = HUMAN_CONTACT_SERVICES.flatMap((id) => {
    const service = kb.services.find((s) => s.id === id);
    if (!service) return [];
    return presentService(service, present).channels.filter((c) => c.kind === 'digital-contact');
  });
  const lines = channels.map((c) => channelLine(c, ctx));
  if (lines.length === 0) {
    const helpline = kb.emergency.numbers.find((n) => n.id === 'medical-helpline');
    if (helpline) lines.push(t('person.none', { number: helpline.number }));
  }
  const sections: CardModel['sections'] = [{ heading: t('person.intro'), lines }];
  const municipality = kb.municipalities.find((m) => m.id === ctx.municipality);
  // Any point will do here: the resident asked for a person, not for one service.
  const point = municipality?.servicePoints[0];
  if (municipality && point) {
    sections.push({
      heading: t('card.servicePoint', { municipality: plain(localize(municipality.name, lang)) }),
      lines: [plain(localize(point.name, lang)), statusOf(point, present).text],
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
