/**
 * The knowledge store in PostgreSQL, for several server instances on one
 * database. Content stays YAML text (one row per content file), so export,
 * import and review work as with the directory; every save is one transaction
 * that checks the etag and appends to the history, so two instances saving
 * from the same etag get exactly one success and one ConflictError.
 */
import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { ContentFile } from '../../../knowledge/parse';
import { assertContentPath } from '../../../knowledge/store/content-path';
import { etagOf } from '../../../knowledge/store/file-store';
import {
  ConflictError,
  StaleCandidateError,
  type HistoryAction,
  type HistoryEntry,
  type KnowledgeSnapshot,
  type KnowledgeStore,
  type SavedFile,
  type StoredFile,
  type WriteOptions,
} from '../../../knowledge/store/store';
import { fieldDiff } from '../../admin/field-diff';
import { inTransaction } from './transaction';

interface HistoryRow {
  id: string;
  at: Date;
  author: string;
  action: HistoryAction;
  path: string;
  before: string | null;
  after: string | null;
  etag_before: string | null;
  etag_after: string | null;
  reverts: string | null;
}

const HISTORY_COLUMNS =
  'id, at, author, action, path, before, after, etag_before, etag_after, reverts';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toEntry(row: HistoryRow): HistoryEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    author: row.author,
    action: row.action,
    path: row.path,
    before: row.before,
    after: row.after,
    etagBefore: row.etag_before,
    etagAfter: row.etag_after,
    ...(row.reverts ? { reverts: row.reverts } : {}),
  };
}

/** What replacing the whole content did, file by file. */
export interface ReplaceSummary {
  created: string[];
  updated: string[];
  deleted: string[];
}

export class PostgresKnowledgeStore implements KnowledgeStore {
  readonly #pool: Pool;
  readonly #now: () => Date;

  constructor(pool: Pool, { now = () => new Date() }: { now?: () => Date } = {}) {
    this.#pool = pool;
    this.#now = now;
  }

  async list(): Promise<StoredFile[]> {
    const { rows } = await this.#pool.query<StoredFile>(
      'SELECT path, text, etag FROM knowledge_file ORDER BY path',
    );
    return rows;
  }

  async read(path: string): Promise<StoredFile | null> {
    return readFile(this.#pool, assertContentPath(path));
  }

  /** Every file and the version they are at: one statement, so one consistent view. */
  async snapshot(): Promise<KnowledgeSnapshot> {
    const { rows } = await this.#pool.query<{
      version: string;
      path: string | null;
      text: string;
      etag: string;
    }>(
      `SELECT s.version, f.path, f.text, f.etag
       FROM knowledge_state s LEFT JOIN knowledge_file f ON true ORDER BY f.path`,
    );
    return {
      version: rows[0]?.version ?? '0',
      files: rows.flatMap(({ path, text, etag }) => (path === null ? [] : [{ path, text, etag }])),
    };
  }

  /**
   * Grows by one whenever a save commits, in commit order: comparing it a few
   * times a second is how an instance learns that another one published.
   */
  async version(): Promise<string> {
    const { rows } = await this.#pool.query<{ version: string }>(
      'SELECT version FROM knowledge_state',
    );
    return rows[0]?.version ?? '0';
  }

  async write(path: string, text: string, options: WriteOptions): Promise<SavedFile> {
    assertContentPath(path);
    return inTransaction(this.#pool, async (client) => {
      const version = await lockForSave(client);
      const current = await readFile(client, path, { lock: true });
      if ((current?.etag ?? null) !== options.expectedEtag) throw new ConflictError(path, current);
      // Under the lock no other save can commit: if none did since the publisher's check,
      // what it checked (those files plus this change) is exactly what this commit publishes.
      const before = (BigInt(version) - 1n).toString();
      if (options.basedOn !== undefined && options.basedOn !== before)
        throw new StaleCandidateError(options.basedOn, before);
      return { ...(await this.#put(client, path, text, current, options)), storeVersion: version };
    });
  }

  /**
   * Makes the stored content exactly `files` in one transaction (kb:import-dir):
   * new and changed files are saved, files not in `files` deleted, each recorded
   * in the history. `onlyIfEmpty` seeds a fresh database and does nothing (false)
   * when another instance got there first.
   */
  async replaceAll(
    files: readonly ContentFile[],
    author: string,
    { onlyIfEmpty = false }: { onlyIfEmpty?: boolean } = {},
  ): Promise<ReplaceSummary | null> {
    for (const file of files) assertContentPath(file.path);
    return inTransaction(this.#pool, async (client) => {
      await lockForSave(client);
      const current = new Map(
        (
          await client.query<StoredFile>('SELECT path, text, etag FROM knowledge_file FOR UPDATE')
        ).rows.map((f) => [f.path, f]),
      );
      if (onlyIfEmpty && current.size > 0) return null;
      const summary: ReplaceSummary = { created: [], updated: [], deleted: [] };
      const wanted = new Set(files.map((f) => f.path));
      for (const file of files) {
        const before = current.get(file.path) ?? null;
        if (before?.text === file.text) continue;
        await this.#put(client, file.path, file.text, before, { author, expectedEtag: null });
        (before ? summary.updated : summary.created).push(file.path);
      }
      for (const [path, before] of current) {
        if (wanted.has(path)) continue;
        await client.query('DELETE FROM knowledge_file WHERE path = $1', [path]);
        await this.#record(client, { path, before, after: null, author, action: 'delete' });
        summary.deleted.push(path);
      }
      return summary;
    });
  }

  async history(options: { path?: string; limit?: number } = {}): Promise<HistoryEntry[]> {
    const limit = Math.min(Math.max(options.limit ?? 200, 1), 1000);
    const { rows } = options.path
      ? await this.#pool.query<HistoryRow>(
          `SELECT ${HISTORY_COLUMNS} FROM knowledge_history WHERE path = $1 ORDER BY seq DESC LIMIT $2`,
          [options.path, limit],
        )
      : await this.#pool.query<HistoryRow>(
          `SELECT ${HISTORY_COLUMNS} FROM knowledge_history ORDER BY seq DESC LIMIT $1`,
          [limit],
        );
    return rows.map(toEntry);
  }

  async historyEntry(id: string): Promise<HistoryEntry | null> {
    // Not a uuid cannot be an entry; asking PostgreSQL would be a type error, not "not found".
    if (!UUID.test(id)) return null;
    const { rows } = await this.#pool.query<HistoryRow>(
      `SELECT ${HISTORY_COLUMNS} FROM knowledge_history WHERE id = $1`,
      [id],
    );
    return rows[0] ? toEntry(rows[0]) : null;
  }

  async #put(
    client: PoolClient,
    path: string,
    text: string,
    before: StoredFile | null,
    options: WriteOptions,
  ): Promise<StoredFile> {
    const etag = etagOf(text);
    const at = this.#now();
    await client.query(
      `INSERT INTO knowledge_file (path, text, etag, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (path) DO UPDATE SET text = $2, etag = $3, updated_at = $4, updated_by = $5`,
      [path, text, etag, at, options.author],
    );
    await this.#record(client, {
      path,
      before,
      after: { path, text, etag },
      author: options.author,
      action: options.action ?? (before ? 'update' : 'create'),
      reverts: options.reverts,
    });
    return { path, text, etag };
  }

  async #record(
    client: PoolClient,
    e: {
      path: string;
      before: StoredFile | null;
      after: StoredFile | null;
      author: string;
      action: HistoryAction;
      reverts?: string;
    },
  ): Promise<void> {
    await client.query(
      `INSERT INTO knowledge_history (id, at, author, action, path, before, after, etag_before, etag_after, fields, reverts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        randomUUID(),
        this.#now(),
        e.author,
        e.action,
        e.path,
        e.before?.text ?? null,
        e.after?.text ?? null,
        e.before?.etag ?? null,
        e.after?.etag ?? null,
        fieldDiff(e.before?.text ?? null, e.after?.text ?? null),
        e.reverts && UUID.test(e.reverts) ? e.reverts : null,
      ],
    );
  }
}

/**
 * Saves take the one state row's lock first, so they run one at a time across
 * every instance: the etag check and the write cannot interleave with another
 * save, and the version grows in commit order. Returns the version this save makes.
 */
async function lockForSave(client: PoolClient): Promise<string> {
  const { rows } = await client.query<{ version: string }>(
    'UPDATE knowledge_state SET version = version + 1 RETURNING version',
  );
  return rows[0]!.version;
}

async function readFile(
  db: Pool | PoolClient,
  path: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<StoredFile | null> {
  const { rows } = await db.query<StoredFile>(
    `SELECT path, text, etag FROM knowledge_file WHERE path = $1${lock ? ' FOR UPDATE' : ''}`,
    [path],
  );
  return rows[0] ?? null;
}
