import type { Problem } from '../problems';
import type { Rule } from './types';

/**
 * Every id that points at something else must exist: a typo in a step, a
 * segment or a red flag would otherwise silently drop a service from answers.
 * (Which services a path step names is checked here too; broken-path-step checks
 * what the step means.)
 */
export const unknownReference: Rule = {
  id: 'unknown-reference',
  description:
    'References to services, life stages, need profiles, municipalities and numbers must exist.',
  check(kb) {
    const problems: Problem[] = [];
    const ids = {
      service: new Set(kb.services.map((s) => s.id)),
      'life stage': new Set(kb.lifeStages.map((s) => s.id)),
      'need profile': new Set(kb.needProfiles.map((s) => s.id)),
      municipality: new Set(kb.municipalities.map((m) => m.id)),
      'national number': new Set(kb.emergency.numbers.map((n) => n.id)),
    };
    const suggest = Object.fromEntries(
      Object.entries(ids).map(([kind, known]) => [kind, suggester(known)]),
    ) as Record<keyof typeof ids, (id: string) => string>;
    const expect = (kind: keyof typeof ids, id: string, entity: string, field: string) => {
      if (ids[kind].has(id)) return;
      problems.push({
        severity: 'error',
        rule: 'unknown-reference',
        entity,
        field,
        message: `unknown ${kind} '${id}'${suggest[kind](id)}`,
      });
    };
    /** A list of references, where `all` (or leaving the field out) refers to nothing in particular. */
    const expectAll = (
      kind: keyof typeof ids,
      refs: 'all' | string[] | undefined,
      entity: string,
      field: string,
    ) => {
      if (refs === undefined || refs === 'all') return;
      refs.forEach((id, i) => expect(kind, id, entity, `${field}.${i}`));
    };

    for (const s of kb.services) {
      const entity = `service:${s.id}`;
      expectAll('life stage', s.audience.lifeStages, entity, 'audience.lifeStages');
      expectAll('need profile', s.audience.needProfiles, entity, 'audience.needProfiles');
      expectAll('municipality', s.municipalities, entity, 'municipalities');
    }
    for (const p of kb.paths) {
      const entity = `path:${p.id}`;
      expectAll('life stage', p.lifeStages, entity, 'lifeStages');
      expectAll('need profile', p.needProfiles, entity, 'needProfiles');
      p.steps.forEach((step, i) => expect('service', step.service, entity, `steps.${i}.service`));
    }
    kb.segments.forEach((seg, i) => {
      expect('life stage', seg.lifeStage, 'segments', `segments.${i}.lifeStage`);
      expect('need profile', seg.needProfile, 'segments', `segments.${i}.needProfile`);
    });
    kb.municipalities.forEach((m, i) =>
      m.servicePoints.forEach((point, j) =>
        expectAll(
          'service',
          point.services,
          'municipalities',
          `municipalities.${i}.servicePoints.${j}.services`,
        ),
      ),
    );
    kb.emergency.situations.forEach((situation) => {
      expect('service', situation.service, `situation:${situation.id}`, 'service');
      expectAll('national number', situation.numbers, `situation:${situation.id}`, 'numbers');
    });
    return problems;
  },
};

const MAX_SUGGEST_SCAN = 5_000;

/** "; did you mean 'dental-care'?" for a near miss, so the fix is obvious. */
function suggester(known: ReadonlySet<string>): (id: string) => string {
  // One unknown id is often repeated (every service point naming it): work it out once.
  const cache = new Map<string, string>();
  return (id) => {
    let hint = cache.get(id);
    if (hint === undefined) {
      let best: string | undefined;
      let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
      // Beyond a few thousand ids the scan costs more than the hint is worth.
      for (const candidate of known.size <= MAX_SUGGEST_SCAN ? known : []) {
        if (Math.abs(candidate.length - id.length) >= bestDistance) continue;
        const d = distance(id, candidate, bestDistance);
        if (d < bestDistance) [best, bestDistance] = [candidate, d];
      }
      hint = best ? `; did you mean '${best}'?` : '';
      cache.set(id, hint);
    }
    return hint;
  };
}

/** Edit distance, giving up (returning `limit`) as soon as it cannot be below `limit`. */
function distance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    if (Math.min(...current) >= limit) return limit;
    previous = current;
  }
  return previous[b.length]!;
}
