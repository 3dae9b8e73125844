/**
 * Opening the PostgreSQL database: one pool per process, migrated before
 * anything uses it. node-postgres (`pg`) is the client: pure JavaScript (no
 * native build, so `npm install` stays the only step), pooled, with real
 * transactions, and the most used and longest maintained PostgreSQL client.
 */
import pg from 'pg';
import { migrate } from './migrate';

export interface DatabaseOptions {
  log?: (line: string) => void;
  /** Connections per process; saves serialise on one row, so a few are plenty. */
  max?: number;
}

/** Connects to `url`, applies pending migrations and returns the pool. */
export async function openDatabase(
  url: string,
  { log = (line) => console.log(line), max = 10 }: DatabaseOptions = {},
): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection dropped by a database restart must not take the server down:
  // the pool replaces it, and the next query reports any lasting problem.
  pool.on('error', (error) => log(`database: idle connection lost: ${error.message}`));
  try {
    const applied = await migrate(pool);
    if (applied.length) log(`database: applied migrations ${applied.join(', ')}`);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}

/** The database part of a connection string, safe to log (no user or password). */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
