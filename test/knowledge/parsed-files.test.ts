import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { acceptKnowledge } from '../../knowledge/accept';
import { parseKnowledge } from '../../knowledge/parse';
import { ParsedFiles } from '../../knowledge/parsed-files';
import { knowledgeFiles } from '../factories/knowledge-dir';
import { fakeKnowledgeBase, fakeService } from '../factories/knowledge';

const files = knowledgeFiles(fakeKnowledgeBase());
const SERVICE = 'services/fake-service.yaml';
const withText = (path: string, text: string) =>
  files.map((f) => (f.path === path ? { path, text } : f));
const without = (path: string) => files.filter((f) => f.path !== path);

describe('ParsedFiles', () => {
  it('gives the same knowledge base and problems as parsing everything afresh', () => {
    const cache = new ParsedFiles();
    const broken = withText(SERVICE, 'id: fake-service\nname: [unclosed\n');
    const edited = withText(SERVICE, stringify(fakeService({ level: 'special' })));
    for (const round of [files, edited, broken, files, edited]) {
      const cached = parseKnowledge(round, cache);
      const fresh = parseKnowledge(round);
      expect(cached.kb).toEqual(fresh.kb);
      expect(cached.problems).toEqual(fresh.problems);
      expect([...cached.sources.keys()]).toEqual([...fresh.sources.keys()]);
    }
  });

  it('parses again only the file whose text changed', () => {
    const cache = new ParsedFiles();
    const before = parseKnowledge(files, cache).kb!;
    const after = parseKnowledge(
      withText(SERVICE, stringify(fakeService({ level: 'special' }))),
      cache,
    ).kb!;
    expect(after.paths[0]).toBe(before.paths[0]);
    expect(after.municipalities).toBe(before.municipalities);
    expect(after.services.find((s) => s.id === 'fake-service')).not.toBe(
      before.services.find((s) => s.id === 'fake-service'),
    );
    expect(after.services.find((s) => s.id === 'fake-service')?.level).toBe('special');
  });

  it('still runs the cross-file rules on every candidate', () => {
    const cache = new ParsedFiles();
    expect(acceptKnowledge({ files, cache }).accepted).toBe(true);
    // The path's only step is fake-service: without it the path leads nowhere.
    const result = acceptKnowledge({ files: without(SERVICE), cache });
    expect(result.accepted).toBe(false);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ rule: 'broken-path-step', file: 'paths/fake-path.yaml' }),
    );
  });

  it('keeps shared values from being changed under an older version', () => {
    const cache = new ParsedFiles();
    const kb = parseKnowledge(files, cache).kb!;
    expect(() => {
      (kb.services[0] as { level: string }).level = 'emergency';
    }).toThrow(TypeError);
  });
});
