/**
 * Creates or replaces an editor account:
 *   echo 'long password' | npm run admin:add-account -- --user anna
 * The password comes from stdin or OPASTIN_ADMIN_PASSWORD, never from argv
 * (argv is visible to every user of the machine in `ps`). The account goes
 * where the server reads accounts: PostgreSQL when DATABASE_URL is set,
 * otherwise $OPASTIN_DATA_DIR/accounts.json.
 */
import path from 'node:path';
import { FileAccountStore, upsertAccount, type AccountStore } from '../accounts';
import { PostgresAccountStore } from '../../storage/postgres/account-store';
import { openDatabase } from '../../storage/postgres/database';

const args = process.argv.slice(2);
const user = args[args.indexOf('--user') + 1];
const databaseUrl = process.env.DATABASE_URL;
const dataDir = process.env.OPASTIN_DATA_DIR ?? './data';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    process.stderr.write('Password: ');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

if (!args.includes('--user') || !user) {
  console.error('Usage: npm run admin:add-account -- --user NAME   (password on stdin)');
  process.exit(2);
}
const pool = databaseUrl
  ? await openDatabase(databaseUrl, { log: (line) => console.error(line), max: 1 })
  : undefined;
try {
  const accounts: AccountStore = pool
    ? new PostgresAccountStore(pool)
    : new FileAccountStore(path.join(dataDir, 'accounts.json'));
  const password = process.env.OPASTIN_ADMIN_PASSWORD ?? (await readStdin());
  await upsertAccount(accounts, user, password);
  console.log(`Account ${user} saved in ${accounts.description}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await pool?.end();
}
