import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toSnapshot } from '../../../knowledge/snapshot';
import { unpackSnapshot } from '../../../extension/lib/bundled';
import { fakeKnowledgeBase } from '../../factories/knowledge';

describe('unpackSnapshot', () => {
  it('restores the knowledge base packed at build time, non-ASCII text intact', async () => {
    const kb = fakeKnowledgeBase();
    kb.services[0]!.name.sv = 'Tjänst för äldre – å ä ö';
    const packed = gzipSync(toSnapshot(kb)).toString('base64');
    expect(await unpackSnapshot(packed)).toEqual(JSON.parse(toSnapshot(kb)));
  });

  it('rejects a damaged bundle instead of returning half a knowledge base', async () => {
    const packed = gzipSync(toSnapshot(fakeKnowledgeBase())).toString('base64');
    await expect(unpackSnapshot(packed.slice(0, packed.length / 2))).rejects.toThrow();
  });
});
