import type { NoteMatch } from '../../../knowledge/search/match-note';
import type { RenderContext } from './context';
import { h } from './dom';
import { renderEmergency, renderSafetyNet } from './emergency';
import { renderSegment } from './segment';
import { renderService } from './service';

/**
 * The whole result area for one match: red flags first, then the safety-net
 * line (above the services, never instead of them), then the segment chips,
 * then the ranked services. Pure: same model and context, same DOM.
 */
export function renderResults(model: NoteMatch, ctx: RenderContext): DocumentFragment {
  const { doc, t } = ctx;
  const fragment = doc.createDocumentFragment();
  if (!model.query) {
    fragment.appendChild(h(doc, 'p', { class: 'muted empty' }, t('results.empty')));
    return fragment;
  }
  if (model.emergency) fragment.appendChild(renderEmergency(model.emergency, ctx));
  if (model.safetyNet) fragment.appendChild(renderSafetyNet(model.safetyNet, ctx));
  fragment.appendChild(renderSegment(model, ctx));
  fragment.appendChild(
    h(
      doc,
      'section',
      { class: 'results', 'aria-labelledby': 'results-heading' },
      h(doc, 'h2', { id: 'results-heading' }, t('results.heading')),
      model.results.length === 0
        ? h(doc, 'p', {}, t('results.none'))
        : !model.confident
          ? h(doc, 'p', { class: 'uncertain' }, t('results.uncertain'))
          : null,
      model.results.length > 0
        ? h(
            doc,
            'ol',
            { class: 'service-list' },
            ...model.results.map((m, i) =>
              renderService(
                m,
                i,
                {
                  municipality: model.municipality,
                  lifeStage: model.lifeStage,
                  needProfile: model.needProfile,
                },
                ctx,
              ),
            ),
          )
        : null,
    ),
  );
  return fragment;
}
