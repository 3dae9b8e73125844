/**
 * The content editor page (/admin), built by Vite into /admin/admin.js: the
 * language, the tabs, the session, and the parts in their own modules.
 */
import { api, byId, setCsrf } from './dom';
import { onPublished, redrawEditor, setUpEditor } from './editor';
import { onLanguageChange, setUpLanguageSwitch } from './i18n';
import { loadInsight } from './insight';
import { setUpPreview } from './preview';
import { loadServices, renderLists, setUpServices } from './services';

const TABS = ['services', 'files', 'insight'];

function showTab(name: string): void {
  for (const tab of TABS) byId(`tab-${tab}`).hidden = tab !== name;
  if (name === 'insight') void loadInsight();
}

setUpLanguageSwitch();
setUpServices();
setUpEditor();
setUpPreview();
onPublished(() => void loadServices());
onLanguageChange(() => {
  renderLists();
  redrawEditor();
  if (!byId('tab-insight').hidden) void loadInsight();
});
for (const button of document.querySelectorAll<HTMLElement>('[data-tab]'))
  button.addEventListener('click', () => showTab(button.dataset.tab ?? 'services'));
byId('logout').addEventListener('click', async () => {
  await api('POST', '/admin/api/logout');
  location.assign('/admin');
});

const session = await api<{ csrf?: string; user?: string }>('GET', '/admin/api/session');
setCsrf(session.data.csrf ?? '');
byId('who').textContent = session.data.user ?? '';
await loadServices();
