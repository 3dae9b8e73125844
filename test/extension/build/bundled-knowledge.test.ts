import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packKnowledge } from '../../../extension/build/bundled-knowledge';
import { KnowledgeError } from '../../../knowledge/problems';
import { fakeKnowledgeBase, fakePath, fakeStep } from '../../factories/knowledge';
import { writeKnowledgeDir } from '../../factories/knowledge-dir';

describe('the bundled knowledge snapshot (build time)', () => {
  it('packs a knowledge directory that passes the gate', async () => {
    const kb = fakeKnowledgeBase();
    const packed = await packKnowledge(await writeKnowledgeDir(kb));
    const snapshot = JSON.parse(gunzipSync(Buffer.from(packed, 'base64')).toString('utf8'));
    expect(snapshot.version).toBe(kb.version);
  });

  it('fails the build on a rule error instead of shipping it', async () => {
    // Parses and matches the schema; only a rule sees that the path leads nowhere.
    const kb = fakeKnowledgeBase({
      paths: [fakePath({ steps: [fakeStep({ service: 'nowhere' })] })],
    });
    const build = packKnowledge(await writeKnowledgeDir(kb));
    await expect(build).rejects.toThrow(KnowledgeError);
    await expect(build).rejects.toThrow(/paths\/fake-path\.yaml:\d+: error: .*nowhere/);
  });
});
