/** Two instances on one Redis and one PostgreSQL: the configuration of a county's cluster. */
import { PostgresAccountStore } from '../../../bot/storage/postgres/account-store';
import { openDatabase } from '../../../bot/storage/postgres/database';
import { hashPassword } from '../../../bot/admin/accounts';
import { usePostgres } from '../../support/postgres';
import { describeTwoInstances, EDITOR } from './two-instances';

const pg = usePostgres();

describeTwoInstances(
  'two instances on one REDIS_URL and one DATABASE_URL',
  {
    async shared() {
      return { DATABASE_URL: await pg.newDatabase() };
    },
    async addEditor(_dataDir, shared) {
      const pool = await openDatabase(shared.DATABASE_URL as string, {
        log: () => undefined,
        max: 1,
      });
      try {
        const hash = await hashPassword(EDITOR.password);
        await new PostgresAccountStore(pool).save({ user: EDITOR.user, hash });
      } finally {
        await pool.end();
      }
    },
  },
  pg.ok ? undefined : `PostgreSQL: ${pg.reason}`,
);
