import type { MatchReason } from '../../../knowledge/search/types';
import type { ServiceMatch } from '../../../knowledge/search/match-note';
import { tr } from '../text';
import { renderChannels, renderContacts } from './contacts';
import type { RenderContext } from './context';
import { h } from './dom';
import { renderPath } from './path';

const MAX_REASONS = 5;

/** One ranked service: why it matched, where the client is on its path, and whom to contact. */
export function renderService(
  match: ServiceMatch,
  index: number,
  municipality: string | undefined,
  ctx: RenderContext,
): HTMLElement {
  const { doc, t, lang } = ctx;
  const { service } = match;
  const headingId = `service-${index}-heading`;
  return h(
    doc,
    'li',
    {},
    h(
      doc,
      'article',
      { class: 'service', 'data-service-id': service.id, 'aria-labelledby': headingId },
      h(
        doc,
        'h3',
        { id: headingId },
        `${index + 1}. ${tr(service.name, lang)}`,
        h(doc, 'span', { class: `level level-${service.level}` }, t(`level.${service.level}`)),
      ),
      h(doc, 'p', { class: 'summary' }, tr(service.summary, lang)),
      renderWhy(match.why, ctx),
      match.path ? renderPath(match.path, ctx) : h(doc, 'p', { class: 'muted' }, t('path.none')),
      h(
        doc,
        'details',
        { class: 'service-details', open: index === 0 },
        h(doc, 'summary', {}, t('service.instructions')),
        h(doc, 'p', {}, tr(service.instructions, lang)),
        renderChannels(service, ctx),
        service.professionalNotes
          ? h(
              doc,
              'div',
              { class: 'professional' },
              h(doc, 'h4', {}, t('service.professionalNotes')),
              h(doc, 'p', {}, tr(service.professionalNotes, lang)),
            )
          : null,
      ),
      renderContacts(service, municipality, ctx),
    ),
  );
}

/** A segment or municipality boost is named as the counsellor sees it, not by its id. */
function describeReason(r: MatchReason, ctx: RenderContext): string {
  const { t, kb, lang } = ctx;
  if (r.kind === 'context') {
    const named = [...kb.lifeStages, ...kb.needProfiles, ...kb.municipalities].find(
      (x) => x.id === r.matched || x.id === r.term,
    );
    return t('results.whyContext', { name: named ? tr(named.name, lang) : r.matched });
  }
  return t('results.whyItem', {
    term: r.term,
    matched: r.matched,
    field: t(`field.${r.field}`, { defaultValue: r.field }),
    kind: t(`kind.${r.kind}`),
  });
}

function renderWhy(why: MatchReason[], ctx: RenderContext): HTMLElement | null {
  const { doc, t } = ctx;
  const seen = new Set<string>();
  const reasons = why.filter((r) => {
    const key = `${r.term}|${r.matched}|${r.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (reasons.length === 0) return null;
  return h(
    doc,
    'div',
    { class: 'why' },
    h(doc, 'span', { class: 'why-label' }, `${t('results.why')}: `),
    h(
      doc,
      'ul',
      {},
      ...reasons.slice(0, MAX_REASONS).map((r) => h(doc, 'li', {}, describeReason(r, ctx))),
    ),
  );
}
