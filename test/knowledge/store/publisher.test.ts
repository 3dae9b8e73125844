import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { LiveKnowledge } from '../../../knowledge/live';
import { FileKnowledgeStore } from '../../../knowledge/store/file-store';
import { KnowledgePublisher } from '../../../knowledge/store/publisher';
import { ConflictError } from '../../../knowledge/store/store';
import { fakeEngine } from '../../factories/fake-engine';
import { writeKnowledgeDir } from '../../factories/knowledge-dir';
import { fakeKnowledgeBase, fakeService } from '../../factories/knowledge';

const SERVICE = 'services/fake-service.yaml';

let dir: string;
let store: FileKnowledgeStore;
let live: LiveKnowledge;
let publisher: KnowledgePublisher;

beforeEach(async () => {
  const kb = fakeKnowledgeBase();
  dir = await writeKnowledgeDir(kb);
  const data = await mkdtemp(path.join(tmpdir(), 'opastin-history-'));
  store = new FileKnowledgeStore(dir, path.join(data, 'history.jsonl'));
  live = new LiveKnowledge({ kb, engine: fakeEngine(kb) });
  publisher = new KnowledgePublisher({ store, live, buildEngine: (next) => fakeEngine(next) });
});

afterEach(() => publisher.close());

async function serviceText(summarySv: string): Promise<string> {
  const service = fakeService();
  return stringify({ ...service, summary: { ...service.summary, sv: summarySv } });
}

describe('KnowledgePublisher', () => {
  it('publishes a valid save to the live knowledge base without a restart', async () => {
    const before = live.current().kb.version;
    const current = await store.read(SERVICE);
    const result = await publisher.save(SERVICE, await serviceText('Ny svensk sammanfattning'), {
      expectedEtag: current!.etag,
      author: 'editor',
    });
    expect(result.ok).toBe(true);
    expect(live.current().kb.version).not.toBe(before);
    expect(live.current().kb.services.find((s) => s.id === 'fake-service')?.summary.sv).toBe(
      'Ny svensk sammanfattning',
    );
  });

  it('never publishes or writes a knowledge base that fails validation', async () => {
    const before = live.current().kb.version;
    const onDisk = await readFile(path.join(dir, SERVICE), 'utf8');
    const current = await store.read(SERVICE);
    const result = await publisher.save(SERVICE, await serviceText('x'.repeat(400)), {
      expectedEtag: current!.etag,
      author: 'editor',
    });
    expect(result.ok).toBe(false);
    expect(
      result.problems.some((p) => p.rule === 'summary-too-long' && p.field === 'summary.sv'),
    ).toBe(true);
    expect(live.current().kb.version).toBe(before);
    expect(await readFile(path.join(dir, SERVICE), 'utf8')).toBe(onDisk);
  });

  it('rejects invalid YAML with its line and keeps the saved file', async () => {
    const current = await store.read(SERVICE);
    const result = await publisher.save(SERVICE, 'id: fake-service\nname: [unclosed\n', {
      expectedEtag: current!.etag,
      author: 'editor',
    });
    expect(result.ok).toBe(false);
    const yaml = result.problems.find((p) => p.rule === 'yaml');
    expect(yaml).toMatchObject({ rule: 'yaml', file: SERVICE });
    expect(yaml?.line).toBeGreaterThan(0);
    expect((await store.read(SERVICE))?.etag).toBe(current!.etag);
  });

  it('turns a stale etag into a conflict instead of overwriting', async () => {
    const opened = await store.read(SERVICE);
    await publisher.save(SERVICE, await serviceText('Första'), {
      expectedEtag: opened!.etag,
      author: 'a',
    });
    await expect(
      publisher.save(SERVICE, await serviceText('Andra'), {
        expectedEtag: opened!.etag,
        author: 'b',
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(live.current().kb.services[0]?.summary.sv ?? '').not.toBe('Andra');
  });

  it('reverts a save as a new recorded save', async () => {
    const original = await store.read(SERVICE);
    await publisher.save(SERVICE, await serviceText('Ändrad'), {
      expectedEtag: original!.etag,
      author: 'a',
    });
    const [entry] = await store.history({ path: SERVICE });
    const reverted = await publisher.revert(entry!.id, 'b');
    expect(reverted?.ok).toBe(true);
    expect((await store.read(SERVICE))?.text).toBe(original!.text);
    const [latest] = await store.history({ path: SERVICE });
    expect(latest).toMatchObject({ action: 'revert', reverts: entry!.id, author: 'b' });
  });

  it('picks up a valid change made directly in the files, and keeps serving the last good one after a broken one', async () => {
    const changed = new Promise<string>((resolve) =>
      live.onChange((next) => resolve(next.kb.version)),
    );
    publisher.watch(dir, 50);
    await writeFile(path.join(dir, SERVICE), await serviceText('Ändrad direkt i filen'));
    const version = await changed;
    expect(live.current().kb.services.find((s) => s.id === 'fake-service')?.summary.sv).toBe(
      'Ändrad direkt i filen',
    );

    await writeFile(path.join(dir, SERVICE), 'id: fake-service\nlevel: [broken\n');
    const result = await publisher.reload();
    expect(result.published).toBe(false);
    expect(publisher.diskProblems.length).toBeGreaterThan(0);
    expect(live.current().kb.version).toBe(version);
  });
});
