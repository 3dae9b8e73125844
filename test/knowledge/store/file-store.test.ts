import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { FileKnowledgeStore, etagOf } from '../../../knowledge/store/file-store';
import { ConflictError, InvalidPathError } from '../../../knowledge/store/store';

let dir: string;
let store: FileKnowledgeStore;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'opastin-store-'));
  await mkdir(path.join(dir, 'content', 'services'), { recursive: true });
  await writeFile(path.join(dir, 'content', 'services', 'dental-care.yaml'), 'id: dental-care\n');
  store = new FileKnowledgeStore(
    path.join(dir, 'content'),
    path.join(dir, 'data', 'history.jsonl'),
  );
});

describe('FileKnowledgeStore', () => {
  it('saves with the current etag and records who changed what', async () => {
    const current = await store.read('services/dental-care.yaml');
    expect(current?.etag).toBe(etagOf('id: dental-care\n'));
    const saved = await store.write(
      'services/dental-care.yaml',
      'id: dental-care\nlevel: basic\n',
      {
        expectedEtag: current!.etag,
        author: 'editor@example',
      },
    );
    expect(saved.etag).not.toBe(current!.etag);
    const [entry] = await store.history();
    expect(entry).toMatchObject({
      author: 'editor@example',
      action: 'update',
      path: 'services/dental-care.yaml',
      before: 'id: dental-care\n',
      after: 'id: dental-care\nlevel: basic\n',
    });
  });

  it('rejects a save based on a stale etag and hands back the other editor’s version', async () => {
    const opened = await store.read('services/dental-care.yaml');
    await store.write('services/dental-care.yaml', 'id: dental-care\n# first\n', {
      expectedEtag: opened!.etag,
      author: 'a',
    });
    const second = store.write('services/dental-care.yaml', 'id: dental-care\n# second\n', {
      expectedEtag: opened!.etag,
      author: 'b',
    });
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await second.catch((error: ConflictError) => expect(error.current?.text).toContain('# first'));
    expect(
      await readFile(path.join(dir, 'content', 'services', 'dental-care.yaml'), 'utf8'),
    ).toContain('# first');
  });

  it('lets only one of two simultaneous saves from the same version win', async () => {
    const opened = await store.read('services/dental-care.yaml');
    const results = await Promise.allSettled(
      ['x', 'y'].map((who) =>
        store.write('services/dental-care.yaml', `id: dental-care\n# ${who}\n`, {
          expectedEtag: opened!.etag,
          author: who,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
  });

  it('creates a new file only when told it does not exist yet', async () => {
    await expect(
      store.write('services/dental-care.yaml', 'x', { expectedEtag: null, author: 'a' }),
    ).rejects.toBeInstanceOf(ConflictError);
    const created = await store.write('services/new-service.yaml', 'id: new-service\n', {
      expectedEtag: null,
      author: 'a',
    });
    expect(created.etag).toBe(etagOf('id: new-service\n'));
    expect((await store.history())[0]?.action).toBe('create');
  });

  it.each([
    '../../x',
    'services/../../etc/passwd.yaml',
    '/etc/passwd',
    'services\\x.yaml',
    'services/X.yaml',
    'notes.txt',
  ])('refuses the path %s without touching the disk', async (bad) => {
    await expect(store.write(bad, 'x', { expectedEtag: null, author: 'a' })).rejects.toBeInstanceOf(
      InvalidPathError,
    );
    expect(await store.history()).toHaveLength(0);
  });

  it('leaves the old file or the new one, never a torn one, when the writer is killed mid-write', async () => {
    const target = path.join(dir, 'content', 'services', 'dental-care.yaml');
    const a = 'a: 1\n';
    const b = 'b: 2\n';
    const fixture = fileURLToPath(new URL('./atomic-writer.fixture.ts', import.meta.url));
    for (let round = 0; round < 5; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', fixture, target, a, b], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 30 + round * 17));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const text = await readFile(target, 'utf8');
      expect([a.repeat(20_000), b.repeat(20_000), 'id: dental-care\n']).toContain(text);
    }
    // Killed writers may leave their hidden temp files behind; the loader ignores them (not .yaml).
    const names = await readdir(path.dirname(target));
    expect(names.filter((n) => n.endsWith('.yaml'))).toEqual(['dental-care.yaml']);
  });
});
