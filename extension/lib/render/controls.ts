/**
 * The panel's fixed controls in the chosen language: static labels, the
 * filter menus and the knowledge version line. Pure DOM updates, no state.
 */
import { LEVELS, type KnowledgeBase, type Language } from '../../../knowledge/schema';
import type { Translate } from '../../i18n';
import type { ChosenKnowledge } from '../knowledge';
import { formatDate, tr } from '../text';

/** Every element marked `data-i18n="key"` gets the key's text; the language buttons show which is on. */
export function translateLabels(doc: Document, t: Translate, lang: Language): void {
  doc.documentElement.lang = lang;
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.getAttribute('data-i18n') ?? '');
  }
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === lang));
  }
}

/** "Knowledge 12tv…, updated 24 Nov 2026 (bundled with the extension)". */
export function describeKnowledge(
  knowledge: ChosenKnowledge,
  t: Translate,
  lang: Language,
): string {
  const { kb, source } = knowledge;
  const version = t('knowledge.version', {
    version: kb.version,
    date: formatDate(kb.updatedAt, lang),
  });
  return `${version} (${t(`knowledge.${source}`)})`;
}

/** Fills the life stage, municipality and level menus, keeping what was chosen. */
export function fillFilters(
  doc: Document,
  kb: KnowledgeBase,
  t: Translate,
  lang: Language,
  municipality: string | undefined,
): void {
  const any = { value: '', label: t('filters.any') };
  const byName = [...kb.municipalities].sort((a, b) =>
    tr(a.name, lang).localeCompare(tr(b.name, lang), lang),
  );
  fillSelect(doc, 'filter-life-stage', [
    any,
    ...kb.lifeStages.map((s) => ({ value: s.id, label: tr(s.name, lang) })),
  ]);
  fillSelect(
    doc,
    'filter-municipality',
    [any, ...byName.map((m) => ({ value: m.id, label: tr(m.name, lang) }))],
    municipality,
  );
  fillSelect(doc, 'filter-level', [
    any,
    ...LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) })),
  ]);
}

function fillSelect(
  doc: Document,
  id: string,
  options: { value: string; label: string }[],
  chosen?: string,
): void {
  const select = doc.getElementById(id) as HTMLSelectElement | null;
  if (!select) return;
  const keep = chosen ?? select.value;
  select.replaceChildren(
    ...options.map((o) => {
      const option = doc.createElement('option');
      option.value = o.value;
      option.textContent = o.label;
      option.selected = o.value === keep;
      return option;
    }),
  );
}
