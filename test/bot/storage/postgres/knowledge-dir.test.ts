import { readFile, rm, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, readContentFiles } from '../../../../knowledge/loader';
import { kbExportDir } from '../../../../bot/storage/postgres/cli/kb-export-dir';
import { kbImportDir } from '../../../../bot/storage/postgres/cli/kb-import-dir';
import { seedKnowledge } from '../../../../bot/storage/postgres/knowledge-dir';
import { PostgresKnowledgeStore } from '../../../../bot/storage/postgres/knowledge-store';
import { migrate } from '../../../../bot/storage/postgres/migrate';
import { UsageError } from '../../../../knowledge/cli/args';
import { captureIo } from '../../../factories/io';
import { knowledgeFiles, writeKnowledgeDir } from '../../../factories/knowledge-dir';
import { fakeKnowledgeBase, fakeService, text } from '../../../factories/knowledge';
import { usePostgres } from '../../../support/postgres';

const pgServer = usePostgres();

describe.skipIf(!pgServer.ok)(pgServer.named('knowledge directory ⇄ PostgreSQL'), () => {
  let url: string;
  let pool: pg.Pool;
  let store: PostgresKnowledgeStore;

  beforeEach(async () => {
    url = await pgServer.newDatabase();
    pool = new pg.Pool({ connectionString: url });
    await migrate(pool);
    store = new PostgresKnowledgeStore(pool);
  });

  afterEach(() => pool.end());

  const outDir = () => mkdtemp(path.join(tmpdir(), 'opastin-export-'));

  it('seeds an empty database with the bundled content once, even with three instances starting together', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() => seedKnowledge(store, BUNDLED_KNOWLEDGE_DIR)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const seeded = results.filter((r) => r.ok && r.summary);
    expect(seeded).toHaveLength(1);
    const bundled = (await readContentFiles(BUNDLED_KNOWLEDGE_DIR)).files;
    const stored = await store.list();
    expect(stored.map((f) => f.path).sort()).toEqual(bundled.map((f) => f.path).sort());
    expect(stored.find((f) => f.path === 'emergency.yaml')?.text).toBe(
      bundled.find((f) => f.path === 'emergency.yaml')?.text,
    );
    const [entry] = await store.history({ limit: 1 });
    expect(entry).toMatchObject({ author: 'seed', action: 'create' });
    // A later start finds content and leaves it, edits included.
    const again = await seedKnowledge(store, BUNDLED_KNOWLEDGE_DIR);
    expect(again).toMatchObject({ ok: true, summary: null });
  });

  it('round-trips: export-dir writes the YAML files, import-dir brings edits, additions and deletions back', async () => {
    const kb = fakeKnowledgeBase({
      services: [
        ...fakeKnowledgeBase().services,
        fakeService({ id: 'extra-service', name: text('Lisäpalvelu') }),
      ],
    });
    const source = await writeKnowledgeDir(kb);
    const io = captureIo();
    expect(await kbImportDir([source, '--author', 'git'], io, url), io.stderr.join('\n')).toBe(0);
    expect(io.stdout.at(-1)).toMatch(`${knowledgeFiles(kb).length} created, 0 updated, 0 deleted`);

    const out = await outDir();
    await writeFile(path.join(out, 'notes.txt'), 'kept');
    expect(await kbExportDir(['--out', out], captureIo(), url)).toBe(0);
    const exported = (await readContentFiles(out)).files;
    const original = (await readContentFiles(source)).files;
    expect(exported.sort((x, y) => x.path.localeCompare(y.path))).toEqual(
      original.sort((x, y) => x.path.localeCompare(y.path)),
    );

    // An editor's work in git: one service changed, one removed.
    const servicePath = path.join(out, 'services', 'fake-service.yaml');
    const edited = (await readFile(servicePath, 'utf8')).replace(/^level: .*$/m, 'level: special');
    await writeFile(servicePath, edited);
    await rm(path.join(out, 'services', 'extra-service.yaml'));
    const back = captureIo();
    expect(await kbImportDir([out], back, url), back.stderr.join('\n')).toBe(0);
    expect(back.stdout.at(-1)).toMatch(/0 created, 1 updated, 1 deleted/);
    expect((await store.read('services/fake-service.yaml'))?.text).toBe(edited);
    expect(await store.read('services/extra-service.yaml')).toBeNull();
    const [deletion] = await store.history({ path: 'services/extra-service.yaml', limit: 1 });
    expect(deletion).toMatchObject({ action: 'delete', author: 'import', after: null });

    // Exporting over an older export mirrors the database: the removed file goes, other files stay.
    expect(await kbExportDir(['--out', source], captureIo(), url)).toBe(0);
    const mirrored = (await readContentFiles(source)).files.map((f) => f.path);
    expect(mirrored).not.toContain('services/extra-service.yaml');
    expect(mirrored).toContain('services/fake-service.yaml');
    expect(await readFile(path.join(out, 'notes.txt'), 'utf8')).toBe('kept');
  });

  it('refuses an invalid directory with its problems and writes nothing', async () => {
    const good = await writeKnowledgeDir(fakeKnowledgeBase());
    expect(await kbImportDir([good], captureIo(), url)).toBe(0);
    const before = { version: await store.version(), files: await store.list() };

    const broken = await writeKnowledgeDir(fakeKnowledgeBase());
    await writeFile(
      path.join(broken, 'services', 'fake-service.yaml'),
      'id: fake-service\nlevel: [unclosed\n',
    );
    await writeFile(path.join(broken, 'services', 'Bad Name.yaml'), 'id: x\n');
    const io = captureIo();
    expect(await kbImportDir([broken], io, url)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/services\/fake-service\.yaml.*error/);
    expect(io.stderr.join('\n')).toMatch(/Bad Name\.yaml.*not a knowledge file/);
    expect(io.stderr.at(-1)).toMatch(/not imported, nothing changed: \d+ errors?/);
    expect(await store.version()).toBe(before.version);
    expect(await store.list()).toEqual(before.files);
  });

  it('says what is missing instead of guessing a database', async () => {
    await expect(kbImportDir(['x'], captureIo(), undefined)).rejects.toBeInstanceOf(UsageError);
    await expect(kbExportDir([], captureIo(), url)).rejects.toThrow(/--out DIR is required/);
  });
});
