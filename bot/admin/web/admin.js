// The content editor page. Everything from the server is shown with
// textContent (never innerHTML), so script tags in content stay text.
const $ = (id) => document.getElementById(id);
let csrf = '';
let services = [];
let current = null; // { path, etag, text, base, original, model }

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false)
      node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

async function api(method, url, body) {
  const headers = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-CSRF-Token'] = csrf;
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 401) location.assign('/admin');
  const data = await res.json().catch(() => ({}));
  return { status: res.status, data };
}

function status(text) {
  $('status').textContent = text;
}

// --- tabs -------------------------------------------------------------------
function showTab(name) {
  for (const t of ['services', 'files', 'insight']) $(`tab-${t}`).hidden = t !== name;
  if (name === 'insight') loadInsight();
}
for (const b of document.querySelectorAll('[data-tab]'))
  b.addEventListener('click', () => showTab(b.dataset.tab));

// --- service list -----------------------------------------------------------
async function loadServices() {
  const { data } = await api('GET', '/admin/api/services');
  services = data.services ?? [];
  const levels = [...new Set(services.map((s) => s.level))];
  const levelSel = $('f-level');
  if (levelSel.options.length === 1)
    for (const l of levels) levelSel.append(el('option', { value: l, text: l }));
  const stageSel = $('f-stage');
  if (stageSel.options.length === 1)
    for (const s of data.lifeStages ?? [])
      stageSel.append(el('option', { value: s.id, text: s.name.en || s.id }));
  const list = $('file-list');
  list.replaceChildren(
    ...(data.files ?? [])
      .filter((f) => !f.startsWith('services/'))
      .map((f) =>
        el(
          'li',
          {},
          el('button', { type: 'button', onclick: () => openFile(f), text: `Edit ${f}` }),
        ),
      ),
  );
  const disk = data.diskProblems ?? [];
  $('disk-problems').hidden = disk.length === 0;
  $('disk-list').replaceChildren(...disk.map((p) => el('li', { text: problemText(p) })));
  renderServices();
}

function renderServices() {
  const text = $('f-text').value.toLowerCase();
  const missing = $('f-missing').value;
  const overdue = $('f-overdue').checked;
  const level = $('f-level').value;
  const stage = $('f-stage').value;
  const rows = services.filter(
    (s) =>
      (!text || `${s.id} ${s.name.fi} ${s.name.sv} ${s.name.en}`.toLowerCase().includes(text)) &&
      (!missing || s.missing.includes(missing)) &&
      (!overdue || s.reviewOverdue) &&
      (!level || s.level === level) &&
      (!stage || s.lifeStages === 'all' || s.lifeStages.includes(stage)),
  );
  $('service-rows').replaceChildren(
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
        el('td', { text: `${s.reviewedAt}${s.reviewOverdue ? ' (overdue)' : ''}` }),
        el('td', { text: s.missing.join(', ') }),
        el(
          'td',
          {},
          el('button', { type: 'button', onclick: () => openFile(s.path), text: `Edit ${s.id}` }),
        ),
      ),
    ),
  );
}
for (const id of ['f-text', 'f-missing', 'f-overdue', 'f-level', 'f-stage'])
  $(id).addEventListener('input', renderServices);

$('new-service').addEventListener('submit', async (event) => {
  event.preventDefault();
  const { status: code, data } = await api(
    'GET',
    `/admin/api/scaffold?id=${encodeURIComponent($('new-id').value)}`,
  );
  if (code !== 200) return alert(data.error?.message ?? 'Cannot create');
  openLoaded({ ...data, base: data.text });
});

// --- the form ---------------------------------------------------------------
const LANGS = ['fi', 'sv', 'en'];
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isLocalized = (v) =>
  isObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => LANGS.includes(k));

function getAt(obj, path) {
  return path.reduce((o, k) => (o == null ? undefined : o[k]), obj);
}
function setAt(obj, path, value) {
  const parent = getAt(obj, path.slice(0, -1));
  parent[path[path.length - 1]] = value;
}
function blank(v) {
  if (Array.isArray(v)) return [];
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, blank(x)]));
  return typeof v === 'string' ? '' : v;
}

function input(path, value, label, lang) {
  const id = `field-${path.join('.')}`;
  const list = Array.isArray(value);
  const long = list || (typeof value === 'string' && (value.length > 60 || path.length > 1));
  const field = long
    ? el('textarea', { id, rows: list ? Math.max(3, value.length + 1) : 3, lang })
    : el('input', { id, lang, type: typeof value === 'number' ? 'number' : 'text' });
  field.value = list ? value.join('\n') : String(value ?? '');
  field.addEventListener('input', () => {
    let v = field.value;
    if (list)
      v = v
        .split('\n')
        .map((x) => x.trim())
        .filter(Boolean);
    else if (typeof value === 'number') v = Number(v);
    setAt(current.model, path, v);
  });
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id, text: list ? `${label} (one per line)` : label }),
    field,
  );
}

function renderValue(value, path) {
  const name = path.join('.');
  if (isLocalized(value)) {
    return el(
      'fieldset',
      {},
      el('legend', { text: name }),
      el(
        'div',
        { class: 'langs' },
        ...LANGS.filter((l) => l in value).map((l) =>
          input([...path, l], value[l], `${name} (${l})`, l),
        ),
      ),
    );
  }
  if (isObject(value)) {
    return el(
      'fieldset',
      {},
      el('legend', { text: name || 'File' }),
      ...Object.entries(value).map(([k, v]) => renderValue(v, [...path, k])),
    );
  }
  if (Array.isArray(value) && value.some(isObject)) {
    const move = (from, to) => {
      const arr = getAt(current.model, path);
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
            text: `Move ${name} ${i + 1} up`,
          }),
          ' ',
          el('button', {
            type: 'button',
            onclick: () => move(i, i + 1),
            text: `Move ${name} ${i + 1} down`,
          }),
          ' ',
          el('button', {
            type: 'button',
            onclick: () => {
              getAt(current.model, path).splice(i, 1);
              renderForm();
            },
            text: `Remove ${name} ${i + 1}`,
          }),
        ),
      ),
      el('button', {
        type: 'button',
        onclick: () => {
          const arr = getAt(current.model, path);
          arr.push(blank(arr[arr.length - 1] ?? {}));
          renderForm();
        },
        text: `Add to ${name}`,
      }),
    );
  }
  return input(path, value, name);
}

function renderForm() {
  const form = $('edit-form');
  if (!current.model) {
    form.replaceChildren(
      el('p', { text: 'This file is not valid YAML; fix it in the YAML editor below.' }),
    );
    return;
  }
  form.replaceChildren(...Object.entries(current.model).map(([k, v]) => renderValue(v, [k])));
}

function diff(a, b, prefix, out) {
  if (isObject(a) && isObject(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const p = prefix ? `${prefix}.${k}` : k;
      if (!(k in b)) out[p] = null;
      else diff(a[k], b[k], p, out);
    }
  } else if (JSON.stringify(a) !== JSON.stringify(b)) out[prefix] = b;
  return out;
}

function changeBody() {
  const body = { path: current.path };
  if ($('raw').value !== current.text || !current.model) body.text = $('raw').value;
  else {
    body.edits = diff(current.original, current.model, '', {});
    if (current.base) body.base = current.base;
  }
  return body;
}

// --- open, check, save ------------------------------------------------------
async function openFile(path) {
  const { status: code, data } = await api(
    'GET',
    `/admin/api/file?path=${encodeURIComponent(path)}`,
  );
  if (code !== 200) return alert(data.error?.message ?? 'Cannot open');
  openLoaded(data);
}

function openLoaded(data) {
  current = {
    path: data.path,
    etag: data.etag,
    text: data.text,
    base: data.base,
    original: data.data,
    model: data.data ? structuredClone(data.data) : null,
  };
  $('editor').hidden = false;
  $('editor-h').textContent = `Editing ${data.path}`;
  $('raw').value = data.text;
  $('conflict').hidden = true;
  $('problems').replaceChildren();
  $('preview-out').replaceChildren();
  status('');
  renderForm();
  loadHistory();
  $('editor-h').scrollIntoView();
}

function problemText(p) {
  return `${p.severity}: ${p.message}${p.field ? ` (${p.field})` : ''}${p.file ? ` in ${p.file}${p.line ? `:${p.line}` : ''}` : ''}`;
}

function showProblems(problems) {
  for (const n of document.querySelectorAll('.field-problem')) n.remove();
  for (const n of document.querySelectorAll('[aria-invalid]')) {
    n.removeAttribute('aria-invalid');
    n.removeAttribute('aria-describedby');
    n.classList.remove('invalid');
  }
  $('problems').replaceChildren(...problems.map((p) => el('li', { text: problemText(p) })));
  problems.forEach((p, i) => {
    if (!p.field || (p.file && p.file !== current.path)) return;
    let parts = p.field.split('.');
    let target = null;
    while (parts.length && !target) {
      target =
        document.getElementById(`field-${parts.join('.')}`) ??
        document.querySelector(`[id^="field-${parts.join('.')}."]`);
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

$('check').addEventListener('click', async () => {
  const { status: code, data } = await api('POST', '/admin/api/preview', changeBody());
  if (code !== 200) return status(data.error?.message ?? `Error ${code}`);
  const errors = data.problems.filter((p) => p.severity === 'error');
  showProblems(data.problems);
  status(
    errors.length
      ? `${errors.length} error(s): not publishable yet.`
      : 'No errors: ready to publish.',
  );
});

$('save').addEventListener('click', async () => {
  const { status: code, data } = await api('PUT', '/admin/api/file', {
    ...changeBody(),
    etag: current.etag,
  });
  if (code === 200) {
    status(`Published (knowledge ${data.version.slice(0, 8)}). Residents see it now.`);
    await openFile(current.path);
    status(`Published (knowledge ${data.version.slice(0, 8)}). Residents see it now.`);
    loadServices();
    return;
  }
  if (code === 409) {
    $('conflict').hidden = false;
    $('conflict-text').textContent = data.current?.text ?? '(the file was deleted)';
  }
  if (code === 422) showProblems(data.problems ?? []);
  status(data.error?.message ?? `Error ${code}`);
});

$('close').addEventListener('click', () => {
  $('editor').hidden = true;
  current = null;
});

// --- preview ----------------------------------------------------------------
function renderCard(card) {
  return el(
    'div',
    { class: 'card', 'aria-label': 'The card as Web Chat shows it', role: 'group' },
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

$('ask').addEventListener('click', async () => {
  const q = $('question').value;
  const { status: code, data } = await api('POST', '/admin/api/preview', { ...changeBody(), q });
  const out = $('preview-out');
  if (code !== 200)
    return out.replaceChildren(el('p', { text: data.error?.message ?? `Error ${code}` }));
  showProblems(data.problems);
  if (!data.search)
    return out.replaceChildren(el('p', { text: 'The change has errors; fix them to preview.' }));
  const s = data.search;
  out.replaceChildren(
    el('p', {
      class: s.emergency ? 'emergency' : '',
      text: s.flagText ?? 'No emergency flag.',
    }),
    s.emergencyCard ? renderCard(s.emergencyCard) : null,
    el('p', {
      text: `Language ${s.lang}; ${s.confident ? 'a confident answer' : 'not confident'}.`,
    }),
    el(
      'ol',
      { 'aria-label': 'Ranked results' },
      ...s.results.map((r) =>
        el('li', {
          text: `${r.name} (${r.id}) ${r.score.toFixed(2)} – ${r.why.map((w) => `${w.term}→${w.matched} in ${w.field} (${w.kind})`).join('; ')}`,
        }),
      ),
    ),
    s.card ? renderCard(s.card) : null,
  );
});

$('compare').addEventListener('click', async () => {
  const out = $('preview-out');
  out.replaceChildren(el('p', { text: 'Running the evaluation set…' }));
  const { status: code, data } = await api('POST', '/admin/api/preview', {
    ...changeBody(),
    compare: true,
  });
  if (code !== 200 || !data.evalChanges)
    return out.replaceChildren(
      el('p', { text: data.error?.message ?? 'The change has errors; fix them first.' }),
    );
  if (data.evalChanges.length === 0)
    return out.replaceChildren(el('p', { text: 'No evaluation query changes its top 3.' }));
  out.replaceChildren(
    el('p', { text: `${data.evalChanges.length} evaluation queries change:` }),
    el(
      'ul',
      {},
      ...data.evalChanges.map((c) =>
        el('li', {
          class: c.verdict,
          text: `${c.verdict}: "${c.q}" (${c.lang}) expected ${c.expect.join('/') || '–'}: ${c.before.join(', ')} → ${c.after.join(', ')}`,
        }),
      ),
    ),
  );
});

// --- history ----------------------------------------------------------------
async function loadHistory() {
  const { data } = await api('GET', `/admin/api/history?path=${encodeURIComponent(current.path)}`);
  $('history').replaceChildren(
    ...(Array.isArray(data) ? data : []).map((h) =>
      el(
        'li',
        {},
        el('span', { text: `${h.at} ${h.author} ${h.action}: ${h.changes.join(', ')} ` }),
        h.canRevert
          ? el('button', {
              type: 'button',
              text: `Revert this change (${h.at})`,
              onclick: async () => {
                const { status: code, data: r } = await api('POST', '/admin/api/revert', {
                  id: h.id,
                });
                if (code === 200) {
                  await openFile(current.path);
                  status('Reverted and published.');
                } else status(r.error?.message ?? `Error ${code}`);
              },
            })
          : null,
      ),
    ),
  );
}

// --- insight ----------------------------------------------------------------
async function loadInsight() {
  const { data } = await api('GET', '/admin/api/insight');
  $('insight-rows').replaceChildren(
    ...(Array.isArray(data) ? data : []).map((g) => {
      const note = el('input', {
        id: `note-${g.id}`,
        'aria-label': `Resolution note for ${g.examples[0]}`,
      });
      const service = el('input', {
        id: `svc-${g.id}`,
        'aria-label': `Service id to add these questions to as phrasings (${g.examples[0]})`,
      });
      const message = el('span', { role: 'status' });
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
          g.resolved
            ? el('span', { text: `Resolved by ${g.resolved.by}: ${g.resolved.note}` })
            : el(
                'span',
                {},
                note,
                service,
                el('button', {
                  type: 'button',
                  text: 'Mark resolved',
                  onclick: async () => {
                    const { status: code, data: r } = await api(
                      'POST',
                      '/admin/api/insight/resolve',
                      {
                        id: g.id,
                        note: note.value,
                        addToService: service.value.trim() || undefined,
                      },
                    );
                    if (code !== 200) message.textContent = r.error?.message ?? `Error ${code}`;
                    else loadInsight();
                  },
                }),
                message,
              ),
        ),
      );
    }),
  );
}

$('logout').addEventListener('click', async () => {
  await api('POST', '/admin/api/logout');
  location.assign('/admin');
});

const session = await api('GET', '/admin/api/session');
csrf = session.data.csrf ?? '';
$('who').textContent = session.data.user ?? '';
await loadServices();
