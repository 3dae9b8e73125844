/**
 * What the background, the panel and the options page share through
 * `browser.storage`. Client text lives only in `storage.session` (memory,
 * cleared when the browser closes); settings and knowledge in `storage.local`.
 */
import type { KnowledgeBase, Language } from '../../knowledge/schema';

export const SETTINGS_KEY = 'opastin:settings';
export const KNOWLEDGE_KEY = 'opastin:knowledge';
export const SYNC_KEY = 'opastin:sync';
export const SELECTION_KEY = 'opastin:selection';

/** The command in wxt.config.ts and the key a counsellor presses by default. */
export const USE_SELECTION_COMMAND = 'use-selection';
export const USE_SELECTION_KEYS = 'Alt+Shift+O';

/** Message from the panel or options page asking the background to refresh knowledge now. */
export const REFRESH_MESSAGE = 'opastin/refresh-knowledge';

export interface Settings {
  /** Knowledge server base URL; empty or absent means bundled knowledge only. */
  serverUrl?: string;
  language?: Language;
  /** The counsellor's municipality: local contacts and ranking. */
  municipality?: string;
}

/** The last good snapshot fetched from the server. */
export interface StoredKnowledge {
  kb: KnowledgeBase;
  etag?: string;
  serverUrl: string;
  fetchedAt: string;
}

export type SyncState = 'off' | 'updated' | 'current' | 'error';

export interface SyncStatus {
  state: SyncState;
  at: string;
  version?: string;
  message?: string;
}

/** A selection handed from the background to the panel. `at` makes repeats of the same text fire again. */
export interface PendingSelection {
  text: string;
  at: number;
}

/** The subset of `browser.storage.StorageArea` we use, so tests and callers can pass any store. */
export interface KeyValueStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
