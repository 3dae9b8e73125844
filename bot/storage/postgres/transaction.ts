/** One helper for every multi-statement change: BEGIN, run, COMMIT, or ROLLBACK on any error. */
import type { Pool, PoolClient } from 'pg';

/** Runs `work` in a transaction on one pooled connection and returns its result. */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
