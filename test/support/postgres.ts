/**
 * A real PostgreSQL for the tests of the DATABASE_URL mode: one server per test
 * file in a temporary directory on a free loopback port, one fresh database per
 * `newDatabase()`, stopped and deleted after the file. No mocks: pg-mem and the
 * like do not prove transactions, locks or advisory locks.
 */
import { afterAll, beforeAll } from 'vitest';
import {
  postgresAvailability,
  startPostgres,
  type PostgresAvailability,
  type PostgresServer,
} from '../../bot/support/postgres-server';

/**
 * For a test file: starts the server before its tests and removes it after.
 * `describe.skipIf(!pg.ok)(pg.named('…'), …)` keeps the skip reason in the test's name.
 */
export function usePostgres(): PostgresAvailability & {
  newDatabase(): Promise<string>;
  named(name: string): string;
} {
  const found = postgresAvailability();
  if (!found.ok) console.warn(`Skipping the PostgreSQL tests: ${found.reason}`);
  let server: PostgresServer | undefined;
  if (found.ok) {
    beforeAll(async () => {
      server = await startPostgres(found.binDir);
    });
    afterAll(() => server?.stop());
  }
  return {
    ...found,
    named: (name) => (found.ok ? name : `${name} (skipped: ${found.reason})`),
    newDatabase() {
      if (!server) throw new Error('PostgreSQL is not running (see the skip reason)');
      return server.newDatabase();
    },
  };
}
