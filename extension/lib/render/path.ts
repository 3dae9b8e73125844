import type { PathPosition } from '../../../knowledge/search/match-note';
import { tr } from '../text';
import { serviceName, type RenderContext } from './context';
import { h } from './dom';

/** A referral path: the ordered steps with the current one marked, then what the counsellor needs for it. */
export function renderPath(position: PathPosition, ctx: RenderContext): HTMLElement {
  const { doc, t, lang } = ctx;
  const { path, stepIndex, step, next } = position;
  const total = path.steps.length;
  const steps = h(
    doc,
    'ol',
    { class: 'path-steps' },
    ...path.steps.map((s, i) =>
      h(
        doc,
        'li',
        i === stepIndex ? { 'aria-current': 'step', class: 'current' } : {},
        serviceName(ctx, s.service),
        i === stepIndex
          ? h(doc, 'span', { class: 'current-label' }, ` (${t('path.current')})`)
          : null,
      ),
    ),
  );
  const row = (label: string, value: string) =>
    value ? [h(doc, 'dt', {}, label), h(doc, 'dd', {}, value)] : [];
  return h(
    doc,
    'section',
    { class: 'path', 'data-path-id': path.id },
    h(doc, 'h4', {}, t('path.heading', { name: tr(path.name, lang) })),
    h(doc, 'p', { class: 'muted' }, t('path.step', { n: stepIndex + 1, total })),
    steps,
    h(
      doc,
      'dl',
      { class: 'step-details' },
      ...row(t('path.when'), tr(step.when, lang)),
      ...row(t('path.referredBy'), t(`referrer.${step.referredBy}`)),
      ...row(t('path.criteria'), tr(step.criteria, lang)),
      ...row(t('path.prepare'), tr(step.prepare, lang)),
      ...row(t('path.urgency'), t(`urgency.${step.urgency}`)),
      ...row(t('path.counsellorNote'), tr(step.counsellorNote, lang)),
    ),
    h(
      doc,
      'p',
      { class: 'next-step' },
      next ? t('path.next', { name: serviceName(ctx, next.service) }) : t('path.last'),
    ),
  );
}
