/**
 * "Add a closure": a one-off closure (POST /admin/api/closure) on one of the
 * open service's channels, or on a service point in municipalities.yaml. The
 * server validates and publishes it like any save; this only collects it.
 */
import { api, byId, el } from './dom';
import { showProblems, status, type Problem } from './editor';
import { openFile } from './form';
import { t } from './i18n';

interface Target {
  key: 'channel' | 'point';
  value: number | string;
  label: string;
}

type Named = { name?: { fi?: string }; kind?: string; id?: string };

function targetsOf(model: Record<string, unknown>): Target[] {
  if (Array.isArray(model.channels))
    return (model.channels as Named[]).map((c, i) => ({
      key: 'channel',
      value: i,
      label: c.name?.fi ?? c.kind ?? String(i),
    }));
  const municipalities = Array.isArray(model.municipalities)
    ? (model.municipalities as { servicePoints?: Named[] }[])
    : [];
  return municipalities.flatMap((m) =>
    (m.servicePoints ?? []).map((p) => ({
      key: 'point' as const,
      value: p.id ?? '',
      label: p.name?.fi ?? p.id ?? '',
    })),
  );
}

/** Draws the closure form under the edit form (or removes it for files without channels or points). */
export function renderClosure(reopen: (path: string) => Promise<void>): void {
  document.getElementById('closure')?.remove();
  const file = openFile();
  const targets = file?.model ? targetsOf(file.model) : [];
  if (!file || targets.length === 0) return;
  const field = (id: string, label: string, props: Record<string, string | boolean>) =>
    el('p', {}, el('label', { for: id, text: label }), ' ', el('input', { id, ...props }));
  const target = el(
    'select',
    { id: 'closure-target' },
    ...targets.map((x, i) => el('option', { value: String(i), text: x.label })),
  );
  const out = el('p', { role: 'status' });
  const value = (id: string) => byId<HTMLInputElement>(id).value.trim();
  const add = async () => {
    const chosen = targets[Number(target.value)];
    if (!chosen) return;
    const note = value('closure-note');
    const { status: code, data } = await api<{ problems?: Problem[] }>(
      'POST',
      '/admin/api/closure',
      {
        path: file.path,
        [chosen.key]: chosen.value,
        validFrom: value('closure-from'),
        ...(value('closure-to') ? { validTo: value('closure-to') } : {}),
        ...(note ? { note: { fi: note, sv: '', en: '' } } : {}),
      },
    );
    if (code !== 200) {
      out.textContent = data.error?.message ?? `${code}`;
      if (data.problems) showProblems(data.problems);
      return;
    }
    await reopen(file.path);
    status(t('closureDone'));
  };
  byId('edit-form').after(
    el(
      'details',
      { id: 'closure' },
      el('summary', { text: t('closureAdd') }),
      el('p', {}, el('label', { for: 'closure-target', text: t('closureTarget') }), ' ', target),
      field('closure-from', t('closureFrom'), { type: 'date', required: true }),
      field('closure-to', t('closureTo'), { type: 'date' }),
      field('closure-note', t('closureNote'), { type: 'text', maxlength: '300' }),
      el('button', { type: 'button', text: t('closureSubmit'), onclick: () => void add() }),
      out,
    ),
  );
}
