/**
 * The list of services with its filters (text, missing translation, review
 * overdue, level, life stage), the other knowledge files, broken files on
 * disk, and creating a new service from the scaffold.
 */
import { api, byId, el } from './dom';
import { openLoaded, openPath, problemText, type Problem } from './editor';
import { editorLanguage, t } from './i18n';

interface ServiceRow {
  id: string;
  path: string;
  name: { fi: string; sv: string; en: string };
  level: string;
  reviewedAt: string;
  reviewOverdue: boolean;
  missing: string[];
  lifeStages: 'all' | string[];
}

interface ServiceList {
  services?: ServiceRow[];
  lifeStages?: { id: string; name: Record<string, string> }[];
  files?: string[];
  diskProblems?: Problem[];
  /** What serves residents; `message` says so when it is not the files as they are. */
  knowledge?: { source: string; problems: number; message: string | null };
}

let list: ServiceList = {};

/** Fetches the services and files and draws them. */
export async function loadServices(): Promise<void> {
  const { data } = await api<ServiceList>('GET', '/admin/api/services');
  list = data;
  renderLists();
}

/** Draws the lists from the last fetch (again after a language switch). */
export function renderLists(): void {
  const services = list.services ?? [];
  fillOptions(
    byId<HTMLSelectElement>('f-level'),
    [...new Set(services.map((s) => s.level))].map((l) => [l, l]),
  );
  fillOptions(
    byId<HTMLSelectElement>('f-stage'),
    (list.lifeStages ?? []).map((s) => [s.id, s.name[editorLanguage()] || s.name.en || s.id]),
  );
  byId('file-list').replaceChildren(
    ...(list.files ?? [])
      .filter((f) => !f.startsWith('services/'))
      .map((f) =>
        el(
          'li',
          {},
          el('button', {
            type: 'button',
            onclick: () => void openPath(f),
            text: t('edit', { name: f }),
          }),
        ),
      ),
  );
  const disk = list.diskProblems ?? [];
  byId('disk-problems').hidden = disk.length === 0;
  byId('disk-list').replaceChildren(...disk.map((p) => el('li', { text: problemText(p) })));
  byId('disk-source').textContent = list.knowledge?.message ?? '';
  renderServices();
}

/** Replaces a filter's options after its first "any", keeping the selection. */
function fillOptions(select: HTMLSelectElement, options: [string, string][]): void {
  const selected = select.value;
  const any = select.options[0];
  select.replaceChildren(
    ...(any ? [any] : []),
    ...options.map(([value, text]) => el('option', { value, text })),
  );
  select.value = selected;
}

function renderServices(): void {
  const text = byId<HTMLInputElement>('f-text').value.toLowerCase();
  const missing = byId<HTMLSelectElement>('f-missing').value;
  const overdue = byId<HTMLInputElement>('f-overdue').checked;
  const level = byId<HTMLSelectElement>('f-level').value;
  const stage = byId<HTMLSelectElement>('f-stage').value;
  const rows = (list.services ?? []).filter(
    (s) =>
      (!text || `${s.id} ${s.name.fi} ${s.name.sv} ${s.name.en}`.toLowerCase().includes(text)) &&
      (!missing || s.missing.includes(missing)) &&
      (!overdue || s.reviewOverdue) &&
      (!level || s.level === level) &&
      (!stage || s.lifeStages === 'all' || s.lifeStages.includes(stage)),
  );
  byId('service-rows').replaceChildren(
    ...rows.map((s) =>
      el(
        'tr',
        {},
        el(
          'td',
          {},
          el('span', { lang: 'fi', text: s.name.fi }),
          ' / ',
          el('span', { lang: 'sv', text: s.name.sv }),
        ),
        el('td', { text: s.level }),
        el('td', { text: s.reviewOverdue ? t('overdue', { date: s.reviewedAt }) : s.reviewedAt }),
        el('td', { text: s.missing.join(', ') }),
        el(
          'td',
          {},
          el('button', {
            type: 'button',
            onclick: () => void openPath(s.path),
            text: t('edit', { name: s.id }),
          }),
        ),
      ),
    ),
  );
}

async function newService(event: Event): Promise<void> {
  event.preventDefault();
  const id = byId<HTMLInputElement>('new-id').value;
  const { status: code, data } = await api<{
    path: string;
    etag: string;
    text: string;
    data: Record<string, unknown> | null;
  }>('GET', `/admin/api/scaffold?id=${encodeURIComponent(id)}`);
  if (code !== 200) return alert(data.error?.message ?? t('cannotCreate'));
  openLoaded({ ...data, base: data.text });
}

/** Wires the filters and the new-service form. */
export function setUpServices(): void {
  for (const id of ['f-text', 'f-missing', 'f-overdue', 'f-level', 'f-stage'])
    byId(id).addEventListener('input', renderServices);
  byId('new-service').addEventListener('submit', (event) => void newService(event));
}
