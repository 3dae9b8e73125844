import type { Problem } from '../problems';
import type { Rule } from './types';

interface Identified {
  id: string;
}

/**
 * Ids are how content refers to content and how URLs and the extension find
 * it: two things with one id make every reference ambiguous. Service points
 * are unique across all municipalities.
 */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  description:
    'Ids of services, paths, segments, municipalities, service points, red flags and numbers are unique.',
  check(kb) {
    const problems: Problem[] = [];
    const check = (kind: string, items: { item: Identified; entity: string; field: string }[]) => {
      const first = new Map<string, string>();
      for (const { item, entity, field } of items) {
        const earlier = first.get(item.id);
        if (earlier === undefined) {
          first.set(item.id, `${entity}${field ? ` ${field}` : ''}`);
          continue;
        }
        problems.push({
          severity: 'error',
          rule: 'duplicate-id',
          entity,
          field,
          message: `duplicate ${kind} id '${item.id}' (first used by ${earlier})`,
        });
      }
    };
    check(
      'service',
      kb.services.map((item) => ({ item, entity: `service:${item.id}`, field: 'id' })),
    );
    check(
      'path',
      kb.paths.map((item) => ({ item, entity: `path:${item.id}`, field: 'id' })),
    );
    check(
      'life stage',
      kb.lifeStages.map((item, i) => ({ item, entity: 'segments', field: `lifeStages.${i}.id` })),
    );
    check(
      'need profile',
      kb.needProfiles.map((item, i) => ({
        item,
        entity: 'segments',
        field: `needProfiles.${i}.id`,
      })),
    );
    check(
      'segment',
      kb.segments.map((item, i) => ({ item, entity: 'segments', field: `segments.${i}.id` })),
    );
    check(
      'municipality',
      kb.municipalities.map((item, i) => ({
        item,
        entity: 'municipalities',
        field: `municipalities.${i}.id`,
      })),
    );
    check(
      'service point',
      kb.municipalities.flatMap((m, i) =>
        m.servicePoints.map((item, j) => ({
          item,
          entity: 'municipalities',
          field: `municipalities.${i}.servicePoints.${j}.id`,
        })),
      ),
    );
    check(
      'national number',
      kb.emergency.numbers.map((item, i) => ({
        item,
        entity: 'emergency',
        field: `numbers.${i}.id`,
      })),
    );
    check(
      'red-flag situation',
      kb.emergency.situations.map((item) => ({
        item,
        entity: `situation:${item.id}`,
        field: 'id',
      })),
    );
    check(
      'red-flag concept',
      kb.emergency.concepts.map((item) => ({ item, entity: `concept:${item.id}`, field: 'id' })),
    );
    return problems;
  },
};
