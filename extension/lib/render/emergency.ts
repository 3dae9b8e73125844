import type { EmergencyView } from '../match';
import { tr } from '../text';
import type { RenderContext } from './context';
import { h, telHref } from './dom';

/** The red-flag banner shown above everything else, with the national numbers to call. */
export function renderEmergency(view: EmergencyView, ctx: RenderContext): HTMLElement {
  const { doc, t, lang } = ctx;
  return h(
    doc,
    'section',
    { class: 'emergency', role: 'alert', 'aria-labelledby': 'emergency-heading' },
    h(doc, 'h2', { id: 'emergency-heading' }, t('emergency.heading')),
    h(doc, 'p', { class: 'emergency-message' }, tr(view.flag.message, lang)),
    h(
      doc,
      'ul',
      { class: 'emergency-numbers' },
      ...view.numbers.map((n) =>
        h(
          doc,
          'li',
          {},
          h(doc, 'a', { href: telHref(n.number), class: 'phone' }, n.number),
          ` ${tr(n.name, lang)}`,
        ),
      ),
    ),
    h(doc, 'p', { class: 'muted' }, t('emergency.matched', { words: view.matched })),
  );
}
