/**
 * Refreshes the knowledge snapshot from the configured server. The snapshot
 * passes the same gate as the server's own knowledge (knowledge/accept.ts:
 * schema and every rule) before it is stored, and nothing is ever replaced by
 * something worse: on any error the last good snapshot (or the bundled one) stays in use.
 */
import { acceptSnapshot } from '../../knowledge/gate';
import { knowledgeEndpoint } from './server-url';
import {
  KNOWLEDGE_KEY,
  SYNC_KEY,
  type KeyValueStore,
  type StoredKnowledge,
  type SyncStatus,
} from './state';

/** A snapshot larger than this is refused: the bundled one is a few hundred kilobytes. */
export const MAX_SNAPSHOT_BYTES = 8 * 1024 * 1024;
const TIMEOUT_MS = 15_000;

export interface SyncDeps {
  storage: KeyValueStore;
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
}

/** Fetches `<serverUrl>/api/knowledge` with If-None-Match and stores a valid new snapshot. */
export async function refreshKnowledge(
  serverUrl: string | undefined,
  { storage, fetch = globalThis.fetch.bind(globalThis), now = () => new Date() }: SyncDeps,
): Promise<SyncStatus> {
  const at = now().toISOString();
  const stored = (await storage.get(KNOWLEDGE_KEY))[KNOWLEDGE_KEY] as StoredKnowledge | undefined;
  let status: SyncStatus;
  if (!serverUrl) {
    status = { state: 'off', at };
  } else {
    try {
      status = await fetchSnapshot(serverUrl, stored, { storage, fetch, at });
    } catch (error) {
      status = { state: 'error', at, message: describe(error), version: stored?.kb.version };
    }
  }
  await storage.set({ [SYNC_KEY]: status });
  return status;
}

async function fetchSnapshot(
  serverUrl: string,
  stored: StoredKnowledge | undefined,
  deps: Required<Pick<SyncDeps, 'storage' | 'fetch'>> & { at: string },
): Promise<SyncStatus> {
  // An ETag only means something to the server that issued it.
  const etag = stored?.serverUrl === serverUrl ? stored.etag : undefined;
  const response = await deps.fetch(knowledgeEndpoint(serverUrl), {
    headers: etag ? { 'If-None-Match': etag } : {},
    credentials: 'omit',
    cache: 'no-store',
    redirect: 'error',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (response.status === 304 && stored) {
    return { state: 'current', at: deps.at, version: stored.kb.version };
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_SNAPSHOT_BYTES) throw new Error(`snapshot is ${length} bytes`);
  const text = await response.text();
  if (text.length > MAX_SNAPSHOT_BYTES) throw new Error(`snapshot is ${text.length} characters`);
  const kb = acceptSnapshot(JSON.parse(text));
  const next: StoredKnowledge = {
    kb,
    serverUrl,
    fetchedAt: deps.at,
    ...(response.headers.get('etag') ? { etag: response.headers.get('etag') as string } : {}),
  };
  await deps.storage.set({ [KNOWLEDGE_KEY]: next });
  return { state: 'updated', at: deps.at, version: kb.version };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Keep the status line short; zod messages for a wholly wrong document can be long.
  return message.length > 200 ? `${message.slice(0, 197)}…` : message;
}
