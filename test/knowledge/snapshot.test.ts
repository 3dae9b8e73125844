import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../knowledge/problems';
import { parseSnapshot, toSnapshot } from '../../knowledge/snapshot';
import { fakeKnowledgeBase } from '../factories/knowledge';

describe('toSnapshot', () => {
  it('round-trips through parseSnapshot', () => {
    const kb = fakeKnowledgeBase();
    expect(parseSnapshot(toSnapshot(kb))).toEqual(JSON.parse(toSnapshot(kb)));
  });

  it('has the documented top-level shape', () => {
    const snapshot = JSON.parse(toSnapshot(fakeKnowledgeBase()));
    expect(Object.keys(snapshot)).toEqual([
      'version',
      'updatedAt',
      'lifeStages',
      'needProfiles',
      'segments',
      'municipalities',
      'services',
      'paths',
      'emergency',
    ]);
    expect(snapshot.services[0]).toMatchObject({
      id: 'emergency-number',
      name: { fi: expect.any(String), sv: expect.any(String), en: expect.any(String) },
    });
  });

  it('is byte-identical for the same content built in a different key order', () => {
    const kb = fakeKnowledgeBase();
    const reorder = <T extends object>(value: T) =>
      Object.fromEntries(Object.entries(value).reverse()) as T;
    const reordered = reorder({ ...kb, services: kb.services.map(reorder) });
    expect(toSnapshot(reordered)).toBe(toSnapshot(kb));
  });
});

describe('parseSnapshot', () => {
  it('accepts an already parsed object', () => {
    const kb = fakeKnowledgeBase();
    expect(parseSnapshot(JSON.parse(toSnapshot(kb))).version).toBe(kb.version);
  });

  it('throws a KnowledgeError for text that is not JSON', () => {
    expect(() => parseSnapshot('{"version": ')).toThrow(KnowledgeError);
    expect(() => parseSnapshot('{"version": ')).toThrow(/not valid JSON/);
  });

  it('names the wrong fields of a snapshot that does not match the schema', () => {
    const snapshot = JSON.parse(toSnapshot(fakeKnowledgeBase()));
    snapshot.services[1].level = 'urgent';
    delete snapshot.emergency;
    let error: unknown;
    try {
      parseSnapshot(snapshot);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).message).toMatch(/services\.1\.level: .*emergency: /);
    expect((error as KnowledgeError).problems).toHaveLength(2);
  });

  it('rejects null and arrays', () => {
    expect(() => parseSnapshot(null)).toThrow(KnowledgeError);
    expect(() => parseSnapshot('[]')).toThrow(KnowledgeError);
  });
});
