import type { PathView, ShownText } from '../../../knowledge/present';
import type { RenderContext } from './context';
import { h, shown } from './dom';

/** A referral path: the ordered steps with the current one marked, then what the counsellor needs for it. */
export function renderPath(path: PathView, ctx: RenderContext): HTMLElement {
  const { doc, t } = ctx;
  const current = path.position - 1;
  const steps = h(
    doc,
    'ol',
    { class: 'path-steps' },
    ...path.steps.map((s, i) =>
      h(
        doc,
        'li',
        i === current ? { 'aria-current': 'step', class: 'current' } : {},
        shown(doc, s.name),
        i === current
          ? h(doc, 'span', { class: 'current-label' }, ` (${t('path.current')})`)
          : null,
      ),
    ),
  );
  const row = (label: string, value: ShownText | string) => {
    const text = typeof value === 'string' ? value : value.text;
    if (!text) return [];
    return [
      h(doc, 'dt', {}, label),
      h(doc, 'dd', {}, typeof value === 'string' ? value : shown(doc, value)),
    ];
  };
  return h(
    doc,
    'section',
    { class: 'path', 'data-path-id': path.id },
    h(
      doc,
      'h4',
      {},
      t('path.heading', { name: path.name.text }),
      path.name.marker ? ` ${path.name.marker}` : null,
    ),
    h(doc, 'p', { class: 'muted' }, t('path.step', { n: path.position, total: path.total })),
    steps,
    h(
      doc,
      'dl',
      { class: 'step-details' },
      ...row(t('path.when'), path.when),
      ...row(t('path.referredBy'), t(`referrer.${path.referredBy}`)),
      ...row(t('path.criteria'), path.criteria),
      ...row(t('path.prepare'), path.prepare),
      ...row(t('path.urgency'), t(`urgency.${path.urgency}`)),
      ...row(t('path.counsellorNote'), path.counsellorNote),
    ),
    h(
      doc,
      'p',
      { class: 'next-step' },
      path.next ? t('path.next', { name: path.next.name.text }) : t('path.last'),
      path.next?.name.marker ? ` ${path.next.name.marker}` : null,
    ),
  );
}
