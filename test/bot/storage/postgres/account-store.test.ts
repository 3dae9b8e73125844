import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLogin, upsertAccount } from '../../../../bot/admin/accounts';
import { PostgresAccountStore } from '../../../../bot/storage/postgres/account-store';
import { migrate } from '../../../../bot/storage/postgres/migrate';
import { usePostgres } from '../../../support/postgres';

const pgServer = usePostgres();

describe.skipIf(!pgServer.ok)(pgServer.named('PostgresAccountStore'), () => {
  let url: string;
  let pools: pg.Pool[];

  beforeEach(async () => {
    url = await pgServer.newDatabase();
    pools = [new pg.Pool({ connectionString: url }), new pg.Pool({ connectionString: url })];
    await migrate(pools[0]!);
  });

  afterEach(() => Promise.all(pools.map((p) => p.end())));

  it('an account added through one instance logs in on another; the password is never stored', async () => {
    const a = new PostgresAccountStore(pools[0]!);
    const b = new PostgresAccountStore(pools[1]!);
    await upsertAccount(a, 'anna', 'a long password');
    expect(await checkLogin(b, 'anna', 'a long password')).toBe(true);
    expect(await checkLogin(b, 'anna', 'a long passwore')).toBe(false);
    expect(await checkLogin(b, 'nobody', 'a long password')).toBe(false);
    await upsertAccount(b, 'anna', 'another long one');
    expect(await checkLogin(a, 'anna', 'a long password')).toBe(false);
    expect(await b.count()).toBe(1);
    const rows = JSON.stringify((await pools[0]!.query('SELECT * FROM editor_account')).rows);
    expect(rows).not.toContain('another long one');
  });

  it('npm run admin:add-account writes to the database when DATABASE_URL is set', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'bot/admin/cli/add-account.ts', '--user', 'ben'],
      {
        input: 'ben has a long password\n',
        env: { ...process.env, DATABASE_URL: url, OPASTIN_DATA_DIR: '/nonexistent-opastin' },
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Account ben saved in the database/);
    return expect(
      checkLogin(new PostgresAccountStore(pools[1]!), 'ben', 'ben has a long password'),
    ).resolves.toBe(true);
  });
});
