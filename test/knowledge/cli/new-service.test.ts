import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newService } from '../../../knowledge/cli/new-service';
import { parseKnowledge } from '../../../knowledge/parse';
import { KnowledgeError } from '../../../knowledge/problems';
import { validateKnowledge } from '../../../knowledge/validate';
import { FAKE_REVIEWED_AT, fakeKnowledgeBase } from '../../factories/knowledge';
import { knowledgeFiles } from '../../factories/knowledge-dir';
import { captureIo } from '../../factories/io';

const tmp = () => mkdtemp(path.join(tmpdir(), 'opastin-new-'));

describe('kb:new-service', () => {
  it('writes a service file that parses, with every field, and that kb:check flags until the TODOs are filled', async () => {
    const dir = await tmp();
    const io = captureIo();
    expect(await newService(['speech-therapy', '--dir', dir], io)).toBe(0);
    const text = await readFile(path.join(dir, 'services/speech-therapy.yaml'), 'utf8');
    const parsed = parseKnowledge([
      ...knowledgeFiles(fakeKnowledgeBase()),
      { path: 'services/speech-therapy.yaml', text },
    ]);
    expect(parsed.problems).toEqual([]);
    const service = parsed.kb!.services.find((s) => s.id === 'speech-therapy')!;
    for (const field of [
      'requirements',
      'fees',
      'professionalNotes',
      'channels',
      'phrasings',
      'alternateNames',
    ]) {
      expect(service, field).toHaveProperty(field);
    }
    const problems = validateKnowledge(parsed.kb!, parsed.sources, { today: FAKE_REVIEWED_AT });
    expect(new Set(problems.map((p) => p.rule))).toEqual(new Set(['unfinished-text']));
    expect(problems[0]).toMatchObject({
      file: 'services/speech-therapy.yaml',
      line: 7,
      field: 'name.fi',
    });
  });

  it('refuses an id that exists and leaves the file alone', async () => {
    const dir = await tmp();
    await newService(['home-care', '--dir', dir], captureIo());
    const file = path.join(dir, 'services/home-care.yaml');
    await writeFile(file, 'edited');
    await expect(newService(['home-care', '--dir', dir], captureIo())).rejects.toThrow(
      /already exists/,
    );
    expect(await readFile(file, 'utf8')).toBe('edited');
  });

  it.each(['../../x', 'Home-Care', 'home_care', '', 'a/b'])(
    'refuses the invalid id %j',
    async (id) => {
      await expect(newService([id, '--dir', await tmp()], captureIo())).rejects.toThrow(
        id === '' ? /exactly one service id/ : KnowledgeError,
      );
    },
  );

  it('refuses a 256-character id with a clear error, not a file system failure', async () => {
    const dir = await tmp();
    await expect(newService(['a'.repeat(256), '--dir', dir], captureIo())).rejects.toThrow(
      new KnowledgeError(`'${'a'.repeat(80)}…' is not a valid id: expected at most 80 characters`),
    );
  });
});
