import type { EmergencyView, SafetyNetView } from '../../../knowledge/search/emergency-view';
import type { NationalNumber } from '../../../knowledge/schema';
import { tr } from '../text';
import type { RenderContext } from './context';
import { h, telHref } from './dom';

/**
 * The emergency or urgent banner shown above everything else: what to do, the
 * numbers to call, and which situation and words fired it, so the counsellor
 * can judge a flag on a note (the bot and the CLI explain it the same way).
 */
export function renderEmergency(view: EmergencyView, ctx: RenderContext): HTMLElement {
  const { doc, t, lang } = ctx;
  const { tier, flag, matched } = view.match;
  return h(
    doc,
    'section',
    {
      class: tier === 'urgent' ? 'emergency urgent' : 'emergency',
      role: 'alert',
      'aria-labelledby': 'emergency-heading',
      'data-tier': tier,
      'data-situation': flag,
    },
    h(doc, 'h2', { id: 'emergency-heading' }, t(`emergency.heading.${tier}`)),
    view.message ? h(doc, 'p', { class: 'emergency-message' }, tr(view.message, lang)) : null,
    numberList(view.numbers, 'emergency-numbers', ctx),
    h(
      doc,
      'p',
      { class: 'emergency-why' },
      t('emergency.why', { situation: flag, words: matched }),
    ),
  );
}

/** One line under which the normal results follow: acute words, but no situation fired. */
export function renderSafetyNet(view: SafetyNetView, ctx: RenderContext): HTMLElement {
  const { doc, t } = ctx;
  return h(
    doc,
    'p',
    { class: 'safety-net', role: 'note', 'data-words': view.notice.words.join(' ') },
    t('safetyNet.line', { words: view.notice.words.join(', ') }),
    ' ',
    ...view.numbers.flatMap((n, i) => [
      i > 0 ? ' / ' : '',
      h(doc, 'a', { href: telHref(n.number), class: 'phone' }, n.number),
    ]),
  );
}

function numberList(numbers: NationalNumber[], className: string, ctx: RenderContext) {
  const { doc, lang } = ctx;
  return h(
    doc,
    'ul',
    { class: className },
    ...numbers.map((n) =>
      h(
        doc,
        'li',
        {},
        h(doc, 'a', { href: telHref(n.number), class: 'phone' }, n.number),
        ` ${tr(n.name, lang)}`,
      ),
    ),
  );
}
