import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { LiveKnowledge } from '../../../../knowledge/live';
import { KnowledgePublisher } from '../../../../knowledge/store/publisher';
import { ConflictError, InvalidPathError } from '../../../../knowledge/store/store';
import { PostgresKnowledgeStore } from '../../../../bot/storage/postgres/knowledge-store';
import { followKnowledge } from '../../../../bot/storage/postgres/follow-knowledge';
import { migrate } from '../../../../bot/storage/postgres/migrate';
import { fakeEngine } from '../../../factories/fake-engine';
import { knowledgeFiles } from '../../../factories/knowledge-dir';
import { fakeKnowledgeBase, fakeService } from '../../../factories/knowledge';
import { usePostgres } from '../../../support/postgres';

const SERVICE = 'services/fake-service.yaml';
const pgServer = usePostgres();

const serviceText = (summarySv: string) => {
  const service = fakeService();
  return stringify({ ...service, summary: { ...service.summary, sv: summarySv } });
};

describe.skipIf(!pgServer.ok)(pgServer.named('PostgresKnowledgeStore'), () => {
  let pools: pg.Pool[];
  let a: PostgresKnowledgeStore;
  let b: PostgresKnowledgeStore;

  beforeEach(async () => {
    const url = await pgServer.newDatabase();
    // Two pools: two instances of the server, each with its own connections.
    pools = [new pg.Pool({ connectionString: url }), new pg.Pool({ connectionString: url })];
    await migrate(pools[0]!);
    a = new PostgresKnowledgeStore(pools[0]!);
    b = new PostgresKnowledgeStore(pools[1]!);
    await a.replaceAll(knowledgeFiles(fakeKnowledgeBase()), 'seed');
  });

  afterEach(async () => {
    await Promise.all(pools.map((p) => p.end()));
  });

  it('gives exactly one save and one conflict when two instances save from the same etag, every round', async () => {
    for (let round = 0; round < 40; round++) {
      const opened = await a.read(SERVICE);
      const results = await Promise.allSettled([
        a.write(SERVICE, serviceText(`A ${round}`), { expectedEtag: opened!.etag, author: 'a' }),
        b.write(SERVICE, serviceText(`B ${round}`), { expectedEtag: opened!.etag, author: 'b' }),
      ]);
      const saved = results.filter((r) => r.status === 'fulfilled');
      const refused = results.filter(
        (r) => r.status === 'rejected' && r.reason instanceof ConflictError,
      );
      expect([saved.length, refused.length], `round ${round}`).toEqual([1, 1]);
      // The loser is shown the winner's version, and the stored file is the winner's.
      const winner = (saved[0] as PromiseFulfilledResult<{ text: string }>).value.text;
      const conflict = (refused[0] as PromiseRejectedResult).reason as ConflictError;
      expect(conflict.current?.text).toBe(winner);
      expect((await b.read(SERVICE))?.text).toBe(winner);
    }
    // No lost update: every history entry starts from a different version.
    const history = await a.history({ path: SERVICE, limit: 1000 });
    const starts = history.map((e) => e.etagBefore);
    expect(new Set(starts).size).toBe(starts.length);
    expect(history.filter((e) => e.author !== 'seed')).toHaveLength(40);
  });

  it('refuses two creations of the same new file from two instances but one', async () => {
    const text = serviceText('uusi');
    const results = await Promise.allSettled([
      a.write('services/new-one.yaml', text, { expectedEtag: null, author: 'a' }),
      b.write('services/new-one.yaml', text, { expectedEtag: null, author: 'b' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('records who changed which fields, newest first, and finds an entry by id', async () => {
    const opened = await a.read(SERVICE);
    await a.write(SERVICE, serviceText('Ny'), { expectedEtag: opened!.etag, author: 'anna' });
    const [entry] = await b.history({ path: SERVICE });
    expect(entry).toMatchObject({
      author: 'anna',
      action: 'update',
      path: SERVICE,
      before: opened!.text,
      etagBefore: opened!.etag,
    });
    expect(await b.historyEntry(entry!.id)).toEqual(entry);
    expect(await b.historyEntry('not-a-uuid')).toBeNull();
    const fields = await pools[0]!.query<{ fields: string[] }>(
      'SELECT fields FROM knowledge_history WHERE id = $1',
      [entry!.id],
    );
    expect(fields.rows[0]?.fields).toEqual(['~ summary.sv']);
  });

  it('reverts through the publisher: the old text comes back as a new, recorded save', async () => {
    const kb = fakeKnowledgeBase();
    const live = new LiveKnowledge({ kb, engine: fakeEngine(kb) });
    const publisher = new KnowledgePublisher({ store: a, live, buildEngine: fakeEngine });
    const opened = await a.read(SERVICE);
    const saved = await publisher.save(SERVICE, serviceText('Väärä'), {
      expectedEtag: opened!.etag,
      author: 'anna',
    });
    expect(saved.ok).toBe(true);
    const [change] = await a.history({ path: SERVICE, limit: 1 });
    const reverted = await publisher.revert(change!.id, 'ben');
    expect(reverted?.ok).toBe(true);
    expect((await b.read(SERVICE))?.text).toBe(opened!.text);
    const [revert] = await b.history({ path: SERVICE, limit: 1 });
    expect(revert).toMatchObject({ action: 'revert', author: 'ben', reverts: change!.id });
    expect(live.current().kb.services.find((s) => s.id === 'fake-service')?.summary.sv).toBe(
      fakeService().summary.sv,
    );
  });

  it('bumps the version on every save and not on a refused one', async () => {
    const before = await b.version();
    const opened = await a.read(SERVICE);
    await a.write(SERVICE, serviceText('1'), { expectedEtag: opened!.etag, author: 'a' });
    const after = await b.version();
    expect(after).not.toBe(before);
    await expect(
      a.write(SERVICE, serviceText('2'), { expectedEtag: opened!.etag, author: 'a' }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await b.version()).toBe(after);
  });

  it('reloads an instance after another instance saves, including a save made while it loaded', async () => {
    const loadedAt = await b.version();
    // A save lands after B read the version but before it started following.
    const opened = await a.read(SERVICE);
    await a.write(SERVICE, serviceText('1'), { expectedEtag: opened!.etag, author: 'a' });
    let reloads = 0;
    const follower = followKnowledge(b, async () => void reloads++, {
      intervalMs: 20,
      since: loadedAt,
      log: () => undefined,
    });
    try {
      await follower.check();
      expect(reloads).toBe(1);
      await follower.check();
      expect(reloads).toBe(1);
      const next = await a.read(SERVICE);
      await a.write(SERVICE, serviceText('2'), { expectedEtag: next!.etag, author: 'a' });
      await vi.waitFor(() => expect(reloads).toBe(2), { timeout: 5000 });
    } finally {
      follower.stop();
    }
  });

  it('accepts only knowledge file names', async () => {
    await expect(a.read('../etc/passwd')).rejects.toBeInstanceOf(InvalidPathError);
    await expect(
      a.write('services/../../x.yaml', 'x', { expectedEtag: null, author: 'a' }),
    ).rejects.toBeInstanceOf(InvalidPathError);
  });
});
