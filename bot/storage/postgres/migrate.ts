/**
 * Schema migrations: plain numbered SQL files in ./migrations, applied in
 * order at startup. All pending files run in one transaction under an
 * advisory lock, so two instances starting together never race (the second
 * waits, then finds nothing left to do) and a failing file leaves the schema
 * as it was.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pool } from 'pg';
import { inTransaction } from './transaction';

/** The bundled migrations. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

// Any fixed number, unique to Opastin's migrations within the database.
const MIGRATION_LOCK = 7_364_021_111;
const FILE = /^\d{3}_[a-z0-9_-]+\.sql$/;

/** Applies the migrations not yet recorded in `schema_migration`; returns the names applied. */
export async function migrate(pool: Pool, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => FILE.test(name)).sort();
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await client.query<{ name: string }>('SELECT name FROM schema_migration')).rows.map(
        (r) => r.name,
      ),
    );
    const applied: string[] = [];
    for (const name of names.filter((n) => !done.has(n))) {
      try {
        await client.query(await readFile(path.join(dir, name), 'utf8'));
      } catch (error) {
        throw new Error(`migration ${name} failed: ${(error as Error).message}`, { cause: error });
      }
      await client.query('INSERT INTO schema_migration (name) VALUES ($1)', [name]);
      applied.push(name);
    }
    return applied;
  });
}
