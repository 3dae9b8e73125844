import type { Problem } from '../problems';
import type { Rule } from './types';

const overlaps = (a: 'all' | string[], b: 'all' | string[]) =>
  a === 'all' || b === 'all' || a.some((x) => b.includes(x));

/**
 * A path for older people whose step is a service only for families is
 * almost always a wrong step id (home-care vs child-health-clinic): a
 * counsellor would send a client somewhere that turns them away.
 */
export const pathStepAudience: Rule = {
  id: 'path-step-audience',
  description: "A path step's service is meant for at least one of the path's life stages.",
  check(kb) {
    const problems: Problem[] = [];
    const services = new Map(kb.services.map((s) => [s.id, s]));
    for (const path of kb.paths) {
      path.steps.forEach((step, i) => {
        const service = services.get(step.service);
        if (!service || overlaps(path.lifeStages, service.audience.lifeStages)) return;
        problems.push({
          severity: 'warning',
          rule: 'path-step-audience',
          entity: `path:${path.id}`,
          field: `steps.${i}.service`,
          message: `'${step.service}' is for ${String(service.audience.lifeStages)}, not for this path's ${String(path.lifeStages)}`,
        });
      });
    }
    return problems;
  },
};
