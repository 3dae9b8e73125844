import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLogin, upsertAccount } from '../../../bot/admin/accounts';

describe('editor accounts', () => {
  it('stores salted scrypt hashes, never the password, and checks logins', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'opastin-acc-')), 'accounts.json');
    await upsertAccount(file, 'anna', 'a long password');
    await upsertAccount(file, 'ben', 'a long password');
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('a long password');
    const { accounts } = JSON.parse(text) as { accounts: { hash: string }[] };
    expect(accounts[0]!.hash).not.toBe(accounts[1]!.hash);
    expect(await checkLogin(file, 'anna', 'a long password')).toBe(true);
    expect(await checkLogin(file, 'anna', 'a long passwore')).toBe(false);
    expect(await checkLogin(file, 'nobody', 'a long password')).toBe(false);
    await expect(upsertAccount(file, 'x', 'short')).rejects.toThrow(/at least 10/);
  });

  it('keeps accounts.json readable by the server user only (0600), also after a rewrite', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'opastin-acc-')), 'accounts.json');
    await upsertAccount(file, 'anna', 'a long password');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    await upsertAccount(file, 'anna', 'another long password');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});
