import { describe, expect, it } from 'vitest';
import { kbExport } from '../../../knowledge/cli/kb-export';
import { parseSnapshot } from '../../../knowledge/snapshot';
import { fakeKnowledgeBase, fakePath, fakeStep } from '../../factories/knowledge';
import { writeKnowledgeDir } from '../../factories/knowledge-dir';
import { captureIo } from '../../factories/io';

describe('kb:export', () => {
  it('prints one JSON snapshot that parses back to the knowledge base', async () => {
    const kb = fakeKnowledgeBase();
    const io = captureIo();
    expect(await kbExport(['--kb', await writeKnowledgeDir(kb)], io)).toBe(0);
    expect(io.stdout).toHaveLength(1);
    const snapshot = parseSnapshot(io.stdout[0]);
    expect(snapshot.services.map((s) => s.id)).toEqual(['emergency-number', 'fake-service']);
    expect(snapshot.version).toBe(kb.version);
    expect(io.stderr).toEqual([]);
  });

  it('exports nothing and prints the errors on stderr when the knowledge base has errors', async () => {
    const kb = fakeKnowledgeBase({
      paths: [fakePath({ steps: [fakeStep({ service: 'ghost' })] })],
    });
    const io = captureIo();
    expect(await kbExport(['--kb', await writeKnowledgeDir(kb)], io)).toBe(1);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toContainEqual(
      expect.stringMatching(
        /^paths\/fake-path\.yaml:\d+: error: steps\.0\.service: unknown service 'ghost'/,
      ),
    );
    expect(io.stderr.at(-1)).toMatch(/not exported: 2 errors/);
  });
});
