/**
 * What residents asked that the bot could not answer, grouped: mark a group
 * resolved with a note, optionally adding its questions to a service as
 * phrasings (the server runs that through the validation gate).
 */
import { api, byId, el } from './dom';
import { t } from './i18n';

interface InsightGroup {
  id: string;
  kind: string;
  lang: string;
  count: number;
  examples: string[];
  resolved?: { by: string; note: string };
}

/** Fetches and draws the insight groups. */
export async function loadInsight(): Promise<void> {
  const { data } = await api<InsightGroup[]>('GET', '/admin/api/insight');
  byId('insight-rows').replaceChildren(...(Array.isArray(data) ? data : []).map(row));
}

function row(g: InsightGroup): HTMLElement {
  const example = g.examples[0] ?? '';
  return el(
    'tr',
    {},
    el('td', { text: g.kind }),
    el('td', { text: g.lang }),
    el('td', { text: String(g.count) }),
    el('td', {}, el('ul', {}, ...g.examples.map((e) => el('li', { lang: g.lang, text: e })))),
    el(
      'td',
      {},
      g.resolved ? el('span', { text: t('resolvedBy', g.resolved) }) : resolveControls(g, example),
    ),
  );
}

function resolveControls(g: InsightGroup, example: string): HTMLElement {
  const note = el('input', { id: `note-${g.id}`, 'aria-label': t('resolutionNote', { example }) });
  const service = el('input', { id: `svc-${g.id}`, 'aria-label': t('addToService', { example }) });
  const message = el('span', { role: 'status' });
  const resolve = async () => {
    const { status: code, data } = await api('POST', '/admin/api/insight/resolve', {
      id: g.id,
      note: note.value,
      addToService: service.value.trim() || undefined,
    });
    if (code !== 200) message.textContent = data.error?.message ?? t('errorCode', { code });
    else void loadInsight();
  };
  return el(
    'span',
    {},
    note,
    service,
    el('button', { type: 'button', text: t('markResolved'), onclick: () => void resolve() }),
    message,
  );
}
