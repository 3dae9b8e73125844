import { appendFile, chmod, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileInsightStore } from '../../../bot/insight/file-insight-store';

describe('FileInsightStore', () => {
  it('keeps entries across restarts, redacted, and skips a torn line', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'opastin-ins-')), 'insight.jsonl');
    const first = new FileInsightStore(file);
    await first.record({
      kind: 'unanswered',
      lang: 'fi',
      text: 'soita 040 1234567 kirjasto',
      at: '2026-11-20T10:00:00Z',
    });
    await first.record({
      kind: 'not-helpful',
      lang: 'sv',
      text: 'tandvård',
      serviceId: 'dental-care',
      at: '2026-11-20T11:00:00Z',
    });
    await appendFile(file, '{"kind":"unans');
    expect(await readFile(file, 'utf8')).not.toContain('1234567');
    const restarted = new FileInsightStore(file);
    const entries = await restarted.list();
    expect(entries).toHaveLength(2);
    expect(entries[0]!.text).toContain('kirjasto');
    expect(entries[0]!.text).not.toContain('1234567');
    expect(entries[1]).toMatchObject({ kind: 'not-helpful', serviceId: 'dental-care' });
  });

  it('keeps the file readable by the server user only (0600), also one made earlier', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'opastin-ins-'));
    const fresh = path.join(dir, 'insight.jsonl');
    const entry = {
      kind: 'unanswered',
      lang: 'fi',
      text: 'x',
      at: '2026-11-20T10:00:00Z',
    } as const;
    await new FileInsightStore(fresh).record(entry);
    expect((await stat(fresh)).mode & 0o777).toBe(0o600);
    const old = path.join(dir, 'old.jsonl');
    await writeFile(old, '');
    await chmod(old, 0o644);
    await new FileInsightStore(old).record(entry);
    expect((await stat(old)).mode & 0o777).toBe(0o600);
  });

  it('counts repeats, keeps the counts across a restart, and keeps the file under its size bound', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'opastin-ins-')), 'insight.jsonl');
    const store = new FileInsightStore(file, { maxFileBytes: 64 * 1024 });
    const at = '2026-11-20T10:00:00Z';
    for (let i = 0; i < 30; i++)
      await store.record({ kind: 'unanswered', lang: 'fi', text: 'Koiran rokotus?', at });
    for (let i = 0; i < 500; i++)
      await store.record({
        kind: 'unanswered',
        lang: 'fi',
        text: `kysymys ${i} ${'x'.repeat(500)}`,
        at,
      });
    expect((await stat(file)).size).toBeLessThanOrEqual(64 * 1024);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const restarted = await new FileInsightStore(file, { maxFileBytes: 64 * 1024 }).list();
    expect(restarted.at(-1)?.text).toMatch(/^kysymys 499 /);
    expect(restarted.length).toBeLessThan(500);

    const small = path.join(path.dirname(file), 'small.jsonl');
    const counting = new FileInsightStore(small);
    for (let i = 0; i < 30; i++)
      await counting.record({ kind: 'unanswered', lang: 'fi', text: 'koiran rokotus', at });
    const [entry] = await new FileInsightStore(small).list();
    expect(entry).toMatchObject({ text: 'koiran rokotus', count: 30 });
    expect(await new FileInsightStore(small).list()).toHaveLength(1);
  });
});
