/**
 * Which service point to show for a service in the resident's or client's
 * municipality, and why: one rule for the bot and the panel. A point that
 * lists the service comes first; otherwise a general point (one that lists no
 * services, i.e. gives them all). Never just any point: sending someone to a
 * place that does not give the service is worse than saying there is none.
 */
import type { Municipality, Service, ServicePoint } from '../schema';
import { STRINGS } from './i18n';
import { phoneLink, safeUrl } from './links';
import { statusOf } from './status';
import { localize, plain } from './text';
import type { MunicipalityView, PointReason, PresentContext } from './types';

/** The chosen point and the reason, or undefined when the municipality has none for the service. */
export function choosePoint(
  municipality: Municipality,
  service: Service,
): { point: ServicePoint; reason: PointReason } | undefined {
  const offering = municipality.servicePoints.find((p) => p.services.includes(service.id));
  if (offering) return { point: offering, reason: 'offers-service' };
  const general = municipality.servicePoints.find((p) => p.services.length === 0);
  return general ? { point: general, reason: 'general' } : undefined;
}

/** The municipality part of the view: offered or not, and the point to contact. */
export function municipalityView(
  service: Service,
  ctx: PresentContext,
): MunicipalityView | undefined {
  const municipality = ctx.kb.municipalities.find((m) => m.id === ctx.municipality);
  if (!municipality) return undefined;
  const s = STRINGS[ctx.lang];
  const name = localize(municipality.name, ctx.lang);
  const base = { id: municipality.id, name };
  const offered =
    service.municipalities === 'all' || service.municipalities.includes(municipality.id);
  if (!offered) return { ...base, offered, text: s.notOffered(plain(name)) };
  const chosen = choosePoint(municipality, service);
  if (!chosen) return { ...base, offered, text: s.noPoint(plain(name)) };
  const { point, reason } = chosen;
  const street = localize(point.address.street, ctx.lang).text;
  const city = localize(point.address.city, ctx.lang).text;
  const phone = phoneLink(point.phone);
  const url = safeUrl(point.url);
  return {
    ...base,
    offered,
    point: {
      id: point.id,
      name: localize(point.name, ctx.lang),
      address: `${street}, ${point.address.postalCode} ${city}`,
      sample: point.sample,
      ...(phone ? { phone } : {}),
      ...(url ? { url } : {}),
      status: statusOf(point, ctx),
      reason,
      reasonText: s.pointReason[reason],
    },
  };
}
