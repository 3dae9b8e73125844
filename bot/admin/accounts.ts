/**
 * Editor accounts: user names with scrypt password hashes (per-account salt),
 * behind AccountStore: a JSON file by default, PostgreSQL when several
 * instances share one database. Only `add-account` writes; the server only reads.
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

/** Where accounts live. Implementations store only what they are given: hashes, never passwords. */
export interface AccountStore {
  /** Where, for log lines (never a secret). */
  readonly description: string;
  find(user: string): Promise<Account | null>;
  /** Adds or replaces the account of `account.user`. */
  save(account: Account): Promise<void>;
  count(): Promise<number>;
}

/** The JSON file (data/accounts.json) the single-instance server has always used. */
export class FileAccountStore implements AccountStore {
  constructor(readonly file: string) {}

  get description(): string {
    return this.file;
  }

  async find(user: string): Promise<Account | null> {
    return (await readAccounts(this.file)).find((a) => a.user === user) ?? null;
  }

  async save(account: Account): Promise<void> {
    const accounts = (await readAccounts(this.file)).filter((a) => a.user !== account.user);
    accounts.push(account);
    await mkdir(path.dirname(this.file), { recursive: true });
    // Password hashes: readable by the server's user only.
    await writeFileAtomic(this.file, `${JSON.stringify({ accounts }, null, 2)}\n`, 0o600);
  }

  async count(): Promise<number> {
    return (await readAccounts(this.file)).length;
  }
}

const storeOf = (accounts: AccountStore | string) =>
  typeof accounts === 'string' ? new FileAccountStore(accounts) : accounts;

export async function readAccounts(file: string): Promise<Account[]> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { accounts?: Account[] };
    return Array.isArray(parsed.accounts) ? parsed.accounts : [];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Adds or replaces the account of `user` (a file path means that accounts file). */
export async function upsertAccount(
  accounts: AccountStore | string,
  user: string,
  password: string,
): Promise<void> {
  if (!/^[\w.@-]{1,64}$/.test(user))
    throw new Error('User names are 1-64 letters, digits, . _ - @');
  if (password.length < 10) throw new Error('Use a password of at least 10 characters.');
  await storeOf(accounts).save({ user, hash: await hashPassword(password) });
}

/** Checks a login; a missing user still costs one scrypt so timing does not reveal who exists. */
export async function checkLogin(
  accounts: AccountStore | string,
  user: string,
  password: string,
): Promise<boolean> {
  const account = await storeOf(accounts).find(user);
  const ok = await verifyPassword(
    password,
    account?.hash ?? `scrypt$00$${'00'.repeat(KEY_LENGTH)}`,
  );
  return Boolean(account) && ok;
}
