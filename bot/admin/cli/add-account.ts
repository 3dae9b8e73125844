/**
 * Creates or replaces an editor account:
 *   echo 'long password' | npm run admin:add-account -- --user anna
 * The password comes from stdin or OPASTIN_ADMIN_PASSWORD, never from argv
 * (argv is visible to every user of the machine in `ps`).
 */
import path from 'node:path';
import { upsertAccount } from '../accounts';

const args = process.argv.slice(2);
const user = args[args.indexOf('--user') + 1];
const dataDir = process.env.OPASTIN_DATA_DIR ?? './data';
const file = path.join(dataDir, 'accounts.json');

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
try {
  const password = process.env.OPASTIN_ADMIN_PASSWORD ?? (await readStdin());
  await upsertAccount(file, user, password);
  console.log(`Account ${user} saved in ${file}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
