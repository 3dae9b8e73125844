/**
 * The background's composition root: context menu, keyboard shortcut,
 * knowledge refresh and the menu title's language. Everything comes in
 * through `api` so tests can pass fakeBrowser.
 */
import { createTranslator, toLanguage } from '../i18n';
import { SETTINGS_KEY, type Settings } from '../lib/state';
import type { ExtensionApi } from './api';
import { listenToContextMenu, registerContextMenu } from './context-menu';
import { createKnowledgeSync, listenForKnowledgeRefresh } from './knowledge-sync';
import { listenToShortcut } from './shortcut';

async function language(api: ExtensionApi) {
  const settings = (await api.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as
    Settings | undefined;
  return toLanguage(settings?.language);
}

export function startBackground(
  api: ExtensionApi,
  fetch: typeof globalThis.fetch = globalThis.fetch.bind(globalThis),
): void {
  listenToContextMenu(api);
  listenToShortcut(api);
  const sync = createKnowledgeSync(api, fetch);
  listenForKnowledgeRefresh(api, sync);

  const setUpMenu = async () => registerContextMenu(api, createTranslator(await language(api)));
  api.runtime.onInstalled.addListener(() => {
    void setUpMenu();
    void sync();
  });
  api.runtime.onStartup.addListener(() => void sync());
  api.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const before = (change.oldValue as Settings | undefined)?.language;
    const after = (change.newValue as Settings | undefined)?.language;
    if (before !== after) void setUpMenu();
  });
  // Chrome: the toolbar button opens the panel (Firefox has its own sidebar button).
  void api.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
}
