import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../bot/storage/postgres/migrate';
import { usePostgres } from '../../../support/postgres';

const pgServer = usePostgres();

describe.skipIf(!pgServer.ok)(pgServer.named('migrate'), () => {
  let pools: pg.Pool[];

  beforeEach(async () => {
    const url = await pgServer.newDatabase();
    pools = [1, 2, 3].map(() => new pg.Pool({ connectionString: url }));
  });

  afterEach(async () => {
    await Promise.all(pools.map((p) => p.end()));
  });

  const tables = async () =>
    (
      await pools[0]!.query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
      )
    ).rows.map((r) => r.name);

  it('creates the schema once; a second start applies nothing and keeps the data', async () => {
    const first = await migrate(pools[0]!);
    expect(first[0]).toBe('001_knowledge.sql');
    expect(await tables()).toEqual(expect.arrayContaining(['knowledge_file', 'schema_migration']));
    await pools[0]!.query(
      "INSERT INTO knowledge_file VALUES ('emergency.yaml', 'x', 'e', now(), 'test')",
    );
    expect(await migrate(pools[1]!)).toEqual([]);
    const { rows } = await pools[0]!.query('SELECT path FROM knowledge_file');
    expect(rows).toEqual([{ path: 'emergency.yaml' }]);
  });

  it('lets three instances start at once: one applies every file, the others wait and apply none', async () => {
    const results = await Promise.all(pools.map((pool) => migrate(pool)));
    const applied = results.flat();
    expect(applied.length).toBe(new Set(applied).size);
    expect(results.filter((r) => r.length > 0)).toHaveLength(1);
    const { rows } = await pools[0]!.query('SELECT version FROM knowledge_state');
    expect(rows).toEqual([{ version: '0' }]);
  });

  it('leaves the schema untouched when a migration fails, and names the file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'opastin-migrations-'));
    await writeFile(path.join(dir, '001_ok.sql'), 'CREATE TABLE good (id int);');
    await writeFile(path.join(dir, '002_broken.sql'), 'CREATE TABLE bad (id nosuchtype);');
    await expect(migrate(pools[0]!, dir)).rejects.toThrow(/002_broken\.sql/);
    expect(await tables()).toEqual([]);
  });
});
