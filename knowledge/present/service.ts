/**
 * A service as every front door shows it: the bot's card, the panel's entry
 * and the editor's preview lay out this one view model and decide nothing
 * themselves.
 */
import { orderChannels } from '../hours/order';
import type { Channel, Service } from '../schema';
import { phoneLink, safeUrl } from './links';
import { municipalityView } from './point';
import { pathView } from './path';
import { statusOf } from './status';
import { firstSentence, localize } from './text';
import type { ChannelView, PresentContext, ServiceView, ShownText } from './types';

function channelView(channel: Channel, ctx: PresentContext): ChannelView {
  const url = safeUrl(channel.url);
  const phone = phoneLink(channel.phone);
  const note = localize(channel.note, ctx.lang);
  const timed = channel.hours !== undefined || (channel.exceptionalHours?.length ?? 0) > 0;
  return {
    kind: channel.kind,
    name: localize(channel.name, ctx.lang),
    ...(url ? { url } : {}),
    ...(phone ? { phone } : {}),
    ...(timed ? { status: statusOf(channel, ctx) } : {}),
    ...(note.text ? { note } : {}),
  };
}

/** A summary is never blank: PTV entries without one show their description's first sentence. */
function summaryOf(service: Service, ctx: PresentContext): ShownText {
  const summary = localize(service.summary, ctx.lang);
  if (summary.text) return summary;
  const description = localize(service.description, ctx.lang);
  return { ...description, text: firstSentence(description.text) };
}

export function presentService(service: Service, ctx: PresentContext): ServiceView {
  const { lang } = ctx;
  const municipality = municipalityView(service, ctx);
  const path = pathView(service, ctx);
  const fees = localize(service.fees, lang);
  const professionalNotes = localize(service.professionalNotes, lang);
  return {
    id: service.id,
    level: service.level,
    lang,
    name: localize(service.name, lang),
    summary: summaryOf(service, ctx),
    audience: localize(service.audience.text, lang),
    instructions: localize(service.instructions, lang),
    description: localize(service.description, lang),
    ...(fees.text ? { fees } : {}),
    ...(professionalNotes.text ? { professionalNotes } : {}),
    channels: orderChannels(service.channels).map((c) => channelView(c, ctx)),
    ...(municipality ? { municipality } : {}),
    ...(path ? { path } : {}),
  };
}
