/**
 * Where editable knowledge lives. The editor and the publisher talk to this
 * interface only, so a shared store (Redis, a database, git) can replace the
 * file system one for several server instances without touching their logic.
 */
import { KnowledgeError } from '../problems';

export interface StoredFile {
  /** Relative content path, e.g. `services/dental-care.yaml`. */
  path: string;
  text: string;
  /** Changes whenever the text changes; the optimistic-concurrency token. */
  etag: string;
}

/** `delete` comes only from replacing the whole directory (kb:import-dir); the editor never deletes. */
export type HistoryAction = 'create' | 'update' | 'revert' | 'delete';

/** One append-only record per save: who, when, what changed, and enough to undo it. */
export interface HistoryEntry {
  id: string;
  at: string;
  author: string;
  action: HistoryAction;
  path: string;
  /** Text before the save; null when the file was created. */
  before: string | null;
  /** Text after the save; null when the file was deleted. */
  after: string | null;
  etagBefore: string | null;
  etagAfter: string | null;
  /** The entry this one reverts, for `revert`. */
  reverts?: string;
}

export interface WriteOptions {
  /** The etag the editor started from; null when creating a new file. */
  expectedEtag: string | null;
  author: string;
  action?: HistoryAction;
  reverts?: string;
}

export interface KnowledgeStore {
  /** Every content file, as the loader reads them. */
  list(): Promise<StoredFile[]>;
  read(path: string): Promise<StoredFile | null>;
  /** Writes atomically and records history; throws ConflictError when the etag is stale. */
  write(path: string, text: string, options: WriteOptions): Promise<StoredFile>;
  /** Newest first. */
  history(options?: { path?: string; limit?: number }): Promise<HistoryEntry[]>;
  historyEntry(id: string): Promise<HistoryEntry | null>;
}

/** Someone else saved the file since the editor opened it. Carries their version so the editor can show it. */
export class ConflictError extends KnowledgeError {
  override name = 'ConflictError';
  constructor(
    readonly path: string,
    readonly current: StoredFile | null,
  ) {
    super(
      current
        ? `${path} was changed by someone else since you opened it; review their version before saving again`
        : `${path} does not exist any more`,
    );
  }
}

/** A content path that is not one of the knowledge base's own files (e.g. `../../x`). */
export class InvalidPathError extends KnowledgeError {
  override name = 'InvalidPathError';
}
