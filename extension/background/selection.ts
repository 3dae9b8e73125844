import { readPageSelection } from '../lib/selection';
import { SELECTION_KEY, type PendingSelection } from '../lib/state';
import type { ExtensionApi } from './api';

/**
 * Hands a selection to the panel through `storage.session`: kept in memory
 * only, readable by the extension's own pages only, gone when the browser closes.
 */
export async function handOverSelection(
  api: ExtensionApi,
  text: string,
  now = Date.now(),
): Promise<void> {
  const pending: PendingSelection = { text, at: now };
  await api.storage.session.set({ [SELECTION_KEY]: pending });
}

/** Reads the selection in a tab the counsellor has just invoked the extension on (activeTab). */
export async function readSelectionFromTab(api: ExtensionApi, tabId: number): Promise<string> {
  const [frame] = await api.scripting.executeScript({
    target: { tabId },
    func: readPageSelection,
  });
  return typeof frame?.result === 'string' ? frame.result : '';
}
