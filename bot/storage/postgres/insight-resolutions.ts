/** Insight groups marked resolved, in PostgreSQL: every instance's Insight page agrees. */
import type { Pool } from 'pg';
import type { InsightResolutions, Resolution } from '../../admin/insight-resolutions';

export class PostgresInsightResolutions implements InsightResolutions {
  readonly #pool: Pool;

  constructor(pool: Pool) {
    this.#pool = pool;
  }

  async all(): Promise<Map<string, Resolution>> {
    // Oldest first into the map, so the newest mark of a group wins.
    const { rows } = await this.#pool.query<Omit<Resolution, 'at'> & { at: Date }>(
      'SELECT id, by, at, note FROM insight_resolution ORDER BY seq',
    );
    return new Map(rows.map((r) => [r.id, { ...r, at: r.at.toISOString() }]));
  }

  async add(resolution: Resolution): Promise<void> {
    await this.#pool.query(
      'INSERT INTO insight_resolution (id, by, at, note) VALUES ($1, $2, $3, $4)',
      [resolution.id, resolution.by, resolution.at, resolution.note],
    );
  }
}
