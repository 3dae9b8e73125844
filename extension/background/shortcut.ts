import { USE_SELECTION_COMMAND } from '../lib/state';
import type { ExtensionApi } from './api';
import { openPanel } from './api';
import { handOverSelection, readSelectionFromTab } from './selection';

/** The keyboard shortcut: like the context menu, but the text is read from the tab it was pressed on. */
export function listenToShortcut(api: ExtensionApi): void {
  api.commands.onCommand.addListener((command, tab) => {
    if (command !== USE_SELECTION_COMMAND) return;
    openPanel(api, tab);
    if (tab?.id === undefined) return;
    readSelectionFromTab(api, tab.id)
      .then((text) => (text.trim() ? handOverSelection(api, text) : undefined))
      // Pages the extension may not script (browser pages, the web store) have no selection for us.
      .catch(() => undefined);
  });
}
