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
  /**
   * The store version (snapshot()) the publisher checked this change against.
   * A store with versions refuses the write with StaleCandidateError when
   * another save committed since, so no combination of files is published
   * that the gate did not see as a whole.
   */
  basedOn?: string;
}

/** What a save wrote; a store with versions also says which version that save made. */
export interface SavedFile extends StoredFile {
  storeVersion?: string;
}

/** Every content file and the store version they are at, read at one instant. */
export interface KnowledgeSnapshot {
  files: StoredFile[];
  version: string;
}

export interface KnowledgeStore {
  /** Every content file, as the loader reads them. */
  list(): Promise<StoredFile[]>;
  read(path: string): Promise<StoredFile | null>;
  /** Writes atomically and records history; throws ConflictError when the etag is stale. */
  write(path: string, text: string, options: WriteOptions): Promise<SavedFile>;
  /** Newest first. */
  history(options?: { path?: string; limit?: number }): Promise<HistoryEntry[]>;
  historyEntry(id: string): Promise<HistoryEntry | null>;
  /**
   * Stores that several instances share (PostgreSQL) number their commits: a
   * decimal counter that grows with every save, in commit order. It lets an
   * instance tell what is new and check a save against what it validated.
   * The knowledge directory has none.
   */
  version?(): Promise<string>;
  snapshot?(): Promise<KnowledgeSnapshot>;
}

/** Someone else saved the file since the editor opened it. Carries their version so the editor can show it. */
export class ConflictError extends KnowledgeError {
  override name = 'ConflictError';
  constructor(
    readonly path: string,
    readonly current: StoredFile | null,
    message = current
      ? `${path} was changed by someone else since you opened it; review their version before saving again`
      : `${path} does not exist any more`,
  ) {
    super(message);
  }
}

/**
 * Another save committed after this change was checked, so the check saw
 * other files than the ones it would be published with. Nothing was written;
 * the publisher checks the change again against what is stored now.
 */
export class StaleCandidateError extends KnowledgeError {
  override name = 'StaleCandidateError';
  constructor(
    readonly basedOn: string,
    readonly current: string,
  ) {
    super(`checked at knowledge version ${basedOn}, but version ${current} has been saved since`);
  }
}

/** A content path that is not one of the knowledge base's own files (e.g. `../../x`). */
export class InvalidPathError extends KnowledgeError {
  override name = 'InvalidPathError';
}
