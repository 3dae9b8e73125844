import type { Problem } from '../problems';
import type { Rule } from './types';

/**
 * A referral path is read step by step by counsellors; each step must lead
 * somewhere real. Unknown step services are reported by unknown-reference; this
 * rule checks what the steps mean: emergencies are never a step (they come
 * before any path), a service appears once, and a path leads to at least one
 * existing service.
 */
export const brokenPathStep: Rule = {
  id: 'broken-path-step',
  description: 'Path steps lead to existing, non-emergency services, each once.',
  check(kb) {
    const problems: Problem[] = [];
    const services = new Map(kb.services.map((s) => [s.id, s]));
    for (const path of kb.paths) {
      const entity = `path:${path.id}`;
      const seen = new Map<string, number>();
      path.steps.forEach((step, i) => {
        const field = `steps.${i}.service`;
        const earlier = seen.get(step.service);
        if (earlier !== undefined) {
          problems.push({
            severity: 'error',
            rule: 'broken-path-step',
            entity,
            field,
            message: `'${step.service}' is already step ${earlier + 1}; merge the two steps`,
          });
        } else seen.set(step.service, i);
        if (services.get(step.service)?.level === 'emergency') {
          problems.push({
            severity: 'error',
            rule: 'broken-path-step',
            entity,
            field,
            message: `'${step.service}' is an emergency service; emergencies are shown before any path, not as a step`,
          });
        }
      });
      if (!path.steps.some((step) => services.has(step.service))) {
        problems.push({
          severity: 'error',
          rule: 'broken-path-step',
          entity,
          field: 'steps',
          message: 'none of the steps names an existing service, so the path leads nowhere',
        });
      }
    }
    return problems;
  },
};
