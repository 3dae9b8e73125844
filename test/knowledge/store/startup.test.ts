import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptKnowledgeDir } from '../../../knowledge/loader';
import { LastAcceptedFile } from '../../../knowledge/store/last-accepted';
import { chooseStartupKnowledge } from '../../../knowledge/store/startup';
import { KnowledgeError } from '../../../knowledge/problems';
import { fakeKnowledgeBase } from '../../factories/knowledge';
import { knowledgeFiles, writeKnowledgeDir } from '../../factories/knowledge-dir';

const kb = fakeKnowledgeBase();
const context = { today: kb.updatedAt };

async function lastAcceptedFile(): Promise<LastAcceptedFile> {
  const data = await mkdtemp(path.join(tmpdir(), 'opastin-data-'));
  return new LastAcceptedFile(path.join(data, 'last-accepted.json'));
}

/** What the server does with a knowledge directory. */
const choose = (dir: string, lastAccepted: LastAcceptedFile) =>
  chooseStartupKnowledge({
    load: () => acceptKnowledgeDir(dir, context),
    where: dir,
    lastAccepted,
    context,
  });

async function breakService(dir: string): Promise<void> {
  await writeFile(
    path.join(dir, 'services/fake-service.yaml'),
    'id: fake-service\nlevel: [broken\n',
  );
}

describe('chooseStartupKnowledge', () => {
  it('serves clean files as they are and stores them as the last accepted version', async () => {
    const dir = await writeKnowledgeDir(kb);
    const lastAccepted = await lastAcceptedFile();
    const startup = await choose(dir, lastAccepted);
    expect(startup.status).toEqual({ source: 'directory', problems: 0 });
    expect(JSON.parse(await readFile(lastAccepted.file, 'utf8')).version).toBe(kb.version);
  });

  it('serves the last accepted version when a file is broken, with every service in it', async () => {
    const dir = await writeKnowledgeDir(kb);
    const lastAccepted = await lastAcceptedFile();
    await choose(dir, lastAccepted);
    await breakService(dir);
    const startup = await choose(dir, lastAccepted);
    expect(startup.status.source).toBe('last-accepted');
    expect(startup.status.problems).toBeGreaterThan(0);
    expect(startup.kb.services.map((s) => s.id)).toContain('fake-service');
    expect(startup.problems).toContainEqual(
      expect.objectContaining({ file: 'services/fake-service.yaml', severity: 'error' }),
    );
  });

  it('without a stored version, serves the valid files and says the result is partial', async () => {
    const dir = await writeKnowledgeDir(kb);
    await breakService(dir);
    const startup = await choose(dir, await lastAcceptedFile());
    expect(startup.status.source).toBe('partial');
    expect(startup.kb.services.map((s) => s.id)).not.toContain('fake-service');
  });

  it('does not trust a stored version that no longer passes the gate', async () => {
    const dir = await writeKnowledgeDir(kb);
    await breakService(dir);
    const lastAccepted = await lastAcceptedFile();
    await writeFile(lastAccepted.file, '{"version": "x"}');
    const startup = await choose(dir, lastAccepted);
    expect(startup.status.source).toBe('partial');
    expect(startup.lastAcceptedProblems.length).toBeGreaterThan(0);
  });

  it('throws a KnowledgeError when there is nothing to serve', async () => {
    const files = knowledgeFiles(kb).filter((f) => f.path !== 'segments.yaml');
    const dir = await writeKnowledgeDir(files);
    await expect(choose(dir, await lastAcceptedFile())).rejects.toThrow(KnowledgeError);
  });
});
