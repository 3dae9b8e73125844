import { parseSnapshot } from '../../knowledge/snapshot';
import { REFRESH_MESSAGE, SETTINGS_KEY, type Settings, type SyncStatus } from '../lib/state';
import { refreshKnowledge } from '../lib/sync';
import type { ExtensionApi } from './api';

async function serverUrl(api: ExtensionApi): Promise<string | undefined> {
  const settings = (await api.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as
    Settings | undefined;
  return settings?.serverUrl || undefined;
}

/** Refreshes knowledge from the configured server now. */
export async function syncKnowledge(
  api: ExtensionApi,
  fetch: typeof globalThis.fetch = globalThis.fetch.bind(globalThis),
): Promise<SyncStatus> {
  return refreshKnowledge(await serverUrl(api), {
    storage: api.storage.local,
    parse: parseSnapshot,
    fetch,
  });
}

/**
 * Keeps the stored snapshot fresh without a timer (no `alarms` permission):
 * when the browser starts, when the server URL changes, and whenever the panel
 * or the options page asks.
 */
export function listenForKnowledgeRefresh(
  api: ExtensionApi,
  fetch: typeof globalThis.fetch = globalThis.fetch.bind(globalThis),
): void {
  api.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if ((message as { type?: string } | null)?.type !== REFRESH_MESSAGE) return undefined;
    void syncKnowledge(api, fetch).then(sendResponse);
    return true;
  });
  api.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const before = (change.oldValue as Settings | undefined)?.serverUrl;
    const after = (change.newValue as Settings | undefined)?.serverUrl;
    if (before !== after) void syncKnowledge(api, fetch);
  });
}
