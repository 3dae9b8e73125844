/**
 * Editor accounts in PostgreSQL, so every instance accepts the same logins and
 * `npm run admin:add-account` writes where the servers read. Only scrypt hashes
 * are stored (see bot/admin/accounts.ts).
 */
import type { Pool } from 'pg';
import type { Account, AccountStore } from '../../admin/accounts';

export class PostgresAccountStore implements AccountStore {
  readonly description = 'the database (table editor_account)';
  readonly #pool: Pool;

  constructor(pool: Pool) {
    this.#pool = pool;
  }

  async find(user: string): Promise<Account | null> {
    const { rows } = await this.#pool.query<Account>(
      'SELECT username AS user, hash FROM editor_account WHERE username = $1',
      [user],
    );
    return rows[0] ?? null;
  }

  async save(account: Account): Promise<void> {
    await this.#pool.query(
      `INSERT INTO editor_account (username, hash) VALUES ($1, $2)
       ON CONFLICT (username) DO UPDATE SET hash = $2, updated_at = now()`,
      [account.user, account.hash],
    );
  }

  async count(): Promise<number> {
    const { rows } = await this.#pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM editor_account',
    );
    return rows[0]?.n ?? 0;
  }
}
