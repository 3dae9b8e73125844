import type { ChannelView, MunicipalityView, ShownText } from '../../../knowledge/present';
import type { RenderContext } from './context';
import { h, shown } from './dom';

/** The service's channels, digital first, each with its phone, link and whether it is open now. */
export function renderChannels(channels: ChannelView[], ctx: RenderContext): HTMLElement | null {
  const { doc, t } = ctx;
  if (channels.length === 0) return null;
  return h(
    doc,
    'div',
    { class: 'channels' },
    h(doc, 'h4', {}, t('service.channels')),
    h(
      doc,
      'ul',
      {},
      ...channels.map((c) =>
        h(
          doc,
          'li',
          {},
          c.url
            ? h(
                doc,
                'a',
                { href: c.url, target: '_blank', rel: 'noopener noreferrer' },
                shown(doc, c.name),
              )
            : shown(doc, c.name),
          c.phone ? ' · ' : null,
          c.phone ? h(doc, 'a', { href: c.phone.href, class: 'phone' }, c.phone.display) : null,
          c.status
            ? h(doc, 'span', { class: `status status-${c.status.state}` }, ` · ${c.status.text}`)
            : null,
          c.note ? h(doc, 'span', { class: 'muted' }, ' (', shown(doc, c.note), ')') : null,
        ),
      ),
    ),
  );
}

const name = (text: ShownText) => text.text;

/** The service point chosen for the client's municipality (the same rule as the bot), and why. */
export function renderContacts(
  municipality: MunicipalityView | undefined,
  ctx: RenderContext,
): HTMLElement {
  const { doc, t } = ctx;
  if (!municipality) return h(doc, 'p', { class: 'muted' }, t('service.chooseMunicipality'));
  const point = municipality.point;
  if (!point) return h(doc, 'p', { class: 'muted' }, municipality.text ?? '');
  return h(
    doc,
    'div',
    { class: 'contacts' },
    h(doc, 'h4', {}, t('service.contacts', { municipality: name(municipality.name) })),
    h(
      doc,
      'p',
      { class: 'point', 'data-point-id': point.id },
      h(doc, 'strong', {}, shown(doc, point.name)),
      point.sample ? h(doc, 'span', { class: 'sample' }, ` (${t('service.sample')})`) : null,
      h(doc, 'span', { class: 'address' }, `, ${point.address}`),
      point.phone ? ' · ' : null,
      point.phone
        ? h(doc, 'a', { href: point.phone.href, class: 'phone' }, point.phone.display)
        : null,
      h(doc, 'span', { class: `status status-${point.status.state}` }, ` · ${point.status.text}`),
    ),
    h(doc, 'p', { class: 'muted point-reason' }, point.reasonText),
  );
}
