import { presentService } from '../../../knowledge/present';
import type { MatchReason } from '../../../knowledge/search/types';
import type { ServiceMatch } from '../../../knowledge/search/match-note';
import { tr } from '../text';
import { renderChannels, renderContacts } from './contacts';
import type { RenderContext } from './context';
import { h, shown } from './dom';
import { renderPath } from './path';

const MAX_REASONS = 5;

/** Whose services these are: the client's municipality and segment, as chosen in the panel. */
export interface ServiceScope {
  municipality?: string | undefined;
  lifeStage?: string | undefined;
  needProfile?: string | undefined;
}

/** One ranked service: why it matched, where the client is on its path, and whom to contact. */
export function renderService(
  match: ServiceMatch,
  index: number,
  scope: ServiceScope,
  ctx: RenderContext,
): HTMLElement {
  const { doc, t, kb, lang, now, holidays } = ctx;
  const { municipality, lifeStage, needProfile } = scope;
  const view = presentService(match.service, {
    kb,
    lang,
    now,
    holidays,
    municipality,
    segment: { lifeStage, needProfile },
  });
  const headingId = `service-${index}-heading`;
  return h(
    doc,
    'li',
    {},
    h(
      doc,
      'article',
      { class: 'service', 'data-service-id': view.id, 'aria-labelledby': headingId },
      h(
        doc,
        'h3',
        { id: headingId },
        `${index + 1}. `,
        shown(doc, view.name),
        h(doc, 'span', { class: `level level-${view.level}` }, t(`level.${view.level}`)),
      ),
      h(doc, 'p', { class: 'summary' }, shown(doc, view.summary)),
      renderWhy(match.why, ctx),
      view.path ? renderPath(view.path, ctx) : h(doc, 'p', { class: 'muted' }, t('path.none')),
      h(
        doc,
        'details',
        { class: 'service-details', open: index === 0 },
        h(doc, 'summary', {}, t('service.instructions')),
        h(doc, 'p', {}, shown(doc, view.instructions)),
        renderChannels(view.channels, ctx),
        view.professionalNotes
          ? h(
              doc,
              'div',
              { class: 'professional' },
              h(doc, 'h4', {}, t('service.professionalNotes')),
              h(doc, 'p', {}, shown(doc, view.professionalNotes)),
            )
          : null,
      ),
      renderContacts(view.municipality, ctx),
    ),
  );
}

/**
 * A segment or municipality boost is named as the counsellor sees it, not by its id; the learned
 * ranking by the note's words that pointed to the service.
 */
function describeReason(r: MatchReason, ctx: RenderContext): string {
  const { t, kb, lang } = ctx;
  if (r.kind === 'learned') return t('results.whyLearned', { words: r.term });
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
