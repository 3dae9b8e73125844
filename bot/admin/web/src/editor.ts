/**
 * Opening, checking, saving and reverting one knowledge file, and showing
 * each problem at its field (aria-invalid + aria-describedby) as well as in
 * the list above the form.
 */
import { renderClosure } from './closure';
import { api, byId, el } from './dom';
import { changeBody, openFile, renderForm, setOpenFile } from './form';
import { t } from './i18n';

/** A validation problem as the server reports it. */
export interface Problem {
  severity: 'error' | 'warning';
  message: string;
  field?: string;
  file?: string;
  line?: number;
}

interface LoadedFile {
  path: string;
  etag: string;
  text: string;
  base?: string;
  data: Record<string, unknown> | null;
}

interface HistoryEntry {
  id: string;
  at: string;
  author: string;
  action: string;
  changes: string[];
  canRevert: boolean;
}

let afterPublish: () => void = () => {};

/** Called after a publish, so the service list shows the new state. */
export function onPublished(listener: () => void): void {
  afterPublish = listener;
}

export function status(text: string): void {
  byId('status').textContent = text;
}

/** One line for a problem: "error: message (field) in file:line". */
export function problemText(p: Problem): string {
  const where = p.file ? ` – ${p.file}${p.line ? `:${p.line}` : ''}` : '';
  return `${t(p.severity === 'error' ? 'error' : 'warning')}: ${p.message}${p.field ? ` (${p.field})` : ''}${where}`;
}

/** Opens `path` from the server in the editor. */
export async function openPath(path: string): Promise<void> {
  const { status: code, data } = await api<LoadedFile>(
    'GET',
    `/admin/api/file?path=${encodeURIComponent(path)}`,
  );
  if (code !== 200) return alert(data.error?.message ?? t('cannotOpen'));
  openLoaded(data);
}

/** Shows a loaded (or scaffolded) file in the form and the YAML editor. */
export function openLoaded(data: LoadedFile): void {
  setOpenFile({
    path: data.path,
    etag: data.etag,
    text: data.text,
    ...(data.base ? { base: data.base } : {}),
    original: data.data,
    model: data.data ? structuredClone(data.data) : null,
  });
  byId('editor').hidden = false;
  byId<HTMLTextAreaElement>('raw').value = data.text;
  byId('conflict').hidden = true;
  byId('problems').replaceChildren();
  byId('preview-out').replaceChildren();
  status('');
  redrawEditor();
  void loadHistory();
  byId('editor-h').scrollIntoView();
}

/** Redraws what depends on the editor language: heading and form (the edit itself is kept). */
export function redrawEditor(): void {
  const file = openFile();
  if (!file) return;
  byId('editor-h').textContent = t('editing', { path: file.path });
  renderForm();
  renderClosure(openPath);
}

export function showProblems(problems: Problem[]): void {
  for (const n of document.querySelectorAll('.field-problem')) n.remove();
  for (const n of document.querySelectorAll('[aria-invalid]')) {
    n.removeAttribute('aria-invalid');
    n.removeAttribute('aria-describedby');
    n.classList.remove('invalid');
  }
  byId('problems').replaceChildren(...problems.map((p) => el('li', { text: problemText(p) })));
  const path = openFile()?.path;
  problems.forEach((p, i) => {
    if (!p.field || (p.file && p.file !== path)) return;
    let parts = p.field.split('.');
    let target: Element | null = null;
    while (parts.length && !target) {
      target =
        document.getElementById(`field-${parts.join('.')}`) ??
        document.querySelector(`[id^="field-${CSS.escape(parts.join('.'))}."]`);
      parts = parts.slice(0, -1);
    }
    if (!target) return;
    const id = `problem-${i}`;
    target.classList.add('invalid');
    target.setAttribute('aria-invalid', 'true');
    target.setAttribute('aria-describedby', id);
    target.after(el('span', { id, class: 'field-problem', text: p.message }));
  });
}

async function check(): Promise<void> {
  const { status: code, data } = await api<{ problems: Problem[] }>(
    'POST',
    '/admin/api/preview',
    changeBody(),
  );
  // 422: the change is not readable YAML (or an alias bomb); its problems still go to the fields.
  if (code === 422) showProblems(data.problems ?? []);
  if (code !== 200) return status(data.error?.message ?? t('errorCode', { code }));
  const errors = data.problems.filter((p) => p.severity === 'error');
  showProblems(data.problems);
  status(errors.length ? t('errors', { n: errors.length }) : t('noErrors'));
}

async function save(): Promise<void> {
  const file = openFile();
  if (!file) return;
  const { status: code, data } = await api<{
    version: string;
    current?: { text: string };
    problems?: Problem[];
  }>('PUT', '/admin/api/file', { ...changeBody(), etag: file.etag });
  if (code === 200) {
    const published = t('published', { version: data.version.slice(0, 8) });
    await openPath(file.path);
    status(published);
    afterPublish();
    return;
  }
  if (code === 409) {
    byId('conflict').hidden = false;
    byId('conflict-text').textContent = data.current?.text ?? t('fileDeleted');
  }
  if (code === 422) showProblems(data.problems ?? []);
  status(data.error?.message ?? t('errorCode', { code }));
}

async function loadHistory(): Promise<void> {
  const file = openFile();
  if (!file) return;
  const { data } = await api<HistoryEntry[]>(
    'GET',
    `/admin/api/history?path=${encodeURIComponent(file.path)}`,
  );
  byId('history').replaceChildren(
    ...(Array.isArray(data) ? data : []).map((h) =>
      el(
        'li',
        {},
        el('span', { text: `${h.at} ${h.author} ${h.action}: ${h.changes.join(', ')} ` }),
        h.canRevert &&
          el('button', {
            type: 'button',
            text: t('revert', { at: h.at }),
            onclick: () => void revert(h.id),
          }),
      ),
    ),
  );
}

async function revert(id: string): Promise<void> {
  const { status: code, data } = await api('POST', '/admin/api/revert', { id });
  if (code !== 200) return status(data.error?.message ?? t('errorCode', { code }));
  const file = openFile();
  if (file) await openPath(file.path);
  status(t('reverted'));
}

/** Wires the editor's buttons. */
export function setUpEditor(): void {
  byId('check').addEventListener('click', () => void check());
  byId('save').addEventListener('click', () => void save());
  byId('close').addEventListener('click', () => {
    byId('editor').hidden = true;
    setOpenFile(null);
  });
}
