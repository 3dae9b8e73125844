/**
 * "How will residents see this?": the search for a resident's question on the
 * unsaved change, and the top service laid out from the presentation core's
 * view model (knowledge/present), the same facts the bot's card and the
 * counsellor panel show. Headings are in the editor's language; the content
 * is in the resident's, marked with its own `lang`.
 */
import type { ServiceView, ShownText, Status } from '../../../../knowledge/present/types';
import type { CardModel } from '../../../conversation/types';
import { api, byId, el } from './dom';
import { showProblems, type Problem } from './editor';
import { changeBody } from './form';
import { t } from './i18n';

interface PreviewSearch {
  lang: string;
  confident: boolean;
  emergency: { id: string; flag: string } | null;
  /** Which situation and words fired, in words (issue 8). */
  flagText?: string | null;
  /** The emergency card residents see first. */
  emergencyCard?: CardModel | null;
  results: {
    id: string;
    name: string;
    score: number;
    why: { term: string; matched: string; field: string; kind: string }[];
  }[];
  view: ServiceView | null;
}

interface EvalChange {
  verdict: string;
  q: string;
  lang: string;
  expect: string[];
  before: string[];
  after: string[];
}

/** A text in the language it is written in, with the fallback marker ("(på finska)") after it. */
function shown(tag: 'p' | 'h4' | 'span', text: ShownText | undefined): HTMLElement | null {
  if (!text?.text) return null;
  return el(tag, {
    lang: text.lang,
    text: text.marker ? `${text.text} ${text.marker}` : text.text,
  });
}

function statusLine(status: Status | undefined): string {
  return status ? ` – ${status.text}` : '';
}

function section(heading: string, ...content: (HTMLElement | null)[]): HTMLElement | null {
  if (content.every((c) => !c)) return null;
  return el('div', {}, el('h5', { text: heading }), ...content);
}

/** The bot's emergency card, as residents see it before anything else. */
function renderCard(card: CardModel): HTMLElement {
  return el(
    'div',
    { class: 'card', role: 'group', 'aria-label': t('emergencyCard') },
    el('h4', { text: card.title }),
    card.subtitle ? el('p', { text: card.subtitle }) : null,
    ...card.sections.map((s) =>
      el(
        'div',
        {},
        s.heading ? el('h5', { text: s.heading }) : null,
        ...s.lines.map((l) => el('p', { text: l })),
      ),
    ),
    el('ul', {}, ...card.links.map((l) => el('li', { text: `${l.label}: ${l.url}` }))),
  );
}

/** The view model laid out for the editor. */
export function renderView(view: ServiceView): HTMLElement {
  const point = view.municipality?.point;
  const path = view.path;
  return el(
    'div',
    { class: 'card', role: 'group', 'aria-label': t('asResidentsSee'), lang: view.lang },
    shown('h4', view.name),
    shown('p', view.summary),
    section(t('forWhom'), shown('p', view.audience)),
    section(t('howNow'), shown('p', view.instructions)),
    section(
      t('channels'),
      el(
        'ul',
        {},
        ...view.channels.map((c) =>
          el(
            'li',
            {},
            shown('span', c.name),
            c.phone ? ` ${c.phone.display} (${c.phone.href})` : '',
            c.url ? ` ${c.url}` : '',
            statusLine(c.status),
          ),
        ),
      ),
    ),
    point
      ? section(
          t('servicePoint'),
          el('p', {}, shown('span', point.name), ` – ${point.address}${statusLine(point.status)}`),
          el('p', { text: point.reasonText }),
        )
      : view.municipality?.text
        ? el('p', { text: view.municipality.text })
        : null,
    section(t('fees'), shown('p', view.fees)),
    path
      ? el(
          'p',
          {},
          t('pathStep', { position: path.position, total: path.total, name: path.name.text }),
          path.next ? ` ${t('nextStep', { name: path.next.name.text })}` : '',
        )
      : null,
  );
}

async function ask(): Promise<void> {
  const q = byId<HTMLInputElement>('question').value;
  const { status: code, data } = await api<{ problems: Problem[]; search?: PreviewSearch }>(
    'POST',
    '/admin/api/preview',
    { ...changeBody(), q },
  );
  const out = byId('preview-out');
  if (code !== 200)
    return out.replaceChildren(el('p', { text: data.error?.message ?? t('errorCode', { code }) }));
  showProblems(data.problems);
  const s = data.search;
  if (!s) return out.replaceChildren(el('p', { text: t('fixToPreview') }));
  out.replaceChildren(
    el('p', {
      class: s.emergency ? 'emergency' : '',
      text: s.flagText ?? t('noEmergency'),
    }),
    ...(s.emergencyCard ? [renderCard(s.emergencyCard)] : []),
    el('p', { text: t(s.confident ? 'confident' : 'notConfident', { lang: s.lang }) }),
    el(
      'ol',
      { 'aria-label': t('ranked') },
      ...s.results.map((r) =>
        el('li', {
          text: `${r.name} (${r.id}) ${r.score.toFixed(2)} – ${r.why.map((w) => `${w.term}→${w.matched} in ${w.field} (${w.kind})`).join('; ')}`,
        }),
      ),
    ),
    ...(s.view ? [renderView(s.view)] : []),
  );
}

async function compare(): Promise<void> {
  const out = byId('preview-out');
  out.replaceChildren(el('p', { text: t('runningEval') }));
  const { status: code, data } = await api<{ evalChanges?: EvalChange[] }>(
    'POST',
    '/admin/api/preview',
    { ...changeBody(), compare: true },
  );
  const changes = data.evalChanges;
  if (code !== 200 || !changes)
    return out.replaceChildren(el('p', { text: data.error?.message ?? t('fixFirst') }));
  if (changes.length === 0) return out.replaceChildren(el('p', { text: t('noEvalChanges') }));
  out.replaceChildren(
    el('p', { text: t('evalChanges', { n: changes.length }) }),
    el(
      'ul',
      {},
      ...changes.map((c) =>
        el('li', {
          class: c.verdict,
          text: `${c.verdict}: "${c.q}" (${c.lang}) ${c.expect.join('/') || '–'}: ${c.before.join(', ')} → ${c.after.join(', ')}`,
        }),
      ),
    ),
  );
}

/** Wires the preview buttons. */
export function setUpPreview(): void {
  byId('ask').addEventListener('click', () => void ask());
  byId('compare').addEventListener('click', () => void compare());
}
