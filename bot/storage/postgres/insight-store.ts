/**
 * Insight (unanswered questions and feedback) in PostgreSQL: every instance
 * records into and lists from one table, so each Insight page shows all
 * residents' gaps. Entries pass the same cleanInsightEntry as the file store
 * (redacted, bounded, known fields only), and the same question (insightKey)
 * raises a count instead of adding a row; `prune()` deletes what was last
 * asked before the retention period and keeps the table under a row cap, so
 * a flood of questions cannot fill the disk.
 */
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import {
  cleanInsightEntry,
  insightKey,
  type InsightEntry,
  type InsightStore,
} from '../../insight/insight-store';

export interface PostgresInsightOptions {
  /** Entries older than this many days are deleted by prune(). */
  retentionDays?: number;
  /** Rows kept at most; prune() deletes the oldest beyond it. */
  maxEntries?: number;
  /** Entries list() returns at most (the newest). */
  listLimit?: number;
  now?: () => Date;
}

interface Row {
  kind: InsightEntry['kind'];
  lang: InsightEntry['lang'];
  text: string;
  service_id: string | null;
  at: Date;
  count: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export class PostgresInsightStore implements InsightStore {
  readonly #pool: Pool;
  readonly #retentionDays: number;
  readonly #maxEntries: number;
  readonly #listLimit: number;
  readonly #now: () => Date;

  constructor(
    pool: Pool,
    {
      retentionDays = 180,
      maxEntries = 500_000,
      listLimit = 50_000,
      now = () => new Date(),
    }: PostgresInsightOptions = {},
  ) {
    this.#pool = pool;
    this.#retentionDays = retentionDays;
    this.#maxEntries = maxEntries;
    this.#listLimit = listLimit;
    this.#now = now;
  }

  async record(entry: InsightEntry): Promise<void> {
    const clean = cleanInsightEntry(entry);
    const parsed = new Date(clean.at);
    // A caller's unparseable time must not lose the question; it happened now.
    const at = Number.isNaN(parsed.getTime()) ? this.#now() : parsed;
    await this.#pool.query(
      `INSERT INTO insight_entry (kind, lang, text, service_id, at, last_at, count, key_hash)
       VALUES ($1, $2, $3, $4, $5, $5, $6, $7)
       ON CONFLICT (key_hash) DO UPDATE SET
         count = LEAST(insight_entry.count::bigint + EXCLUDED.count, 2147483647),
         last_at = GREATEST(insight_entry.last_at, EXCLUDED.last_at)`,
      [
        clean.kind,
        clean.lang,
        clean.text,
        clean.serviceId ?? null,
        at,
        clean.count ?? 1,
        createHash('sha256').update(insightKey(clean)).digest('hex'),
      ],
    );
  }

  /** Oldest first: the newest `listLimit` questions asked within the retention period. */
  async list(): Promise<InsightEntry[]> {
    const { rows } = await this.#pool.query<Row>(
      `SELECT kind, lang, text, service_id, at, count FROM insight_entry
       WHERE last_at >= $1 ORDER BY seq DESC LIMIT $2`,
      [this.#cutoff(), this.#listLimit],
    );
    return rows.reverse().map((r) => ({
      kind: r.kind,
      lang: r.lang,
      text: r.text,
      at: r.at.toISOString(),
      ...(r.service_id ? { serviceId: r.service_id } : {}),
      ...(r.count > 1 ? { count: r.count } : {}),
    }));
  }

  /** Deletes questions last asked before the retention period, and rows beyond the cap; returns how many. */
  async prune(): Promise<number> {
    const old = await this.#pool.query('DELETE FROM insight_entry WHERE last_at < $1', [
      this.#cutoff(),
    ]);
    const excess = await this.#pool.query(
      `DELETE FROM insight_entry WHERE seq <= (
         SELECT seq FROM insight_entry ORDER BY seq DESC OFFSET $1 LIMIT 1)`,
      [this.#maxEntries],
    );
    return (old.rowCount ?? 0) + (excess.rowCount ?? 0);
  }

  #cutoff(): Date {
    return new Date(this.#now().getTime() - this.#retentionDays * DAY_MS);
  }
}
