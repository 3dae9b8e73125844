import type { NoteMatch } from '../../../knowledge/search/match-note';
import { tr } from '../text';
import type { RenderContext } from './context';
import { h } from './dom';

type Axis = 'lifeStage' | 'needProfile';

/**
 * The detected segment as two groups of toggle chips. A chip is a plain button
 * with aria-pressed; the panel re-ranks when one is pressed (data-axis/data-id).
 */
export function renderSegment(model: NoteMatch, ctx: RenderContext): HTMLElement {
  const { doc, t, kb, lang } = ctx;
  const group = (
    axis: Axis,
    label: string,
    options: { id: string; name: string }[],
    chosen?: string,
  ) => {
    const labelId = `segment-${axis}-label`;
    return h(
      doc,
      'div',
      { class: 'chip-group', role: 'group', 'aria-labelledby': labelId },
      h(doc, 'span', { id: labelId, class: 'chip-label' }, label),
      ...options.map((o) =>
        h(
          doc,
          'button',
          {
            type: 'button',
            class: 'chip',
            'data-axis': axis,
            'data-id': o.id,
            'aria-pressed': o.id === chosen ? 'true' : 'false',
          },
          o.name,
        ),
      ),
    );
  };
  const evidence = model.detected.evidence.map((e) => `“${e.matched}”`).join(', ');
  return h(
    doc,
    'section',
    { class: 'segment', 'aria-labelledby': 'segment-heading' },
    h(doc, 'h2', { id: 'segment-heading' }, t('segment.heading')),
    group(
      'lifeStage',
      t('segment.lifeStage'),
      kb.lifeStages.map((s) => ({ id: s.id, name: tr(s.name, lang) })),
      model.lifeStage,
    ),
    group(
      'needProfile',
      t('segment.needProfile'),
      kb.needProfiles.map((p) => ({ id: p.id, name: tr(p.name, lang) })),
      model.needProfile,
    ),
    h(
      doc,
      'p',
      { class: 'muted' },
      evidence ? t('segment.evidence', { words: evidence }) : t('segment.none'),
    ),
  );
}
