import { orderChannels } from '../../../knowledge/hours';
import type { Service } from '../../../knowledge/schema';
import { tr } from '../text';
import type { RenderContext } from './context';
import { h, safeHref, telHref } from './dom';
import { describeHours } from './hours';

/** The service's channels, digital first, each with its phone, address and whether it is open now. */
export function renderChannels(service: Service, ctx: RenderContext): HTMLElement | null {
  const { doc, t, lang, now } = ctx;
  if (service.channels.length === 0) return null;
  return h(
    doc,
    'div',
    { class: 'channels' },
    h(doc, 'h4', {}, t('service.channels')),
    h(
      doc,
      'ul',
      {},
      ...orderChannels(service.channels).map((c) => {
        const href = c.url ? safeHref(c.url) : undefined;
        return h(
          doc,
          'li',
          {},
          href
            ? h(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, tr(c.name, lang))
            : tr(c.name, lang),
          c.phone ? ' · ' : null,
          c.phone ? h(doc, 'a', { href: telHref(c.phone), class: 'phone' }, c.phone) : null,
          c.hours ? ` · ${describeHours(c.hours, now, t)}` : null,
          c.note ? h(doc, 'span', { class: 'muted' }, ` (${tr(c.note, lang)})`) : null,
        );
      }),
    ),
  );
}

/** Service points of the chosen municipality that give this service (sample points are labelled). */
export function renderContacts(
  service: Service,
  municipalityId: string | undefined,
  ctx: RenderContext,
): HTMLElement {
  const { doc, t, lang, kb, now } = ctx;
  const municipality = kb.municipalities.find((m) => m.id === municipalityId);
  if (!municipality) return h(doc, 'p', { class: 'muted' }, t('service.chooseMunicipality'));
  const name = tr(municipality.name, lang);
  const offered =
    service.municipalities === 'all' || service.municipalities.includes(municipality.id);
  if (!offered)
    return h(doc, 'p', { class: 'muted' }, t('service.notOffered', { municipality: name }));
  const points = municipality.servicePoints.filter((p) => p.services.includes(service.id));
  return h(
    doc,
    'div',
    { class: 'contacts' },
    h(doc, 'h4', {}, t('service.contacts', { municipality: name })),
    points.length === 0
      ? h(doc, 'p', { class: 'muted' }, t('service.noPoints', { municipality: name }))
      : h(
          doc,
          'ul',
          {},
          ...points.map((p) =>
            h(
              doc,
              'li',
              {},
              h(doc, 'strong', {}, tr(p.name, lang)),
              p.sample ? h(doc, 'span', { class: 'sample' }, ` (${t('service.sample')})`) : null,
              h(
                doc,
                'span',
                { class: 'address' },
                `, ${tr(p.address.street, lang)}, ${p.address.postalCode} ${tr(p.address.city, lang)}`,
              ),
              p.phone ? ' · ' : null,
              p.phone ? h(doc, 'a', { href: telHref(p.phone), class: 'phone' }, p.phone) : null,
              p.hours ? ` · ${describeHours(p.hours, now, t)}` : null,
            ),
          ),
        ),
  );
}
