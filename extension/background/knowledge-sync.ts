import { REFRESH_MESSAGE, SETTINGS_KEY, type Settings, type SyncStatus } from '../lib/state';
import { refreshKnowledge } from '../lib/sync';
import type { ExtensionApi } from './api';

async function serverUrl(api: ExtensionApi): Promise<string | undefined> {
  const settings = (await api.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as
    Settings | undefined;
  return settings?.serverUrl || undefined;
}

/**
 * Refreshes knowledge from the configured server. Calls while a refresh is
 * running share it: saving the options both changes the URL and asks for a
 * refresh, which should cost one request, not two.
 */
export function createKnowledgeSync(
  api: ExtensionApi,
  fetch: typeof globalThis.fetch = globalThis.fetch.bind(globalThis),
): () => Promise<SyncStatus> {
  let running: Promise<SyncStatus> | undefined;
  const run = async () =>
    refreshKnowledge(await serverUrl(api), {
      storage: api.storage.local,
      fetch,
    });
  return () => {
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  };
}

/**
 * Keeps the stored snapshot fresh without a timer (no `alarms` permission):
 * when the browser starts, when the server URL changes, and whenever the panel
 * or the options page asks.
 */
export function listenForKnowledgeRefresh(
  api: ExtensionApi,
  sync: () => Promise<SyncStatus>,
): void {
  api.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if ((message as { type?: string } | null)?.type !== REFRESH_MESSAGE) return undefined;
    void sync().then(sendResponse);
    return true;
  });
  api.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const before = (change.oldValue as Settings | undefined)?.serverUrl;
    const after = (change.newValue as Settings | undefined)?.serverUrl;
    if (before !== after) void sync();
  });
}
