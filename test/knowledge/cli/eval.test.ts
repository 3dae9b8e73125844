import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure, readEvalSet, type EvalItem } from '../../../knowledge/cli/eval';
import { loadKnowledgeDir } from '../../../knowledge/loader';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('eval figures', () => {
  const items: EvalItem[] = [
    { q: 'a', lang: 'fi', expect: 'x' },
    { q: 'b', lang: 'fi', expect: ['y', 'z'] },
    { q: 'c', lang: 'fi', expect: 'x' },
    { q: 'd', lang: 'fi', emergency: 'e' },
    { q: 'e', lang: 'fi', emergency: null },
    { q: 'f', lang: 'fi', outOfScope: true },
  ];
  const answers: Record<
    string,
    { ranked: string[]; emergency: string | null; confident: boolean }
  > = {
    a: { ranked: ['x'], emergency: null, confident: true },
    b: { ranked: ['q', 'z'], emergency: null, confident: true },
    c: { ranked: ['q', 'r', 's', 'x'], emergency: null, confident: false },
    d: { ranked: [], emergency: 'e', confident: true },
    e: { ranked: [], emergency: 'e', confident: false },
    f: { ranked: ['x'], emergency: null, confident: false },
  };

  it('computes top-1, top-3, MRR, emergency recall, false positives and OOS rejection', () => {
    const f = measure(items, (item) => answers[item.q]!);
    expect(f.n).toBe(3);
    expect(f.top1).toBeCloseTo(1 / 3);
    expect(f.top3).toBeCloseTo(2 / 3);
    expect(f.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 4) / 3);
    expect(f.emergencyRecall).toBe(1);
    expect(f.falsePositiveRate).toBeCloseTo(1 / 5);
    expect(f.oosRejection).toBe(1);
    expect(f.failures).toContainEqual(expect.stringContaining('false emergency: "e"'));
  });
});

describe('the labelled query sets', () => {
  it('has at least 250 queries in fi, sv and en, all naming real services', async () => {
    const items = await readEvalSet(path.join(ROOT, 'knowledge/eval/queries.yaml'));
    expect(items.length).toBeGreaterThanOrEqual(250);
    for (const lang of ['fi', 'sv', 'en'])
      expect(items.filter((i) => i.lang === lang).length).toBeGreaterThan(60);
    expect(items.filter((i) => i.emergency).length).toBeGreaterThan(20);
    expect(items.filter((i) => i.emergency === null).length).toBeGreaterThan(15);
    expect(items.filter((i) => i.outOfScope).length).toBeGreaterThan(20);
    const { kb } = await loadKnowledgeDir();
    const ids = new Set(kb!.services.map((s) => s.id));
    const named = items.flatMap((i) => [i.expect ?? [], i.emergency ?? []].flat());
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has at least 60 queries for the PTV import', async () => {
    const items = await readEvalSet(path.join(ROOT, 'knowledge/eval/ptv-queries.yaml'));
    expect(items.length).toBeGreaterThanOrEqual(60);
  });
});
