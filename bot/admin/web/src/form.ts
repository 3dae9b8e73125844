/**
 * The form for one knowledge file: every field of the parsed YAML becomes an
 * input, localized texts side by side in fi/sv/en, lists of objects can be
 * reordered. Saving sends only the changed fields (`changeBody`), so the
 * server applies a small YAML diff and keeps comments and layout.
 */
import { LANGUAGES } from '../../../../knowledge/language';
import { byId, el } from './dom';
import { t } from './i18n';

type Value = unknown;
type Model = Record<string, Value>;

/** The file open in the editor. */
export interface OpenFile {
  path: string;
  etag: string;
  text: string;
  /** The scaffold's text for a new service (the server diffs against it). */
  base?: string;
  original: Model | null;
  model: Model | null;
}

let current: OpenFile | null = null;

export function openFile(): OpenFile | null {
  return current;
}

export function setOpenFile(file: OpenFile | null): void {
  current = file;
}

const isObject = (v: Value): v is Model => v !== null && typeof v === 'object' && !Array.isArray(v);
const isLocalized = (v: Value): v is Record<string, Value> =>
  isObject(v) &&
  Object.keys(v).length > 0 &&
  Object.keys(v).every((k) => (LANGUAGES as readonly string[]).includes(k));

type Path = (string | number)[];

function getAt(obj: Value, path: Path): Value {
  return path.reduce<Value>(
    (o, k) => (o == null ? undefined : (o as Record<string | number, Value>)[k]),
    obj,
  );
}

function setAt(obj: Value, path: Path, value: Value): void {
  const parent = getAt(obj, path.slice(0, -1)) as Record<string | number, Value>;
  parent[path[path.length - 1]!] = value;
}

/** An empty value of the same shape (for a new list item). */
function blank(v: Value): Value {
  if (Array.isArray(v)) return [];
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, blank(x)]));
  return typeof v === 'string' ? '' : v;
}

function input(path: Path, value: Value, label: string, lang?: string): HTMLElement {
  const id = `field-${path.join('.')}`;
  const list = Array.isArray(value);
  const long = list || (typeof value === 'string' && (value.length > 60 || path.length > 1));
  const field = long
    ? el('textarea', { id, rows: list ? Math.max(3, value.length + 1) : 3, lang })
    : el('input', { id, lang, type: typeof value === 'number' ? 'number' : 'text' });
  field.value = list ? value.join('\n') : String(value ?? '');
  field.addEventListener('input', () => {
    let next: Value = field.value;
    if (list)
      next = field.value
        .split('\n')
        .map((x) => x.trim())
        .filter(Boolean);
    else if (typeof value === 'number') next = Number(field.value);
    setAt(current?.model, path, next);
  });
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id, text: list ? t('onePerLine', { label }) : label }),
    field,
  );
}

function listOfObjects(value: Value[], path: Path, name: string): HTMLElement {
  const items = () => getAt(current?.model, path) as Value[];
  const move = (from: number, to: number) => {
    const arr = items();
    if (to < 0 || to >= arr.length) return;
    const [item] = arr.splice(from, 1);
    arr.splice(to, 0, item);
    renderForm();
  };
  return el(
    'fieldset',
    {},
    el('legend', { text: `${name} (${value.length})` }),
    ...value.map((item, i) =>
      el(
        'div',
        { class: 'item' },
        renderValue(item, [...path, i]),
        el('button', {
          type: 'button',
          onclick: () => move(i, i - 1),
          text: t('moveUp', { name, n: i + 1 }),
        }),
        ' ',
        el('button', {
          type: 'button',
          onclick: () => move(i, i + 1),
          text: t('moveDown', { name, n: i + 1 }),
        }),
        ' ',
        el('button', {
          type: 'button',
          onclick: () => {
            items().splice(i, 1);
            renderForm();
          },
          text: t('remove', { name, n: i + 1 }),
        }),
      ),
    ),
    el('button', {
      type: 'button',
      onclick: () => {
        const arr = items();
        arr.push(blank(arr[arr.length - 1] ?? {}));
        renderForm();
      },
      text: t('addTo', { name }),
    }),
  );
}

function renderValue(value: Value, path: Path): HTMLElement {
  const name = path.join('.');
  if (isLocalized(value)) {
    return el(
      'fieldset',
      {},
      el('legend', { text: name }),
      el(
        'div',
        { class: 'langs' },
        ...LANGUAGES.filter((l) => l in value).map((l) =>
          input([...path, l], value[l], `${name} (${l})`, l),
        ),
      ),
    );
  }
  if (isObject(value)) {
    return el(
      'fieldset',
      {},
      el('legend', { text: name || t('file') }),
      ...Object.entries(value).map(([k, v]) => renderValue(v, [...path, k])),
    );
  }
  if (Array.isArray(value) && value.some(isObject)) return listOfObjects(value, path, name);
  return input(path, value, name);
}

/** Draws the form of the open file (again, after a reorder or a language switch). */
export function renderForm(): void {
  const form = byId('edit-form');
  if (!current) return;
  if (!current.model) {
    form.replaceChildren(el('p', { text: t('notYaml') }));
    return;
  }
  form.replaceChildren(...Object.entries(current.model).map(([k, v]) => renderValue(v, [k])));
}

/** Dotted paths of what changed from `a` to `b` (null: removed). */
function diff(a: Value, b: Value, prefix: string, out: Record<string, Value>) {
  if (isObject(a) && isObject(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const p = prefix ? `${prefix}.${k}` : k;
      if (!(k in b)) out[p] = null;
      else diff(a[k], b[k], p, out);
    }
  } else if (JSON.stringify(a) !== JSON.stringify(b)) out[prefix] = b;
  return out;
}

/** The request body for check, preview and save: the raw YAML if it was edited, else field edits. */
export function changeBody(): Record<string, unknown> {
  if (!current) return {};
  const raw = byId<HTMLTextAreaElement>('raw').value;
  const body: Record<string, unknown> = { path: current.path };
  if (raw !== current.text || !current.model) body.text = raw;
  else {
    body.edits = diff(current.original, current.model, '', {});
    if (current.base) body.base = current.base;
  }
  return body;
}
