/**
 * Editor accounts: a JSON file of user names with scrypt password hashes
 * (per-account salt). Only `add-account` writes it; the server only reads it.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../knowledge/store/file-store';

export interface Account {
  user: string;
  /** `scrypt$<salt hex>$<hash hex>` */
  hash: string;
}

const KEY_LENGTH = 64;

function scryptHex(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptHex(password, salt);
  return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, saltHex, hashHex] = stored.split('$');
  if (scheme !== 'scrypt' || !saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = await scryptHex(password, Buffer.from(saltHex, 'hex'));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export async function readAccounts(file: string): Promise<Account[]> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { accounts?: Account[] };
    return Array.isArray(parsed.accounts) ? parsed.accounts : [];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Adds or replaces the account of `user`. */
export async function upsertAccount(file: string, user: string, password: string): Promise<void> {
  if (!/^[\w.@-]{1,64}$/.test(user))
    throw new Error('User names are 1-64 letters, digits, . _ - @');
  if (password.length < 10) throw new Error('Use a password of at least 10 characters.');
  const accounts = (await readAccounts(file)).filter((a) => a.user !== user);
  accounts.push({ user, hash: await hashPassword(password) });
  await mkdir(path.dirname(file), { recursive: true });
  // Password hashes: readable by the server's user only.
  await writeFileAtomic(file, `${JSON.stringify({ accounts }, null, 2)}\n`, 0o600);
}

/** Checks a login; a missing user still costs one scrypt so timing does not reveal who exists. */
export async function checkLogin(file: string, user: string, password: string): Promise<boolean> {
  const account = (await readAccounts(file)).find((a) => a.user === user);
  const ok = await verifyPassword(
    password,
    account?.hash ?? `scrypt$00$${'00'.repeat(KEY_LENGTH)}`,
  );
  return Boolean(account) && ok;
}
