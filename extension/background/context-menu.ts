import type { Translate } from '../i18n';
import type { ExtensionApi } from './api';
import { openPanel } from './api';
import { handOverSelection } from './selection';

export const MENU_ID = 'opastin-find-services';

/** (Re)creates the "Find services and referral path" item for selected text, in the counsellor's language. */
export async function registerContextMenu(api: ExtensionApi, t: Translate): Promise<void> {
  await api.contextMenus.removeAll();
  api.contextMenus.create({ id: MENU_ID, title: t('menu.find'), contexts: ['selection'] });
}

/** The menu click: open the panel first (needs the click's user gesture), then pass the text on. */
export function listenToContextMenu(api: ExtensionApi): void {
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    openPanel(api, tab);
    void handOverSelection(api, info.selectionText);
  });
}
